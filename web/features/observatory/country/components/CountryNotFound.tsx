// What an unknown country code shows, and a real country the registry has no account of: a clear message and
// the way back to the ranking.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { countryMessages } from '../messages.ts';

export function CountryNotFound({ code }: { code: string }) {
  const t = useT(countryMessages);
  usePageTitle(t.notFoundTitle);
  return (
    <div className={fr.cx('fr-my-7w', 'fr-col-md-8')}>
      <h1>{t.notFoundTitle}</h1>
      <p className={fr.cx('fr-text--lead')}>{t.notFoundText(code)}</p>
      <Button linkProps={{ to: paths.observatory }} iconId="fr-icon-arrow-left-line">
        {t.backToRanking}
      </Button>
    </div>
  );
}

export function CountryWithoutAccounts({ name }: { name: string }) {
  const t = useT(countryMessages);
  return (
    <div className={fr.cx('fr-my-4w', 'fr-col-md-10')}>
      <Alert
        className={fr.cx('fr-mb-4w')}
        severity="info"
        title={t.untrackedTitle}
        description={t.untrackedText(name)}
        as="h2"
      />
      <Button linkProps={{ to: paths.observatory }} iconId="fr-icon-arrow-left-line" priority="secondary">
        {t.backToRanking}
      </Button>
    </div>
  );
}

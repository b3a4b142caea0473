// 404 for unknown URLs, in the DSFR error page layout.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { usePageTitle } from '../components/usePageTitle.ts';
import { useT } from '../i18n/lang.ts';
import { paths } from '../paths.ts';
import { layoutMessages } from './messages.ts';

export function NotFoundPage() {
  const t = useT(layoutMessages);
  usePageTitle(t.notFoundTitle);
  return (
    <div
      className={fr.cx(
        'fr-my-7w',
        'fr-mt-md-12w',
        'fr-mb-md-10w',
        'fr-grid-row',
        'fr-grid-row--gutters',
        'fr-grid-row--middle',
      )}
    >
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <h1>{t.notFoundTitle}</h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>{t.notFoundError}</p>
        <p className={fr.cx('fr-text--lead', 'fr-mb-3w')}>{t.notFoundLead}</p>
        <p className={fr.cx('fr-text--sm', 'fr-mb-5w')}>{t.notFoundHelp}</p>
        <Button linkProps={{ to: paths.home }}>{t.notFoundHome}</Button>
      </div>
    </div>
  );
}

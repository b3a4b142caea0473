// Sharing a result: copy its link (the link itself shown when the clipboard refuses), print it, or take the
// self-assessment again. None of this is printed; the printed page shows the link instead.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { assessmentMessages } from '../messages.ts';

type CopyState = 'idle' | 'copied' | 'failed';

export function ShareActions({ url }: { url: string }) {
  const t = useT(assessmentMessages);
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section aria-labelledby="assessment-share" className={`${fr.cx('fr-mb-6w')} assessment-no-print`}>
      <h2 id="assessment-share" className={fr.cx('fr-h4')}>
        {t.shareTitle}
      </h2>
      <p className={fr.cx('fr-text--sm')}>{t.shareHint}</p>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
        <li>
          <Button type="button" iconId="fr-icon-links-line" onClick={copyLink}>
            {t.copyLink}
          </Button>
        </li>
        <li>
          <Button type="button" priority="secondary" iconId="fr-icon-printer-line" onClick={() => window.print()}>
            {t.print}
          </Button>
        </li>
        <li>
          <Button priority="tertiary" iconId="fr-icon-refresh-line" linkProps={{ to: paths.portalAssessment }}>
            {t.retake}
          </Button>
        </li>
      </ul>
      <p role="status" className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {copy === 'copied' ? t.linkCopied : copy === 'failed' ? t.copyFailed : ''}
      </p>
      {copy === 'failed' && (
        <Input
          label={t.shareLinkLabel}
          nativeInputProps={{ value: url, readOnly: true, onFocus: (e) => e.currentTarget.select() }}
        />
      )}
    </section>
  );
}

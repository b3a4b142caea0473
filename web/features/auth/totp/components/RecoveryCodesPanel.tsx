// The recovery codes, shown once, with download and copy actions.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { totpMessages } from '../messages.ts';

export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone?: () => void }) {
  const t = useT(totpMessages);
  const [copied, setCopied] = useState(false);
  const text = `${t.codesFileHeader}\n\n${codes.join('\n')}\n`;

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'diplomatie-codes-de-secours.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async () => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };

  return (
    <section aria-labelledby="recovery-codes-title" className={fr.cx('fr-mb-4w')}>
      <h2 id="recovery-codes-title" tabIndex={-1}>
        {t.codesTitle}
      </h2>
      <p>{t.codesLead}</p>
      <ul
        aria-label={t.codesListLabel}
        className={fr.cx('fr-raw-list', 'fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code} className={fr.cx('fr-col-6', 'fr-col-md-4')}>
            <code style={{ fontSize: '1.1rem' }}>{code}</code>
          </li>
        ))}
      </ul>
      {copied && <Alert className={fr.cx('fr-mb-2w')} severity="success" small description={t.copied} role="status" />}
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
        <li>
          <Button priority="secondary" iconId="fr-icon-download-line" onClick={download}>
            {t.download}
          </Button>
        </li>
        <li>
          <Button priority="secondary" iconId="fr-icon-clipboard-line" onClick={() => void copy()}>
            {t.copy}
          </Button>
        </li>
        {onDone && (
          <li>
            <Button onClick={onDone}>{t.codesDone}</Button>
          </li>
        )}
      </ul>
    </section>
  );
}

// The empty state of every observatory view before the first scoring run: what is missing and how it comes.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useT } from '../../../app/i18n/lang.ts';
import { observatoryComponentMessages } from './messages.ts';

export function NoScoresNotice({ text }: { text?: string }) {
  const t = useT(observatoryComponentMessages);
  return (
    <Alert
      className={fr.cx('fr-mb-4w')}
      severity="info"
      title={t.noScoresTitle}
      description={text ?? t.noScoresText}
      as="h2"
    />
  );
}

// Shows a failed API call: the server's own `detail` (already in the interface language) in a DSFR alert.

import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/lang.ts';
import { commonMessages } from './messages.ts';

export function ApiErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const t = useT(commonMessages);
  if (!error) return null;
  const detail = isApiError(error) ? error.detail : t.unexpectedError;
  return (
    <Alert
      className={fr.cx('fr-mb-3w')}
      severity="error"
      title={title ?? t.errorTitle}
      description={detail}
      role="alert"
      as="h2"
    />
  );
}

/** The server's message for one field, if it sent one. */
export function fieldError(error: unknown, field: string): string | undefined {
  return isApiError(error) ? error.fieldErrors[field] : undefined;
}

// The attachments under a post, comment or message: download links with the file's type and size.
import { fr } from '@codegouvfr/react-dsfr';
import type { AttachmentRef } from '../../../../../common/schemas/network-attachments.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { attachmentsMessages, formatSize, typeName } from '../messages.ts';

export function AttachmentList({ attachments }: { attachments: readonly AttachmentRef[] }) {
  const t = useT(attachmentsMessages);
  const lang = useLang();
  if (attachments.length === 0) return null;
  return (
    <ul className={fr.cx('fr-raw-list', 'fr-my-1w')} aria-label={t.list}>
      {attachments.map((attachment) => {
        const type = typeName(attachment.mediaType);
        const size = formatSize(attachment.size, lang);
        return (
          <li key={attachment.id} className={fr.cx('fr-mb-1v')}>
            <a
              className={fr.cx('fr-link', 'fr-link--sm', 'fr-icon-attachment-line', 'fr-link--icon-left')}
              href={attachment.url}
              download={attachment.filename}
              title={t.download(attachment.filename, type, size)}
            >
              {attachment.filename}
              <span className={fr.cx('fr-text--xs', 'fr-ml-1w')}>{`(${type}, ${size})`}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

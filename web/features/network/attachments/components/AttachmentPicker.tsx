// Attach files to a post, comment or message: each chosen file is uploaded at once (checked by the server from
// its content), shown with its progress or the server's explanation, and kept as a removable chip. The form
// sends the ids of `value` as `attachmentIds`.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useId, useRef, useState } from 'react';
import type { AttachmentRef } from '../../../../../common/schemas/network-attachments.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { useUploadAttachment } from '../api/useUploadAttachment.ts';
import { attachmentsMessages, formatSize, typeName } from '../messages.ts';

/** At most this many attachments per item (the server's `attachmentIds` limit). */
export const MAX_ATTACHMENTS = 10;

interface Upload {
  key: number;
  name: string;
  percent: number;
  error: string | null;
}

export function AttachmentPicker({
  value,
  onChange,
  disabled = false,
}: {
  value: AttachmentRef[];
  onChange: (next: AttachmentRef[]) => void;
  disabled?: boolean;
}) {
  const t = useT(attachmentsMessages);
  const lang = useLang();
  const id = useId();
  const upload = useUploadAttachment();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const counter = useRef(0);
  // The latest value, for uploads that finish after other changes.
  const current = useRef(value);
  current.current = value;

  const update = (key: number, patch: Partial<Upload>) =>
    setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const onFiles = (files: FileList | null) => {
    if (!files) return;
    const room = MAX_ATTACHMENTS - current.current.length - uploads.filter((u) => u.error === null).length;
    const chosen = Array.from(files);
    for (const [index, file] of chosen.entries()) {
      counter.current += 1;
      const key = counter.current;
      if (index >= room) {
        setUploads((list) => [...list, { key, name: file.name, percent: 0, error: t.tooMany(MAX_ATTACHMENTS) }]);
        continue;
      }
      setUploads((list) => [...list, { key, name: file.name, percent: 0, error: null }]);
      upload(file, (percent) => update(key, { percent }))
        .then((done) => {
          const { id: attachmentId, filename, mediaType, size, url } = done;
          onChange([...current.current, { id: attachmentId, filename, mediaType, size, url }]);
          setUploads((list) => list.filter((u) => u.key !== key));
        })
        .catch((error: unknown) => {
          update(key, { error: isApiError(error) ? error.detail : String(error) });
        });
    }
  };

  const inProgress = uploads.filter((u) => u.error === null);
  const failed = uploads.filter((u) => u.error !== null);
  return (
    <div className={fr.cx('fr-upload-group', 'fr-mb-3w')}>
      <label className={fr.cx('fr-label')} htmlFor={`${id}-file`}>
        {t.label}
        <span className={fr.cx('fr-hint-text')}>{t.hint}</span>
      </label>
      <input
        id={`${id}-file`}
        className={fr.cx('fr-upload')}
        type="file"
        multiple
        disabled={disabled || value.length >= MAX_ATTACHMENTS}
        onChange={(event) => {
          onFiles(event.target.files);
          event.target.value = '';
        }}
      />
      <div aria-live="polite">
        {inProgress.map((u) => (
          <div key={u.key} className={fr.cx('fr-mt-1w')}>
            <label htmlFor={`${id}-progress-${u.key}`} className={fr.cx('fr-text--sm', 'fr-mb-0')}>
              {t.uploading(u.name, u.percent)}
            </label>
            <progress id={`${id}-progress-${u.key}`} max={100} value={u.percent} style={{ width: '100%' }} />
          </div>
        ))}
        {failed.map((u) => (
          <Alert
            key={u.key}
            className={fr.cx('fr-mt-1w')}
            severity="error"
            small
            title={t.failed(u.name)}
            description={u.error ?? ''}
            closable
            onClose={() => setUploads((list) => list.filter((x) => x.key !== u.key))}
          />
        ))}
      </div>
      {value.length > 0 ? (
        <ul className={fr.cx('fr-tags-group', 'fr-mt-1w')} aria-label={t.list}>
          {value.map((attachment) => (
            <li key={attachment.id}>
              <Tag
                small
                dismissible
                nativeButtonProps={{
                  type: 'button',
                  title: t.remove(attachment.filename),
                  'aria-label': t.remove(attachment.filename),
                  onClick: () => onChange(current.current.filter((a) => a.id !== attachment.id)),
                }}
              >
                {`${attachment.filename} (${typeName(attachment.mediaType)}, ${formatSize(attachment.size, lang)})`}
              </Tag>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

// Writing a post: optional title, Markdown body with mentions, the label (limited to what the space and the writer
// allow, with the banner it will carry) and attachments. The server checks everything again (markings, labels).
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import type { AttachmentRef } from '../../../../../common/schemas/network-attachments.ts';
import { POST_BODY_MAX, POST_TITLE_MAX } from '../../../../../common/schemas/network-posts.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { AttachmentPicker } from '../../attachments/components/AttachmentPicker.tsx';
import { useCreatePost } from '../api/usePostMutations.ts';
import { postsMessages } from '../messages.ts';
import { LabelSelect } from './LabelSelect.tsx';
import { type LabelChoice, labelChoices } from './labels.ts';
import { MentionTextarea } from './MentionTextarea.tsx';

export function Composer({
  spaceId,
  defaultLevel,
  minLevel,
  roomMode = false,
}: {
  spaceId: string;
  defaultLevel: number;
  minLevel: number;
  roomMode?: boolean;
}) {
  const t = useT(postsMessages);
  const session = useSession();
  const create = useCreatePost(spaceId);
  const choices = labelChoices({ floor: minLevel, roomMode, agent: session.me?.abilities.agent === true });
  const initial = choices.find((c) => c.level === defaultLevel) ?? choices[0]!;
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [label, setLabel] = useState<LabelChoice>(initial);
  const [attachments, setAttachments] = useState<AttachmentRef[]>([]);
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending || body.trim() === '') return;
    setDone(false);
    create.mutate(
      {
        ...(title.trim() ? { title: title.trim() } : {}),
        body,
        label: { level: label.level, tlp: label.tlp },
        ...(attachments.length > 0 ? { attachmentIds: attachments.map((a) => a.id) } : {}),
      },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
          setAttachments([]);
          setLabel(initial);
          setDone(true);
        },
      },
    );
  };

  const bodyError = fieldError(create.error, 'body');
  return (
    <form onSubmit={onSubmit} className={fr.cx('fr-mb-4w')} aria-labelledby={`composer-${spaceId}`}>
      <h3 id={`composer-${spaceId}`} className={fr.cx('fr-h6')}>
        {t.composerHeading}
      </h3>
      <ApiErrorAlert error={create.error} />
      <Input
        label={t.titleField}
        state={fieldError(create.error, 'title') ? 'error' : 'default'}
        stateRelatedMessage={fieldError(create.error, 'title')}
        nativeInputProps={{ value: title, maxLength: POST_TITLE_MAX, onChange: (e) => setTitle(e.target.value) }}
      />
      <MentionTextarea
        label={t.bodyField}
        hint={t.bodyHint}
        value={body}
        onChange={setBody}
        spaceId={spaceId}
        maxLength={POST_BODY_MAX}
        state={bodyError ? 'error' : 'default'}
        stateMessage={bodyError}
      />
      <LabelSelect
        label={t.levelField}
        hint={roomMode ? t.roomLevelHint : t.levelHint}
        value={label}
        choices={choices}
        onChange={setLabel}
      />
      <fieldset className={fr.cx('fr-fieldset', 'fr-mt-2w')}>
        <legend className={fr.cx('fr-fieldset__legend--regular', 'fr-fieldset__legend')}>{t.attachments}</legend>
        <AttachmentPicker value={attachments} onChange={setAttachments} />
      </fieldset>
      <Button type="submit" disabled={create.isPending || body.trim() === ''}>
        {create.isPending ? t.publishing : t.publish}
      </Button>
      <p role="status" className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
        {done ? t.published : ''}
      </p>
    </form>
  );
}

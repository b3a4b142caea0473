// The comments of a post the viewer may read (each with its own banner: a comment may sit above its post), their
// actions from the server's abilities, and the form to comment at the post's level or above.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { type FormEvent, useState } from 'react';
import type { AttachmentRef } from '../../../../../common/schemas/network-attachments.ts';
import { COMMENT_BODY_MAX, type CommentView, type PostView } from '../../../../../common/schemas/network-posts.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { AttachmentList } from '../../attachments/components/AttachmentList.tsx';
import { AttachmentPicker } from '../../attachments/components/AttachmentPicker.tsx';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { useCreateComment, useDeleteComment, useRelabelComment, useUpdateComment } from '../api/useCommentMutations.ts';
import { useComments } from '../api/useComments.ts';
import { postsMessages } from '../messages.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { LabelSelect } from './LabelSelect.tsx';
import { compareChoices, type LabelChoice, labelChoices } from './labels.ts';
import { MentionTextarea } from './MentionTextarea.tsx';
import { Byline, HiddenNotice } from './PostCard.tsx';
import { RelabelPanel } from './RelabelPanel.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { SafeHtml } from './SafeHtml.tsx';

type Panel = 'edit' | 'relabel' | 'report' | null;

function useChoicesAbove(post: PostView) {
  const session = useSession();
  return labelChoices({
    floor: post.label.level,
    roomMode: post.space.kind === 'deal_room',
    agent: session.me?.abilities.agent === true,
  }).filter((choice) => compareChoices(choice, post.label) >= 0);
}

function CommentItem({ comment, post }: { comment: CommentView; post: PostView }) {
  const t = useT(postsMessages);
  const [panel, setPanel] = useState<Panel>(null);
  const [draft, setDraft] = useState(comment.body ?? '');
  const update = useUpdateComment(comment.id);
  const relabel = useRelabelComment(comment.id);
  const remove = useDeleteComment(comment.id);
  const choices = useChoicesAbove(post);
  const { abilities } = comment;

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '' || update.isPending) return;
    update.mutate({ body: draft }, { onSuccess: () => setPanel(null) });
  };

  return (
    <li className={fr.cx('fr-py-2w')} style={{ borderTop: '1px solid var(--border-default-grey)' }}>
      <article aria-label={`${t.commentBy} ${comment.author?.name ?? t.unknownAuthor}`}>
        <LabelBanner label={comment.label} compact />
        <Byline author={comment.author} createdAt={comment.createdAt} editedAt={comment.editedAt} />
        <HiddenNotice hidden={comment.hidden} />
        {panel === 'edit' ? (
          <form onSubmit={onSave}>
            <ApiErrorAlert error={update.error} />
            <MentionTextarea
              label={t.commentField}
              value={draft}
              onChange={setDraft}
              spaceId={post.spaceId}
              maxLength={COMMENT_BODY_MAX}
              rows={3}
            />
            <div style={{ display: 'flex', gap: '1rem' }}>
              <Button type="submit" size="small" disabled={update.isPending}>
                {update.isPending ? t.saving : t.save}
              </Button>
              <Button type="button" size="small" priority="secondary" onClick={() => setPanel(null)}>
                {t.cancel}
              </Button>
            </div>
          </form>
        ) : (
          // Sanitised by the server.
          <SafeHtml className="network-comment-body" html={comment.bodyHtml} />
        )}
        <AttachmentList attachments={comment.attachments} />
        <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
          {abilities.edit && panel !== 'edit' ? (
            <Button priority="tertiary" size="small" iconId="fr-icon-edit-line" onClick={() => setPanel('edit')}>
              {t.edit}
            </Button>
          ) : null}
          {abilities.relabel ? (
            <Button priority="tertiary" size="small" onClick={() => setPanel(panel === 'relabel' ? null : 'relabel')}>
              {t.relabel}
            </Button>
          ) : null}
          {abilities.report ? (
            <Button priority="tertiary" size="small" onClick={() => setPanel(panel === 'report' ? null : 'report')}>
              {t.report}
            </Button>
          ) : null}
          {abilities.delete ? <DeleteButton pending={remove.isPending} onConfirm={() => remove.mutate()} /> : null}
        </div>
        <ApiErrorAlert error={remove.error} />
        {panel === 'relabel' ? (
          <RelabelPanel
            current={comment.label}
            choices={choices}
            onApply={(body, options) => relabel.mutate(body, options)}
            onDone={() => setPanel(null)}
            pending={relabel.isPending}
            error={relabel.error}
          />
        ) : null}
        {panel === 'report' ? (
          <ReportPanel targetType="comment" targetId={comment.id} onDone={() => setPanel(null)} />
        ) : null}
      </article>
    </li>
  );
}

function CommentForm({ post }: { post: PostView }) {
  const t = useT(postsMessages);
  const create = useCreateComment(post.id);
  const choices = useChoicesAbove(post);
  const initial: LabelChoice = { level: post.label.level, tlp: post.label.tlp };
  const [body, setBody] = useState('');
  const [label, setLabel] = useState<LabelChoice>(initial);
  const [attachments, setAttachments] = useState<AttachmentRef[]>([]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending || body.trim() === '') return;
    create.mutate(
      {
        body,
        label: { level: label.level, tlp: label.tlp },
        ...(attachments.length > 0 ? { attachmentIds: attachments.map((a) => a.id) } : {}),
      },
      {
        onSuccess: () => {
          setBody('');
          setAttachments([]);
          setLabel(initial);
        },
      },
    );
  };
  const bodyError = fieldError(create.error, 'body');
  return (
    <form onSubmit={onSubmit} className={fr.cx('fr-mt-3w')}>
      <ApiErrorAlert error={create.error} />
      <MentionTextarea
        label={t.commentField}
        hint={t.bodyHint}
        value={body}
        onChange={setBody}
        spaceId={post.spaceId}
        maxLength={COMMENT_BODY_MAX}
        rows={3}
        state={bodyError ? 'error' : 'default'}
        stateMessage={bodyError}
      />
      <LabelSelect label={t.levelField} hint={t.commentLevelHint} value={label} choices={choices} onChange={setLabel} />
      <fieldset className={fr.cx('fr-fieldset', 'fr-mt-2w')}>
        <legend className={fr.cx('fr-fieldset__legend--regular', 'fr-fieldset__legend')}>{t.attachments}</legend>
        <AttachmentPicker value={attachments} onChange={setAttachments} />
      </fieldset>
      <Button type="submit" disabled={create.isPending || body.trim() === ''}>
        {create.isPending ? t.sending : t.sendComment}
      </Button>
    </form>
  );
}

export function Comments({ post }: { post: PostView }) {
  const t = useT(postsMessages);
  const stream = useComments(post.id);
  const comments = stream.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="comments-title" className={fr.cx('fr-mt-4w')}>
      <h2 id="comments-title">{t.commentsHeading}</h2>
      {stream.isPending ? <Loading /> : null}
      <ApiErrorAlert error={stream.error} />
      {stream.isSuccess && comments.length === 0 ? <p>{t.commentsEmpty}</p> : null}
      <ul className={fr.cx('fr-raw-list')}>
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} post={post} />
        ))}
      </ul>
      {stream.hasNextPage ? (
        <Button priority="secondary" disabled={stream.isFetchingNextPage} onClick={() => stream.fetchNextPage()}>
          {stream.isFetchingNextPage ? t.loadingMore : t.loadMoreComments}
        </Button>
      ) : null}
      {post.abilities.comment ? <CommentForm post={post} /> : null}
    </section>
  );
}

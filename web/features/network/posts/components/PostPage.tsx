// The page of one post: its banner and content, the actions the server allows (edit, delete, change the level,
// report), then its comments and the comment form.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { POST_BODY_MAX, POST_TITLE_MAX, type PostView } from '../../../../../common/schemas/network-posts.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { AttachmentList } from '../../attachments/components/AttachmentList.tsx';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { usePost } from '../api/usePost.ts';
import { useDeletePost, useRelabelPost, useUpdatePost } from '../api/usePostMutations.ts';
import { postsMessages } from '../messages.ts';
import { Comments } from './Comments.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { labelChoices } from './labels.ts';
import { MentionTextarea } from './MentionTextarea.tsx';
import { Byline, HiddenNotice, spacePath } from './PostCard.tsx';
import { Reactions } from './Reactions.tsx';
import { RelabelPanel } from './RelabelPanel.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { SafeHtml } from './SafeHtml.tsx';

type Panel = 'edit' | 'relabel' | 'report' | null;

function EditForm({ post, onDone }: { post: PostView; onDone: () => void }) {
  const t = useT(postsMessages);
  const update = useUpdatePost(post.id);
  const [title, setTitle] = useState(post.title);
  const [body, setBody] = useState(post.body ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending || body.trim() === '') return;
    update.mutate({ title: title.trim(), body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} className={fr.cx('fr-mb-3w')}>
      <ApiErrorAlert error={update.error} />
      <Input
        label={t.titleField}
        nativeInputProps={{ value: title, maxLength: POST_TITLE_MAX, onChange: (e) => setTitle(e.target.value) }}
      />
      <MentionTextarea
        label={t.bodyField}
        hint={t.bodyHint}
        value={body}
        onChange={setBody}
        spaceId={post.spaceId}
        maxLength={POST_BODY_MAX}
        rows={8}
      />
      <div style={{ display: 'flex', gap: '1rem' }}>
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? t.saving : t.save}
        </Button>
        <Button type="button" priority="secondary" onClick={onDone}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}

function PostBody({ post }: { post: PostView }) {
  const t = useT(postsMessages);
  const session = useSession();
  const navigate = useNavigate();
  const [panel, setPanel] = useState<Panel>(null);
  const relabel = useRelabelPost(post.id);
  const remove = useDeletePost(post.id);
  const { abilities } = post;
  const choices = labelChoices({
    floor: post.space.level,
    roomMode: post.space.kind === 'deal_room',
    agent: session.me?.abilities.agent === true,
  });
  const toggle = (next: Panel) => setPanel(panel === next ? null : next);

  return (
    <>
      <p className={fr.cx('fr-mb-2w')}>
        <Link to={spacePath(post.space)} className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}>
          {`${t.backToSpace} « ${post.space.name} »`}
        </Link>
      </p>
      <LabelBanner label={post.label} />
      <Byline author={post.author} createdAt={post.createdAt} editedAt={post.editedAt} />
      <HiddenNotice hidden={post.hidden} />
      {panel === 'edit' ? (
        <EditForm post={post} onDone={() => setPanel(null)} />
      ) : (
        // Sanitised by the server (raw HTML escaped, safe links only, no remote images).
        <SafeHtml className="network-post-body" html={post.bodyHtml} />
      )}
      <AttachmentList attachments={post.attachments} />
      <Reactions post={post} />
      <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }} className={fr.cx('fr-mt-2w')}>
        {abilities.edit && panel !== 'edit' ? (
          <Button priority="tertiary" size="small" iconId="fr-icon-edit-line" onClick={() => setPanel('edit')}>
            {t.edit}
          </Button>
        ) : null}
        {abilities.relabel ? (
          <Button
            priority="tertiary"
            size="small"
            aria-expanded={panel === 'relabel'}
            onClick={() => toggle('relabel')}
          >
            {t.relabel}
          </Button>
        ) : null}
        {abilities.report ? (
          <Button priority="tertiary" size="small" aria-expanded={panel === 'report'} onClick={() => toggle('report')}>
            {t.report}
          </Button>
        ) : null}
        {abilities.delete ? (
          <DeleteButton
            pending={remove.isPending}
            onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(spacePath(post.space)) })}
          />
        ) : null}
      </div>
      <ApiErrorAlert error={remove.error} />
      {panel === 'relabel' ? (
        <RelabelPanel
          current={post.label}
          choices={choices}
          raisesComments
          headingAs="h2"
          onApply={(body, options) => relabel.mutate(body, options)}
          onDone={() => setPanel(null)}
          pending={relabel.isPending}
          error={relabel.error}
        />
      ) : null}
      {panel === 'report' ? (
        <ReportPanel targetType="post" targetId={post.id} headingAs="h2" onDone={() => setPanel(null)} />
      ) : null}
      <Comments post={post} />
    </>
  );
}

export function PostPage() {
  const t = useT(postsMessages);
  const { id = '' } = useParams();
  const post = usePost(id);
  return (
    <NetworkFrame title={post.data?.title || t.postTitle}>
      {post.isPending ? <Loading /> : null}
      <ApiErrorAlert error={post.error} />
      {post.data ? <PostBody post={post.data} /> : null}
    </NetworkFrame>
  );
}

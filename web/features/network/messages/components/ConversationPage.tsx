// One conversation: its participants, the reply form, and its messages newest first (older pages on demand).
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Conversation, MessageView } from '../../../../../common/schemas/network-messages.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { ItemFrame } from '../../components/ItemFrame.tsx';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { SafeHtml } from '../../posts/components/SafeHtml.tsx';
import { useConversation } from '../api/useConversation.ts';
import { useReply } from '../api/useReply.ts';
import { messagesMessages } from '../messages.ts';

export function ConversationPage() {
  const t = useT(messagesMessages);
  const id = useParams().id ?? '';
  const conversation = useConversation(id);
  const me = useSession().user?.id;
  const pages = conversation.data?.pages ?? [];
  const first = pages[0];
  const names = first?.participants
    .filter((p) => p.id !== me)
    .map((p) => p.name)
    .join(', ');
  return (
    <ItemFrame
      title={first ? first.title || names || t.untitled : t.untitled}
      back={{ to: paths.networkMessages, label: t.back }}
      item={{ data: first, error: conversation.error, isPending: conversation.isPending }}
    >
      {(conversationStart) => (
        <>
          <LabelBanner label={conversationStart.label} />
          <Participants conversation={conversationStart} />
          {conversationStart.abilities.reply ? <ReplyForm id={id} /> : <p>{t.cannotReply}</p>}
          <section aria-labelledby="conversation-history" className={fr.cx('fr-mt-4w')}>
            <h2 id="conversation-history" className={fr.cx('fr-h5')}>
              {t.history}
            </h2>
            {conversationStart.messages.length === 0 ? <p>{t.noMessage}</p> : null}
            <ol className={fr.cx('fr-raw-list')}>
              {pages
                .flatMap((page) => page.messages)
                .map((message) => (
                  <li key={message.id} className={fr.cx('fr-mb-2w')}>
                    <Message message={message} />
                  </li>
                ))}
            </ol>
            {conversation.hasNextPage ? (
              <Button
                type="button"
                priority="secondary"
                disabled={conversation.isFetchingNextPage}
                onClick={() => conversation.fetchNextPage()}
              >
                {t.older}
              </Button>
            ) : null}
          </section>
        </>
      )}
    </ItemFrame>
  );
}

function Participants({ conversation }: { conversation: Conversation }) {
  const t = useT(messagesMessages);
  return (
    <section aria-labelledby="conversation-participants" className={fr.cx('fr-mb-3w')}>
      <h2 id="conversation-participants" className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {t.participants}
      </h2>
      <ul className={fr.cx('fr-tags-group')}>
        {conversation.participants.map((p) => (
          <li key={p.id}>
            <Link to={paths.networkMember.replace(':id', p.id)} className={fr.cx('fr-tag')}>
              {p.name} — {p.organisation} ({t.audience[p.audience]})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Message({ message }: { message: MessageView }) {
  const t = useT(messagesMessages);
  const lang = useLang();
  return (
    <article
      className={fr.cx('fr-p-3v')}
      style={{
        border: '1px solid var(--border-default-grey)',
        background: message.mine ? 'var(--background-alt-blue-france)' : undefined,
      }}
    >
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
        <span className={fr.cx('fr-sr-only')}>{t.from} </span>
        <strong>{message.author?.name ?? t.deletedAuthor}</strong>
        {message.mine ? ` (${t.you})` : ''} —{' '}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, lang)}</time>
      </p>
      <SafeHtml className={fr.cx('fr-text--md')} html={message.bodyHtml} />
    </article>
  );
}

function ReplyForm({ id }: { id: string }) {
  const t = useT(messagesMessages);
  const reply = useReply(id);
  const [body, setBody] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reply.mutate(body, { onSuccess: () => setBody('') });
  };
  const error = fieldError(reply.error, 'body');
  return (
    <form onSubmit={submit} aria-labelledby="conversation-reply">
      <h2 id="conversation-reply" className={fr.cx('fr-h6')}>
        {t.reply}
      </h2>
      <ApiErrorAlert error={reply.error} />
      <Input
        label={t.replyLabel}
        hintText={t.bodyHint}
        textArea
        {...(error ? { state: 'error' as const, stateRelatedMessage: error } : {})}
        nativeTextAreaProps={{
          required: true,
          rows: 4,
          maxLength: 10_000,
          value: body,
          onChange: (e) => setBody(e.target.value),
        }}
      />
      <Button type="submit" disabled={reply.isPending || !body.trim()}>
        {reply.isPending ? t.sending : t.send}
      </Button>
    </form>
  );
}

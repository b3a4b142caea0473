// The viewer's conversations (unread badges), and the form to write a new message (`?to=<userId>` pre-fills it).
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link, useSearchParams } from 'react-router';
import type { ConversationSummary } from '../../../../../common/schemas/network-messages.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useConversations } from '../api/useConversations.ts';
import { messagesMessages } from '../messages.ts';
import { NewMessageForm } from './NewMessageForm.tsx';

const PAGE_SIZE = 20;

export function MessagesPage() {
  const t = useT(messagesMessages);
  return (
    <NetworkFrame title={t.listTitle} lead={t.listLead}>
      <MessagesContent />
    </NetworkFrame>
  );
}

function MessagesContent() {
  const t = useT(messagesMessages);
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const to = params.get('to');
  const conversations = useConversations(page);
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
      <section aria-labelledby="conversations-title" className={fr.cx('fr-col-12', 'fr-col-md-7')}>
        <h2 id="conversations-title">{t.conversationsTitle}</h2>
        <ApiErrorAlert error={conversations.error} />
        {conversations.isPending ? <Loading /> : null}
        {conversations.data && conversations.data.items.length === 0 ? <p>{t.none}</p> : null}
        {conversations.data && conversations.data.items.length > 0 ? (
          <ul className={fr.cx('fr-raw-list')}>
            {conversations.data.items.map((c) => (
              <li key={c.id} className={fr.cx('fr-mb-2w')}>
                <ConversationItem conversation={c} />
              </li>
            ))}
          </ul>
        ) : null}
        <ListPagination
          total={conversations.data?.total ?? 0}
          pageSize={PAGE_SIZE}
          page={page}
          pageLink={(n) => ({ pathname: paths.networkMessages, search: n > 1 ? `page=${n}` : '' })}
        />
      </section>
      <section className={fr.cx('fr-col-12', 'fr-col-md-5')}>
        <NewMessageForm key={to ?? ''} to={to} />
      </section>
    </div>
  );
}

function ConversationItem({ conversation }: { conversation: ConversationSummary }) {
  const t = useT(messagesMessages);
  const lang = useLang();
  const me = useSession().user?.id;
  const others = conversation.participants.filter((p) => p.id !== me);
  const names = others.map((p) => p.name).join(', ');
  return (
    <article
      className={fr.cx('fr-p-3v')}
      style={{ border: '1px solid var(--border-default-grey)' }}
      aria-labelledby={`conversation-${conversation.id}`}
    >
      <h3 id={`conversation-${conversation.id}`} className={fr.cx('fr-h6', 'fr-mb-1v')}>
        <Link to={paths.networkConversation.replace(':id', conversation.id)}>
          {conversation.title || names || t.untitled}
        </Link>{' '}
        {conversation.unread > 0 ? (
          <Badge small severity="new" noIcon>
            {t.unread(conversation.unread)}
          </Badge>
        ) : null}
      </h3>
      {conversation.title ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
          {t.with} {names}
        </p>
      ) : null}
      <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
        {conversation.lastMessage ? (
          <>
            <time dateTime={conversation.lastMessage.createdAt}>
              {formatDateTime(conversation.lastMessage.createdAt, lang)}
            </time>{' '}
            — {conversation.lastMessage.authorId === me ? `${t.you} : ` : ''}
            {conversation.lastMessage.excerpt}
          </>
        ) : (
          t.noMessage
        )}
      </p>
    </article>
  );
}

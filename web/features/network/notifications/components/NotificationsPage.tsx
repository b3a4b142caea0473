// The reader's notifications: newest first, unread marked in words, each with its object's banner and a link;
// mark one or all read; then the e-mail settings.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Link, useSearchParams } from 'react-router';
import type { NotificationView } from '../../../../../common/schemas/network-notifications.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useMarkNotificationsRead } from '../api/useMarkNotificationsRead.ts';
import { useNotificationCount } from '../api/useNotificationCount.ts';
import { useNotifications } from '../api/useNotifications.ts';
import { notificationsMessages } from '../messages.ts';
import { NotificationSettingsForm } from './NotificationSettingsForm.tsx';

export function NotificationsPage() {
  const t = useT(notificationsMessages);
  return (
    <NetworkFrame title={t.title} lead={t.lead}>
      <NotificationsContent />
      <NotificationSettingsForm />
    </NetworkFrame>
  );
}

function NotificationsContent() {
  const t = useT(notificationsMessages);
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('nonlues') === '1';
  const list = useNotifications(unreadOnly);
  const count = useNotificationCount();
  const mark = useMarkNotificationsRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = count.data?.unread ?? 0;

  return (
    <section aria-labelledby="notifications-list" className={fr.cx('fr-mb-6w')}>
      <h2 id="notifications-list">{t.listTitle}</h2>
      <div
        className={fr.cx('fr-mb-3w')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem 2rem', alignItems: 'center' }}
      >
        <p className={fr.cx('fr-mb-0')} role="status">
          {t.unreadCount(unread)}
        </p>
        <Checkbox
          small
          className={fr.cx('fr-mb-0')}
          options={[
            {
              label: t.onlyUnread,
              nativeInputProps: {
                checked: unreadOnly,
                onChange: (e) => setParams(e.target.checked ? { nonlues: '1' } : {}),
              },
            },
          ]}
        />
        <Button
          priority="secondary"
          size="small"
          disabled={unread === 0 || mark.isPending}
          onClick={() => mark.mutate({ all: true })}
        >
          {t.markAllRead}
        </Button>
      </div>
      <ApiErrorAlert error={list.error ?? mark.error} />
      {list.isPending ? <Loading /> : null}
      {list.data && items.length === 0 ? <p>{unreadOnly ? t.noneUnread : t.none}</p> : null}
      {items.length > 0 ? (
        <ul className={fr.cx('fr-raw-list')}>
          {items.map((item) => (
            <li key={item.id} className={fr.cx('fr-mb-2w')}>
              <NotificationItem item={item} onRead={() => mark.mutate({ ids: [item.id] })} busy={mark.isPending} />
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasNextPage ? (
        <Button priority="tertiary" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
          {t.more}
        </Button>
      ) : null}
    </section>
  );
}

function NotificationItem({ item, onRead, busy }: { item: NotificationView; onRead: () => void; busy: boolean }) {
  const t = useT(notificationsMessages);
  const lang = useLang();
  return (
    <article
      className={fr.cx('fr-p-3v')}
      style={{
        border: '1px solid var(--border-default-grey)',
        borderLeft: item.read
          ? '1px solid var(--border-default-grey)'
          : '4px solid var(--border-action-high-blue-france)',
      }}
    >
      <LabelBanner label={item.object.label} compact />
      <p className={fr.cx('fr-mb-1v')}>
        {item.read ? null : (
          <Badge small severity="info" noIcon className={fr.cx('fr-mr-1w')}>
            {t.unread}
          </Badge>
        )}
        <strong>{item.text}</strong>
        {' · '}
        <time dateTime={item.createdAt} className={fr.cx('fr-text--sm')}>
          {formatDateTime(item.createdAt, lang)}
        </time>
      </p>
      {item.object.title ? <p className={fr.cx('fr-mb-1v')}>{item.object.title}</p> : null}
      {item.object.excerpt ? <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{item.object.excerpt}</p> : null}
      <p className={fr.cx('fr-mb-0')} style={{ display: 'flex', gap: '1.5rem', alignItems: 'center' }}>
        <Link to={item.link} className={fr.cx('fr-link')} onClick={item.read ? undefined : onRead}>
          {t.open}
        </Link>
        {item.read ? null : (
          <Button priority="tertiary no outline" size="small" disabled={busy} onClick={onRead}>
            {t.markRead}
          </Button>
        )}
      </p>
    </article>
  );
}

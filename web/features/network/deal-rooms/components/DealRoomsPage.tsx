// The viewer's deal rooms (only those they are a member of), with the form agents open a new one with.
import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Link, useSearchParams } from 'react-router';
import { type Sector, sectorLabels } from '../../../../../common/network-terms.ts';
import type { DealRoomSummary } from '../../../../../common/schemas/network-deal-rooms.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { makeTerms } from '../../../portal/components/terms.ts';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useDealRooms } from '../api/useDealRooms.ts';
import { dealRoomsMessages } from '../messages.ts';
import { CreateDealRoomForm } from './CreateDealRoomForm.tsx';
import { RoomBadges } from './RoomBadges.tsx';

const PAGE_SIZE = 20;

export function DealRoomsPage() {
  const t = useT(dealRoomsMessages);
  return (
    <NetworkFrame title={t.listTitle} lead={t.listLead}>
      <DealRoomsContent />
    </NetworkFrame>
  );
}

function DealRoomsContent() {
  const t = useT(dealRoomsMessages);
  const session = useSession();
  const isAgent = session.me?.abilities.agent === true;
  const [params, setParams] = useSearchParams();
  const status = params.get('statut') === 'open' || params.get('statut') === 'closed' ? params.get('statut')! : '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const rooms = useDealRooms(status as '' | 'open' | 'closed', page);
  const search = (next: { statut?: string; page?: number }) => {
    const out = new URLSearchParams();
    if (next.statut) out.set('statut', next.statut);
    if (next.page && next.page > 1) out.set('page', String(next.page));
    return out.toString();
  };

  return (
    <>
      <section aria-labelledby="deal-rooms-mine" className={fr.cx('fr-mb-6w')}>
        <h2 id="deal-rooms-mine">{t.mineTitle}</h2>
        <Select
          label={t.statusFilter}
          className={fr.cx('fr-mb-3w')}
          nativeSelectProps={{
            value: status,
            onChange: (e) => setParams(search({ statut: e.target.value })),
            style: { maxWidth: '20rem' },
          }}
        >
          <option value="">{t.statusAll}</option>
          <option value="open">{t.status.open}</option>
          <option value="closed">{t.status.closed}</option>
        </Select>
        <ApiErrorAlert error={rooms.error} />
        {rooms.isPending ? <Loading /> : null}
        {rooms.data && rooms.data.items.length === 0 ? <p>{isAgent ? t.noneAgent : t.none}</p> : null}
        {rooms.data && rooms.data.items.length > 0 ? (
          <ul className={fr.cx('fr-raw-list')}>
            {rooms.data.items.map((room) => (
              <li key={room.id} className={fr.cx('fr-mb-3w')}>
                <RoomItem room={room} />
              </li>
            ))}
          </ul>
        ) : null}
        <ListPagination
          total={rooms.data?.total ?? 0}
          pageSize={PAGE_SIZE}
          page={page}
          pageLink={(n) => ({ pathname: paths.networkDealRooms, search: search({ statut: status, page: n }) })}
        />
      </section>
      {isAgent ? (
        <section className={fr.cx('fr-mb-4w')}>
          <CreateDealRoomForm />
        </section>
      ) : null}
    </>
  );
}

function RoomItem({ room }: { room: DealRoomSummary }) {
  const t = useT(dealRoomsMessages);
  const lang = useLang();
  const terms = makeTerms(lang);
  return (
    <article
      className={fr.cx('fr-p-3v')}
      style={{ border: '1px solid var(--border-default-grey)' }}
      aria-labelledby={`room-${room.id}`}
    >
      <LabelBanner label={room.label} compact />
      <h3 id={`room-${room.id}`} className={fr.cx('fr-h5', 'fr-mb-1v')}>
        <Link to={paths.networkDealRoom.replace(':id', room.id)}>{room.name}</Link>
      </h3>
      <p className={fr.cx('fr-mb-1v')}>
        <RoomBadges room={room} />
      </p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
        {t.companies} : {room.companies.map((c) => c.name).join(', ')} · {t.sector} :{' '}
        {sectorLabels[room.sector as Sector]?.[lang] ?? room.sector} · {t.country} : {terms.country(room.country)} ·{' '}
        {t.members(room.memberCount)}
      </p>
    </article>
  );
}

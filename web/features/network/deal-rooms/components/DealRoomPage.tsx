// One deal room: the restricted banner, the project and its companies, settings and consortium for its agents,
// the members panel, and the room's posts (level 3 in the room).
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { type Sector, sectorLabels } from '../../../../../common/network-terms.ts';
import type { DealRoom } from '../../../../../common/schemas/network-deal-rooms.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { makeTerms } from '../../../portal/components/terms.ts';
import { ItemFrame } from '../../components/ItemFrame.tsx';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { SaveCancelButtons } from '../../components/SaveCancelButtons.tsx';
import { SpacePosts } from '../../posts/components/SpacePosts.tsx';
import { useAddDealRoomCompany } from '../api/useAddDealRoomCompany.ts';
import { useDealRoom } from '../api/useDealRoom.ts';
import { useUpdateDealRoom } from '../api/useUpdateDealRoom.ts';
import { dealRoomsMessages } from '../messages.ts';
import { MembersPanel } from './MembersPanel.tsx';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { RoomBadges } from './RoomBadges.tsx';

export function DealRoomPage() {
  const t = useT(dealRoomsMessages);
  const id = useParams().id ?? '';
  const room = useDealRoom(id);
  return (
    <ItemFrame title={room.data?.name ?? t.roomTitle} back={{ to: paths.networkDealRooms, label: t.back }} item={room}>
      {(data) => <RoomContent room={data} />}
    </ItemFrame>
  );
}

function RoomContent({ room }: { room: DealRoom }) {
  const t = useT(dealRoomsMessages);
  const lang = useLang();
  const terms = makeTerms(lang);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Alert
        severity="warning"
        small
        title={t.restricted}
        description={t.restrictedText}
        className={fr.cx('fr-mb-2w')}
      />
      <LabelBanner label={room.label} />
      <p className={fr.cx('fr-mb-2w')}>
        <RoomBadges room={room} />
      </p>
      {room.status === 'closed' ? <p className={fr.cx('fr-text--sm')}>{t.closedNotice}</p> : null}
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          {editing ? (
            <EditRoomForm room={room} onDone={() => setEditing(false)} />
          ) : (
            <section aria-labelledby="deal-room-project">
              <h2 id="deal-room-project" className={fr.cx('fr-h4')}>
                {t.project}
              </h2>
              {room.project ? <p style={{ whiteSpace: 'pre-line' }}>{room.project}</p> : null}
              {room.description ? <p style={{ whiteSpace: 'pre-line' }}>{room.description}</p> : null}
              <dl className={fr.cx('fr-mb-2w')}>
                <dt className={fr.cx('fr-text--bold')}>{t.companies}</dt>
                <dd>{room.companies.map((c) => c.name).join(', ')}</dd>
                <dt className={fr.cx('fr-text--bold')}>{t.sector}</dt>
                <dd>{sectorLabels[room.sector as Sector]?.[lang] ?? room.sector}</dd>
                <dt className={fr.cx('fr-text--bold')}>{t.country}</dt>
                <dd>{terms.country(room.country)}</dd>
              </dl>
              {room.abilities.edit ? <RoomActions room={room} onEdit={() => setEditing(true)} /> : null}
            </section>
          )}
          {room.abilities.manageMembers && room.consortium ? <AddCompany room={room} /> : null}
          <section aria-labelledby="deal-room-posts" className={fr.cx('fr-mt-4w')}>
            <h2 id="deal-room-posts" className={fr.cx('fr-h4')}>
              {t.postsTitle}
            </h2>
            <SpacePosts spaceId={room.id} canPost={room.abilities.post} defaultLevel={3} minLevel={3} roomMode />
          </section>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <MembersPanel roomId={room.id} />
        </div>
      </div>
    </>
  );
}

function RoomActions({ room, onEdit }: { room: DealRoom; onEdit: () => void }) {
  const t = useT(dealRoomsMessages);
  const update = useUpdateDealRoom(room.id);
  return (
    <>
      <ApiErrorAlert error={update.error} />
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--sm')}>
        <li>
          <Button type="button" priority="secondary" onClick={onEdit}>
            {t.edit}
          </Button>
        </li>
        <li>
          <Button
            type="button"
            priority="secondary"
            disabled={update.isPending}
            onClick={() => update.mutate({ status: room.status === 'open' ? 'closed' : 'open' })}
          >
            {room.status === 'open' ? t.close : t.reopen}
          </Button>
        </li>
        {room.consortium ? null : (
          <li>
            <Button
              type="button"
              priority="tertiary"
              disabled={update.isPending}
              onClick={() => update.mutate({ consortium: true })}
            >
              {t.declareConsortium}
            </Button>
          </li>
        )}
      </ul>
    </>
  );
}

function EditRoomForm({ room, onDone }: { room: DealRoom; onDone: () => void }) {
  const t = useT(dealRoomsMessages);
  const update = useUpdateDealRoom(room.id);
  const [name, setName] = useState(room.name);
  const [project, setProject] = useState(room.project);
  const [description, setDescription] = useState(room.description);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name, project, description }, { onSuccess: onDone });
  };
  const state = (field: string) => {
    const error = fieldError(update.error, field);
    return error ? { state: 'error' as const, stateRelatedMessage: error } : {};
  };
  return (
    <form onSubmit={submit} aria-labelledby="deal-room-edit">
      <h2 id="deal-room-edit" className={fr.cx('fr-h4')}>
        {t.edit}
      </h2>
      <ApiErrorAlert error={update.error} />
      <Input
        label={t.name}
        {...state('name')}
        nativeInputProps={{ required: true, maxLength: 120, value: name, onChange: (e) => setName(e.target.value) }}
      />
      <Input
        label={t.project}
        textArea
        {...state('project')}
        nativeTextAreaProps={{ maxLength: 2000, rows: 4, value: project, onChange: (e) => setProject(e.target.value) }}
      />
      <Input
        label={t.description}
        textArea
        {...state('description')}
        nativeTextAreaProps={{
          maxLength: 2000,
          rows: 2,
          value: description,
          onChange: (e) => setDescription(e.target.value),
        }}
      />
      <SaveCancelButtons
        saveLabel={t.save}
        cancelLabel={t.cancel}
        saveDisabled={update.isPending || !name.trim()}
        onCancel={onDone}
      />
    </form>
  );
}

/** Adding a company to a consortium; a conflict (same sector and country elsewhere) is shown with a confirm button. */
function AddCompany({ room }: { room: DealRoom }) {
  const t = useT(dealRoomsMessages);
  const add = useAddDealRoomCompany(room.id);
  const [pending, setPending] = useState<{ id: string; name: string } | null>(null);
  const conflict = isApiError(add.error) && add.error.code === 'ERR_DEAL_ROOM_CONFLICT' ? add.error : null;
  return (
    <section aria-labelledby="deal-room-add-company" className={fr.cx('fr-mt-3w')}>
      <h2 id="deal-room-add-company" className={fr.cx('fr-h5')}>
        {t.addCompany}
      </h2>
      {conflict && pending ? (
        <div role="alert" className={fr.cx('fr-mb-2w')}>
          <Alert severity="warning" title={t.conflictTitle} description={conflict.detail} as="h3" small={false} />
          <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mt-2w')}>
            <li>
              <Button
                type="button"
                disabled={add.isPending}
                onClick={() =>
                  add.mutate(
                    { organisationId: pending.id, confirmConflict: true },
                    { onSuccess: () => setPending(null) },
                  )
                }
              >
                {t.confirmConflict}
              </Button>
            </li>
            <li>
              <Button
                type="button"
                priority="secondary"
                onClick={() => {
                  setPending(null);
                  add.reset();
                }}
              >
                {t.cancel}
              </Button>
            </li>
          </ul>
        </div>
      ) : (
        <ApiErrorAlert error={add.error} />
      )}
      <OrganisationPicker
        label={t.companySearch}
        hint={t.companySearchHint}
        companies
        exclude={room.companies.map((c) => c.id)}
        onPick={(organisation) => {
          setPending(organisation);
          add.mutate({ organisationId: organisation.id }, { onSuccess: () => setPending(null) });
        }}
      />
    </section>
  );
}

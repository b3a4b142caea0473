// The forms agents of a file handle a request with: assign, route to a partner, change the status, write an internal
// note, open a deal room. Each form shows only when the request's abilities allow it; the server checks again.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FrontOfficeRequest } from '../../../../../common/schemas/network-front-office.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useAddRequestNote } from '../api/useAddRequestNote.ts';
import { useAssignRequest } from '../api/useAssignRequest.ts';
import { useChangeRequestStatus } from '../api/useChangeRequestStatus.ts';
import { useFrontOffices } from '../api/useFrontOffices.ts';
import { useOpenRequestDealRoom } from '../api/useOpenRequestDealRoom.ts';
import { useRouteRequest } from '../api/useRouteRequest.ts';
import { frontOfficeMessages } from '../messages.ts';

const errorState = (message: string | undefined) =>
  message ? ({ state: 'error', stateRelatedMessage: message } as const) : {};

function ActionForm({
  id,
  title,
  lead,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
      <form onSubmit={onSubmit} className={fr.cx('fr-p-3w')} style={{ border: '1px solid var(--border-default-grey)' }}>
        <h3 id={id} className={fr.cx('fr-h5')}>
          {title}
        </h3>
        {lead ? <p className={fr.cx('fr-text--sm')}>{lead}</p> : null}
        {children}
      </form>
    </section>
  );
}

export function RequestActions({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const { abilities } = request;
  return (
    <section aria-labelledby="request-actions" className={fr.cx('fr-mt-4w')}>
      <h2 id="request-actions" className={fr.cx('fr-h4')}>
        {t.actionsTitle}
      </h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {abilities.status ? <StatusForm request={request} /> : null}
        {abilities.assign ? <AssignForm request={request} /> : null}
        {abilities.route ? <RouteForm request={request} /> : null}
        {abilities.note ? <NoteForm request={request} /> : null}
        {abilities.openDealRoom ? <DealRoomForm request={request} /> : null}
      </div>
    </section>
  );
}

function StatusForm({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const change = useChangeRequestStatus(request.id);
  const next = request.nextStatuses ?? [];
  const [status, setStatus] = useState('');
  const [message, setMessage] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = next.find((s) => s === status);
    if (!chosen) return;
    change.mutate(
      { status: chosen, ...(message.trim() ? { message: message.trim() } : {}) },
      {
        onSuccess: () => {
          setStatus('');
          setMessage('');
        },
      },
    );
  };
  return (
    <ActionForm id="action-status" title={t.statusTitle} onSubmit={onSubmit}>
      <Select
        label={t.newStatus}
        {...errorState(fieldError(change.error, 'status'))}
        nativeSelectProps={{ value: status, required: true, onChange: (e) => setStatus(e.target.value) }}
      >
        <option value="">{t.choose}</option>
        {next.map((s) => (
          <option key={s} value={s}>
            {t.statusLabels[s]}
          </option>
        ))}
      </Select>
      <Input
        textArea
        label={t.statusMessage}
        hintText={t.statusMessageHint}
        {...errorState(fieldError(change.error, 'message'))}
        nativeTextAreaProps={{ rows: 3, maxLength: 5000, value: message, onChange: (e) => setMessage(e.target.value) }}
      />
      <ApiErrorAlert error={change.error} />
      <Button type="submit" disabled={change.isPending || !status}>
        {change.isPending ? t.sending : t.changeStatus}
      </Button>
    </ActionForm>
  );
}

function AssignForm({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const assign = useAssignRequest(request.id);
  const [assigneeId, setAssigneeId] = useState(request.assignee?.id ?? '');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (assigneeId) assign.mutate({ assigneeId });
  };
  return (
    <ActionForm id="action-assign" title={t.assignTitle} onSubmit={onSubmit}>
      <Select
        label={t.assignee_}
        {...errorState(fieldError(assign.error, 'assigneeId'))}
        nativeSelectProps={{ value: assigneeId, required: true, onChange: (e) => setAssigneeId(e.target.value) }}
      >
        <option value="">{t.choose}</option>
        {(request.assignees ?? []).map((a) => (
          <option key={a.id} value={a.id}>
            {a.name} ({a.organisation})
          </option>
        ))}
      </Select>
      <ApiErrorAlert error={assign.error} />
      <Button type="submit" disabled={assign.isPending || !assigneeId}>
        {assign.isPending ? t.sending : t.assign}
      </Button>
    </ActionForm>
  );
}

function RouteForm({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const route = useRouteRequest(request.id);
  const [q, setQ] = useState('');
  const offices = useFrontOffices(true, q.trim());
  const [organisationId, setOrganisationId] = useState('');
  const [contactId, setContactId] = useState('');
  const [message, setMessage] = useState('');
  const targets = offices.data?.routingTargets ?? [];
  const contacts = targets.find((o) => o.organisation.id === organisationId)?.contacts ?? [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId) return;
    route.mutate(
      { organisationId, ...(contactId ? { contactId } : {}), message: message.trim() },
      { onSuccess: () => setMessage('') },
    );
  };
  return (
    <ActionForm id="action-route" title={t.routeTitle} lead={t.routeLead} onSubmit={onSubmit}>
      <Input
        label={t.organisationSearch}
        nativeInputProps={{ type: 'search', value: q, maxLength: 100, onChange: (e) => setQ(e.target.value) }}
      />
      <Select
        label={t.organisation}
        {...errorState(fieldError(route.error, 'organisationId'))}
        nativeSelectProps={{
          value: organisationId,
          required: true,
          onChange: (e) => {
            setOrganisationId(e.target.value);
            setContactId('');
          },
        }}
      >
        <option value="">{t.choose}</option>
        {targets.map((o) => (
          <option key={o.organisation.id} value={o.organisation.id}>
            {o.organisation.name}
          </option>
        ))}
      </Select>
      <Select
        label={t.contact}
        {...errorState(fieldError(route.error, 'contactId'))}
        nativeSelectProps={{ value: contactId, onChange: (e) => setContactId(e.target.value) }}
      >
        <option value="">{t.noContact}</option>
        {contacts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Input
        textArea
        label={t.routeMessage}
        {...errorState(fieldError(route.error, 'message'))}
        nativeTextAreaProps={{
          rows: 4,
          required: true,
          maxLength: 5000,
          value: message,
          onChange: (e) => setMessage(e.target.value),
        }}
      />
      <ApiErrorAlert error={route.error} />
      <Button type="submit" disabled={route.isPending || !organisationId || !message.trim()}>
        {route.isPending ? t.sending : t.route}
      </Button>
    </ActionForm>
  );
}

function NoteForm({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const note = useAddRequestNote(request.id);
  const [body, setBody] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim()) note.mutate({ body: body.trim() }, { onSuccess: () => setBody('') });
  };
  return (
    <ActionForm id="action-note" title={t.noteTitle} lead={t.noteHint} onSubmit={onSubmit}>
      <Input
        textArea
        label={t.noteTitle}
        {...errorState(fieldError(note.error, 'body'))}
        nativeTextAreaProps={{
          rows: 4,
          required: true,
          maxLength: 5000,
          value: body,
          onChange: (e) => setBody(e.target.value),
        }}
      />
      <ApiErrorAlert error={note.error} />
      <Button type="submit" disabled={note.isPending || !body.trim()}>
        {note.isPending ? t.sending : t.note}
      </Button>
    </ActionForm>
  );
}

function DealRoomForm({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const open = useOpenRequestDealRoom(request.id);
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate(name.trim() ? { name: name.trim() } : {}, {
      onSuccess: ({ dealRoomId }) => navigate(paths.networkDealRoom.replace(':id', dealRoomId)),
    });
  };
  return (
    <ActionForm id="action-deal-room" title={t.dealRoomTitle} lead={t.dealRoomLead} onSubmit={onSubmit}>
      <Input
        label={t.dealRoomName}
        {...errorState(fieldError(open.error, 'name'))}
        nativeInputProps={{
          value: name,
          maxLength: 120,
          placeholder: `${request.fields.companyName} – ${request.reference}`,
          onChange: (e) => setName(e.target.value),
        }}
      />
      <ApiErrorAlert error={open.error} />
      <Button type="submit" disabled={open.isPending}>
        {open.isPending ? t.sending : t.openDealRoom}
      </Button>
    </ActionForm>
  );
}

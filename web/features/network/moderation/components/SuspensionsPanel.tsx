// Suspensions (global moderators): the list, in force or all, with "lift", and the form to suspend a member
// found by name, with a reason and an optional end date.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useDeferredValue, useId, useState } from 'react';
import { Link } from 'react-router';
import type { MemberRef } from '../../../../../common/schemas/network.ts';
import type { SuspensionView } from '../../../../../common/schemas/network-moderation.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { SearchPicker } from '../../components/SearchPicker.tsx';
import { useMemberAutocomplete } from '../../members/api/useMemberAutocomplete.ts';
import { useLiftSuspension } from '../api/useLiftSuspension.ts';
import { useSuspend } from '../api/useSuspend.ts';
import { SUSPENSIONS_PAGE_SIZE, useSuspensions } from '../api/useSuspensions.ts';
import { moderationMessages } from '../messages.ts';

export function SuspensionsPanel() {
  const t = useT(moderationMessages);
  const [activeOnly, setActiveOnly] = useState(true);
  const [page, setPage] = useState(1);
  const suspensions = useSuspensions(activeOnly, page);
  const pageCount = suspensions.data ? Math.max(1, Math.ceil(suspensions.data.total / SUSPENSIONS_PAGE_SIZE)) : 1;
  return (
    <section aria-labelledby="moderation-suspensions" className={fr.cx('fr-mb-6w')}>
      <h2 id="moderation-suspensions">{t.suspensionsTitle}</h2>
      <p>{t.suspensionsLead}</p>
      <Checkbox
        small
        options={[
          {
            label: t.activeOnly,
            nativeInputProps: {
              checked: activeOnly,
              onChange: (e) => {
                setActiveOnly(e.target.checked);
                setPage(1);
              },
            },
          },
        ]}
      />
      <ApiErrorAlert error={suspensions.error} />
      {suspensions.isPending ? <Loading /> : null}
      {suspensions.data && suspensions.data.items.length === 0 ? <p>{t.noSuspension}</p> : null}
      {suspensions.data && suspensions.data.items.length > 0 ? (
        <ul className={fr.cx('fr-raw-list', 'fr-mb-3w')}>
          {suspensions.data.items.map((suspension) => (
            <li key={suspension.id} className={fr.cx('fr-mb-2w')}>
              <SuspensionItem suspension={suspension} />
            </li>
          ))}
        </ul>
      ) : null}
      {pageCount > 1 ? (
        <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-mb-3w')}>
          <li>
            <Button
              type="button"
              size="small"
              priority="secondary"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              {t.previous}
            </Button>
          </li>
          <li>
            <Button
              type="button"
              size="small"
              priority="secondary"
              disabled={page >= pageCount}
              onClick={() => setPage(page + 1)}
            >
              {t.next}
            </Button>
          </li>
        </ul>
      ) : null}
      <SuspendForm />
    </section>
  );
}

function SuspensionItem({ suspension }: { suspension: SuspensionView }) {
  const t = useT(moderationMessages);
  const lang = useLang();
  const lift = useLiftSuspension();
  const inForce = suspension.liftedAt === null && (!suspension.until || new Date(suspension.until) > new Date());
  return (
    <div className={fr.cx('fr-p-2w')} style={{ border: '1px solid var(--border-default-grey)' }}>
      <p className={fr.cx('fr-mb-1v')}>
        <Link to={paths.networkMember.replace(':id', suspension.member.id)}>
          <strong>{suspension.member.name}</strong>
        </Link>{' '}
        ({suspension.member.organisation}, {t.audience[suspension.member.audience]})
      </p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{suspension.reason}</p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
        {t.since} {formatDateTime(suspension.createdAt, lang)}
        {suspension.createdBy ? ` ${t.by} ${suspension.createdBy.name}` : ''} ·{' '}
        {suspension.until ? `${t.until} ${formatDateTime(suspension.until, lang)}` : t.untilNone}
        {suspension.liftedAt
          ? ` · ${t.lifted} ${formatDateTime(suspension.liftedAt, lang)}${suspension.liftedBy ? ` ${t.by} ${suspension.liftedBy.name}` : ''}`
          : ''}
      </p>
      <ApiErrorAlert error={lift.error} />
      {inForce ? (
        <Button
          type="button"
          size="small"
          priority="secondary"
          disabled={lift.isPending}
          title={t.liftNamed(suspension.member.name)}
          onClick={() => lift.mutate(suspension.member.id)}
        >
          {t.lift}
        </Button>
      ) : null}
    </div>
  );
}

function SuspendForm() {
  const t = useT(moderationMessages);
  const id = useId();
  const suspend = useSuspend();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim());
  const candidates = useMemberAutocomplete(query.length >= 2 ? query : '');
  const [chosen, setChosen] = useState<MemberRef | null>(null);
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setDone(null);
    suspend.mutate(
      { memberId: chosen.id, reason: reason.trim(), until: until ? new Date(`${until}T23:59:59`).toISOString() : null },
      {
        onSuccess: () => {
          setDone(t.suspended(chosen.name));
          setChosen(null);
          setReason('');
          setUntil('');
          setSearch('');
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.suspendTitle}</h3>
      {done ? <Alert small severity="success" description={done} className={fr.cx('fr-mb-2w')} /> : null}
      <ApiErrorAlert error={suspend.error} />
      {chosen ? (
        <p>
          {t.chosen} : <strong>{chosen.name}</strong> ({chosen.organisation}, {t.audience[chosen.audience]}){' '}
          <Button type="button" size="small" priority="tertiary" onClick={() => setChosen(null)}>
            {t.change}
          </Button>
        </p>
      ) : (
        <div className={fr.cx('fr-mb-2w')}>
          <SearchPicker
            label={t.memberSearch}
            hint={t.memberSearchHint}
            search={search}
            onSearch={setSearch}
            listed={query.length >= 2}
            matches={candidates.data?.items}
            error={candidates.error}
            noMatch={t.noResult}
            optionLabel={(person) => `${person.name} — ${person.organisation} (${t.audience[person.audience]})`}
            optionTitle={(person) => t.choose(person.name)}
            addIcon={false}
            onPick={setChosen}
          />
        </div>
      )}
      <Input
        label={t.reasonLabel}
        textArea
        state={fieldError(suspend.error, 'reason') ? 'error' : 'default'}
        stateRelatedMessage={fieldError(suspend.error, 'reason')}
        nativeTextAreaProps={{
          id: `${id}-reason`,
          value: reason,
          required: true,
          maxLength: 1000,
          rows: 3,
          onChange: (e) => setReason(e.target.value),
        }}
      />
      <Input
        label={t.untilLabel}
        hintText={t.untilHint}
        state={fieldError(suspend.error, 'until') ? 'error' : 'default'}
        stateRelatedMessage={fieldError(suspend.error, 'until')}
        nativeInputProps={{
          id: `${id}-until`,
          type: 'date',
          value: until,
          min: new Date().toISOString().slice(0, 10),
          onChange: (e) => setUntil(e.target.value),
          style: { maxWidth: '14rem' },
        }}
      />
      <Button type="submit" disabled={!chosen || suspend.isPending}>
        {suspend.isPending ? t.sending : t.suspend}
      </Button>
    </form>
  );
}

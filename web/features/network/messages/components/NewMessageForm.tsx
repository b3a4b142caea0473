// A new message: recipients picked among the people the viewer may write to (GET /messages/recipients), an
// optional subject and the Markdown text. `?to=<userId>` pre-fills the recipient.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useDeferredValue, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MemberRef } from '../../../../../common/schemas/network.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { RemoveButton } from '../../components/RemoveButton.tsx';
import { SearchPicker } from '../../components/SearchPicker.tsx';
import { useRecipient, useRecipients } from '../api/useRecipients.ts';
import { useStartConversation } from '../api/useStartConversation.ts';
import { messagesMessages } from '../messages.ts';

const MAX_RECIPIENTS = 8;

export function NewMessageForm({ to }: { to: string | null }) {
  const t = useT(messagesMessages);
  const navigate = useNavigate();
  const start = useStartConversation();
  const [recipients, setRecipients] = useState<MemberRef[]>([]);
  const [search, setSearch] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const query = useDeferredValue(search.trim());
  const found = useRecipients(query, query.length >= 1);
  const preset = useRecipient(to);

  useEffect(() => {
    const person = preset.data?.items[0];
    if (person) setRecipients((list) => (list.some((p) => p.id === person.id) ? list : [person, ...list]));
  }, [preset.data]);

  const full = recipients.length >= MAX_RECIPIENTS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start.mutate(
      { participantIds: recipients.map((r) => r.id), ...(title.trim() ? { title } : {}), body },
      { onSuccess: ({ id }) => navigate(paths.networkConversation.replace(':id', id)) },
    );
  };
  const bodyError = fieldError(start.error, 'body');

  return (
    <form onSubmit={submit} aria-labelledby="new-message-title">
      <h2 id="new-message-title">{t.newTitle}</h2>
      <p className={fr.cx('fr-text--sm')}>{t.newLead}</p>
      <ApiErrorAlert error={start.error} />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>{t.recipientsLegend}</legend>
        <div className={fr.cx('fr-fieldset__element')}>
          {recipients.length > 0 ? (
            <ul aria-label={t.selected}>
              {recipients.map((person) => (
                <li key={person.id}>
                  {person.name} — {person.organisation} ({t.audience[person.audience]}){' '}
                  <RemoveButton
                    label={t.remove}
                    accessibleLabel={t.removeNamed(person.name)}
                    onClick={() => setRecipients((list) => list.filter((p) => p.id !== person.id))}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          <SearchPicker
            label={t.recipientSearch}
            hint={full ? t.recipientsMax : t.recipientHint}
            disabled={full}
            search={search}
            onSearch={setSearch}
            listed={query.length >= 1 && !full}
            matches={found.data?.items.filter((p) => !recipients.some((r) => r.id === p.id))}
            error={found.error}
            noMatch={t.recipientNone}
            optionLabel={(person) => `${person.name} — ${person.organisation} (${t.audience[person.audience]})`}
            onPick={(person) => {
              setRecipients((list) => [...list, person]);
              setSearch('');
            }}
          />
        </div>
      </fieldset>
      <Input
        label={`${t.titleLabel} (${t.optional})`}
        nativeInputProps={{ maxLength: 120, value: title, onChange: (e) => setTitle(e.target.value) }}
      />
      <Input
        label={t.body}
        hintText={t.bodyHint}
        textArea
        {...(bodyError ? { state: 'error' as const, stateRelatedMessage: bodyError } : {})}
        nativeTextAreaProps={{
          required: true,
          rows: 5,
          maxLength: 10_000,
          value: body,
          onChange: (e) => setBody(e.target.value),
        }}
      />
      <Button type="submit" disabled={start.isPending || recipients.length === 0 || !body.trim()}>
        {start.isPending ? t.sending : t.send}
      </Button>
    </form>
  );
}

// A Markdown textarea with mentions: typing "@" and the start of a name lists matching members (the directory
// rule applies on the server); choosing one writes `@[Name](user:<id>)`, which the server renders as a link.
import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState } from 'react';
import type { MemberRef } from '../../../../../common/schemas/network.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useMemberAutocomplete } from '../../members/api/useMemberAutocomplete.ts';
import { postsMessages } from '../messages.ts';

// "@" at the start or after a space, then 2 to 30 letters of a name (no brackets: a finished mention has them).
const PENDING_MENTION = /(^|\s)@([^\s@[\]()]{2,30})$/u;

export function MentionTextarea({
  label,
  hint,
  value,
  onChange,
  spaceId,
  maxLength,
  rows = 5,
  state,
  stateMessage,
  disabled = false,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (next: string) => void;
  spaceId?: string;
  maxLength: number;
  rows?: number;
  state?: 'error' | 'default';
  stateMessage?: string;
  disabled?: boolean;
}) {
  const t = useT(postsMessages);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const before = value.slice(0, caret);
  const pending = PENDING_MENTION.exec(before);
  const query = pending?.[2] ?? '';
  const suggestions = useMemberAutocomplete(query, spaceId);
  const members: MemberRef[] = query ? (suggestions.data?.items ?? []) : [];

  const choose = (member: MemberRef) => {
    if (!pending) return;
    const start = caret - query.length - 1;
    const mention = `@[${member.name.replace(/[[\]\n]/g, ' ')}](user:${member.id}) `;
    const next = `${value.slice(0, start)}${mention}${value.slice(caret)}`;
    onChange(next);
    const position = start + mention.length;
    setCaret(position);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(position, position);
    });
  };

  return (
    <div>
      <Input
        label={label}
        hintText={hint}
        textArea
        disabled={disabled}
        state={state}
        stateRelatedMessage={stateMessage}
        nativeTextAreaProps={{
          ref: textarea,
          value,
          rows,
          maxLength,
          onChange: (event) => {
            onChange(event.target.value);
            setCaret(event.target.selectionStart ?? event.target.value.length);
          },
          onSelect: (event) => setCaret(event.currentTarget.selectionStart ?? 0),
        }}
      />
      <div aria-live="polite">
        {query && members.length > 0 ? (
          <fieldset className={fr.cx('fr-fieldset', 'fr-mb-2w')}>
            <legend className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{t.mentionSuggestions}</legend>
            <ul className={fr.cx('fr-raw-list')} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
              {members.map((member) => (
                <li key={member.id}>
                  <button
                    type="button"
                    className={fr.cx('fr-btn', 'fr-btn--tertiary', 'fr-btn--sm')}
                    onClick={() => choose(member)}
                  >
                    {`@${member.name}`}
                    <span className={fr.cx('fr-text--xs', 'fr-ml-1v')}>{`(${member.organisation})`}</span>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : query && suggestions.isSuccess ? (
          <p className={fr.cx('fr-text--xs')}>{t.mentionNone}</p>
        ) : null}
      </div>
    </div>
  );
}

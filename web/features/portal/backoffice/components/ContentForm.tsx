// The content form of every kind, laid out by kinds.ts: sections of fields, French and English side by side.
// A new item is created as a draft; an existing one sends only the fields that changed. Required fields are
// checked here to spare a round trip; every other rule is the server's, whose field errors show beside fields.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages } from '../../../../app/components/messages.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { useStepsById } from '../../journey/api/useSteps.ts';
import { useReferences } from '../api/useReferences.ts';
import { type FormValues, sameValue, toContent, toFormValues } from '../formValues.ts';
import { type FieldSpec, formLayouts } from '../kinds.ts';
import { backofficeMessages } from '../messages.ts';
import { type FieldContext, FormField, fieldId } from './FormField.tsx';
import { UnsavedChangesPrompt } from './UnsavedChangesPrompt.tsx';

interface ContentFormProps {
  kind: ContentKind;
  /** The content to start from (the version being edited, or a blank one). */
  initial: Record<string, unknown>;
  /** Creating: the form asks for an optional identifier. */
  isNew: boolean;
  /** Sends the content; resolves when saved, rejects with the API's error. */
  onSave: (content: Record<string, unknown>, id: string) => Promise<unknown>;
  saving: boolean;
  error: unknown;
  onDirtyChange?: (dirty: boolean) => void;
}

const keysOf = (spec: FieldSpec): string[] => (spec.control === 'bilingual' ? [spec.fr, spec.en] : [spec.key]);

/** Client checks: what the form marks as required. */
function missing(spec: FieldSpec, values: FormValues): string[] {
  const blank = (key: string) => {
    const value = values[key];
    if (typeof value === 'string') return value.trim() === '';
    if (Array.isArray(value)) return value.length === 0;
    return value === null || value === undefined;
  };
  switch (spec.control) {
    case 'bilingual':
      return spec.required ? [spec.fr, spec.en].filter(blank) : [];
    case 'text':
    case 'choice':
    case 'provider':
    case 'steps':
      return spec.required && blank(spec.key) ? [spec.key] : [];
    case 'instant':
      return blank(spec.key) ? [spec.key] : [];
    default:
      return [];
  }
}

export function ContentForm({ kind, initial, isNew, onSave, saving, error, onDirtyChange }: ContentFormProps) {
  const t = useT(backofficeMessages);
  const tc = useT(commonMessages);
  const references = useReferences();
  const stepsById = useStepsById();
  const [baseline] = useState(() => toFormValues(kind, initial));
  const [values, setValues] = useState<FormValues>(baseline);
  const [id, setId] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const layout = formLayouts[kind];

  const dirty = !sameValue(values, baseline) || id !== '';
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  // While a save runs, the page may move on (to the item just created) without asking.
  const savingRef = useRef(false);
  const isDirty = useCallback(() => dirtyRef.current && !savingRef.current, []);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const set = (key: string, value: unknown) => {
    setValues((current) => ({ ...current, [key]: value }));
    setClientErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _gone, ...rest } = current;
      return rest;
    });
  };

  const serverErrors = isApiError(error) ? error.fieldErrors : {};
  const conflictOnId = isApiError(error) && error.code === 'ERR_CONFLICT' && 'id' in serverErrors;
  const fieldError = (key: string): string | undefined => {
    if (clientErrors[key]) return clientErrors[key];
    if (serverErrors[key]) return serverErrors[key];
    // `steps.0`, `sources.1.url` belong to their field unless it shows its parts (sources).
    const nested = Object.keys(serverErrors).find((field) => field.startsWith(`${key}.`));
    return nested && key !== 'sources' ? serverErrors[nested] : undefined;
  };
  const ctx: FieldContext = {
    kind,
    values,
    set,
    error: fieldError,
    references: references.data,
    stepsById,
  };

  // After a refused save, the first field in error gets the focus.
  useEffect(() => {
    if (!isApiError(error)) return;
    const fields = Object.keys(error.fieldErrors);
    const first = layout
      .flatMap((section) => section.fields.flatMap(keysOf))
      .find((key) => fields.some((field) => field === key || field.startsWith(`${key}.`)));
    const target = first ?? (fields.includes('id') ? 'id' : undefined);
    if (target) focusField(target);
  }, [error, layout]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const required = Object.fromEntries(
      layout
        .flatMap((section) => section.fields.flatMap((spec) => missing(spec, values)))
        .map((key) => [key, tc.required]),
    );
    setClientErrors(required);
    const first = Object.keys(required)[0];
    if (first) {
      focusField(first);
      return;
    }
    savingRef.current = true;
    try {
      await onSave(toContent(kind, values), id.trim());
    } catch {
      // Shown from `error` by the caller's mutation.
    } finally {
      savingRef.current = false;
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="bo-form-title">
      <UnsavedChangesPrompt dirty={isDirty} />
      <h2 id="bo-form-title" className={fr.cx('fr-h4')}>
        {t.formTitle}
      </h2>
      <ApiErrorAlert error={error} />
      {isNew && (
        <Input
          label={`${t.id} (${tc.optional})`}
          hintText={t.idHint}
          {...fieldState(conflictOnId ? t.conflictId : serverErrors.id)}
          nativeInputProps={{
            id: fieldId('id'),
            maxLength: 100,
            pattern: '[a-z0-9]+(-[a-z0-9]+)*',
            autoComplete: 'off',
            value: id,
            onChange: (e) => setId(e.target.value),
          }}
        />
      )}
      {layout.map((section) => (
        <fieldset key={section.name} className={fr.cx('fr-fieldset', 'fr-mb-4w')}>
          <legend className={fr.cx('fr-fieldset__legend', 'fr-h5', 'fr-mb-2w')}>{t.sections[section.name]}</legend>
          {section.fields.map((spec) => (
            <div key={keysOf(spec).join('-')} className={fr.cx('fr-fieldset__element', 'fr-mb-2w')}>
              <FormField spec={spec} ctx={ctx} />
            </div>
          ))}
        </fieldset>
      ))}
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}>
        <li>
          <Button type="submit" iconId="fr-icon-save-line" disabled={saving}>
            {saving ? t.saving : isNew ? t.create : t.saveDraft}
          </Button>
        </li>
      </ul>
    </form>
  );
}

function focusField(key: string) {
  const element = document.getElementById(fieldId(key));
  // Checkbox groups and pickers are fieldsets: their first control takes the focus.
  const target =
    element instanceof HTMLFieldSetElement || element?.tagName === 'DIV'
      ? element.querySelector<HTMLElement>('input, select, textarea, button')
      : element;
  (target ?? element)?.focus();
}

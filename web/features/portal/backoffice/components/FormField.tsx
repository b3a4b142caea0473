// One control of the content form, chosen by its spec: texts (French and English side by side), single choices
// as selects, multiple choices as checkbox groups, countries as a picker, dates and the sources of a country.
import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { Step } from '../../../../../common/schemas/portal.ts';
import type { BackofficeReferences } from '../../../../../common/schemas/portal-backoffice.ts';
import { commonMessages } from '../../../../app/components/messages.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../../auth/components/fieldState.ts';
import { CountrySelect } from '../../../observatory/registry/components/CountrySelect.tsx';
import type { FormValues } from '../formValues.ts';
import { type FieldSpec, vocabularies } from '../kinds.ts';
import { useFieldLabels } from '../labels.ts';
import { backofficeMessages } from '../messages.ts';
import { CountriesField } from './CountriesField.tsx';
import { SourcesField } from './SourcesField.tsx';

export interface FieldContext {
  kind: ContentKind;
  values: FormValues;
  set: (key: string, value: unknown) => void;
  /** The message to show beside a field, if any (client check or server answer). */
  error: (key: string) => string | undefined;
  references: BackofficeReferences | undefined;
  stepsById: ReadonlyMap<number, Step>;
}

export const fieldId = (key: string) => `bo-field-${key}`;

const text = (values: FormValues, key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
const list = <T,>(values: FormValues, key: string) => (Array.isArray(values[key]) ? (values[key] as T[]) : []);

export function FormField({ spec, ctx }: { spec: FieldSpec; ctx: FieldContext }) {
  const t = useT(backofficeMessages);
  const tc = useT(commonMessages);
  const labels = useFieldLabels(ctx.kind);
  const { values, set, error } = ctx;
  const optional = (label: string, required?: boolean) => (required ? label : `${label} (${tc.optional})`);

  switch (spec.control) {
    case 'bilingual':
      return (
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          {([spec.fr, spec.en] as const).map((key, i) => (
            <div key={key} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <TextInput
                id={fieldId(key)}
                label={optional(labels.label(key), spec.required)}
                hint={labels.hint(key)}
                value={text(values, key)}
                onChange={(value) => set(key, value)}
                error={error(key)}
                required={spec.required}
                long={spec.long}
                maxLength={spec.maxLength}
                lang={i === 0 ? 'fr' : 'en'}
              />
            </div>
          ))}
        </div>
      );
    case 'text':
      return (
        <TextInput
          id={fieldId(spec.key)}
          label={optional(labels.label(spec.key), spec.required)}
          hint={labels.hint(spec.key)}
          value={text(values, spec.key)}
          onChange={(value) => set(spec.key, value)}
          error={error(spec.key)}
          required={spec.required}
          long={spec.long}
          maxLength={spec.maxLength}
          type={spec.type}
        />
      );
    case 'choice':
      return (
        <Select
          label={labels.label(spec.key)}
          {...fieldState(error(spec.key))}
          nativeSelectProps={{
            id: fieldId(spec.key),
            value: text(values, spec.key),
            required: spec.required,
            onChange: (e) => set(spec.key, e.target.value),
          }}
        >
          <option value="" disabled={spec.required}>
            {t.choose}
          </option>
          {vocabularies[spec.vocabulary].map((value) => (
            <option key={value} value={value}>
              {labels.value(spec.vocabulary, value)}
            </option>
          ))}
        </Select>
      );
    case 'provider':
    case 'region': {
      const options =
        spec.control === 'provider'
          ? (ctx.references?.providers ?? []).map((p) => ({ value: p.id, label: p.name }))
          : (ctx.references?.regions ?? []).map((r) => ({ value: r.code, label: r.name }));
      const current = text(values, spec.key);
      const required = spec.control === 'provider' && spec.required;
      return (
        <Select
          label={optional(labels.label(spec.key), required)}
          {...fieldState(error(spec.key))}
          nativeSelectProps={{
            id: fieldId(spec.key),
            value: current,
            required,
            // An optional reference left empty is stored as null.
            onChange: (e) => set(spec.key, e.target.value === '' && !required ? null : e.target.value),
          }}
        >
          <option value="">{required ? t.choose : t.none}</option>
          {current && !options.some((o) => o.value === current) && <option value={current}>{current}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      );
    }
    case 'multi':
    case 'steps':
    case 'regions': {
      const options =
        spec.control === 'multi'
          ? vocabularies[spec.vocabulary].map((value) => ({ value, label: labels.value(spec.vocabulary, value) }))
          : spec.control === 'steps'
            ? [1, 2, 3, 4, 5, 6].map((id) => ({
                value: id,
                label: `${id}. ${ctx.stepsById.get(id)?.name ?? ''}`.trim(),
              }))
            : (ctx.references?.regions ?? []).map((r) => ({ value: r.code, label: r.name }));
      const chosen = list<string | number>(values, spec.key);
      const required = spec.control === 'steps' && spec.required;
      const message = error(spec.key);
      return (
        <Checkbox
          id={fieldId(spec.key)}
          legend={optional(labels.label(spec.key), required)}
          hintText={required ? undefined : t.noneMeansAll}
          orientation="horizontal"
          small
          {...(message ? { state: 'error' as const, stateRelatedMessage: message } : {})}
          options={options.map((option) => ({
            label: option.label,
            nativeInputProps: {
              value: String(option.value),
              checked: chosen.includes(option.value),
              onChange: (e) => {
                const next = e.target.checked
                  ? [...chosen, option.value]
                  : chosen.filter((value) => value !== option.value);
                // Kept in the vocabulary's order, as the public pages list them.
                set(
                  spec.key,
                  options.map((o) => o.value).filter((value) => next.includes(value)),
                );
              },
            },
          }))}
        />
      );
    }
    case 'country':
      return (
        <CountrySelect
          id={fieldId(spec.key)}
          label={optional(labels.label(spec.key), false)}
          value={text(values, spec.key)}
          onChange={(code) => set(spec.key, code === '' ? null : code)}
          emptyLabel={t.none}
          error={error(spec.key)}
        />
      );
    case 'countries':
      return (
        <CountriesField
          id={fieldId(spec.key)}
          legend={optional(labels.label(spec.key), false)}
          value={list<string>(values, spec.key)}
          onChange={(codes) => set(spec.key, codes)}
          error={error(spec.key)}
        />
      );
    case 'instant':
      return (
        <Input
          label={labels.label(spec.key)}
          hintText={t.timesIn(text(values, spec.zoneKey) || 'UTC')}
          {...fieldState(error(spec.key))}
          nativeInputProps={{
            id: fieldId(spec.key),
            type: 'datetime-local',
            required: true,
            value: text(values, spec.key),
            onChange: (e) => set(spec.key, e.target.value),
          }}
        />
      );
    case 'date':
      return (
        <Input
          label={labels.label(spec.key)}
          {...fieldState(error(spec.key))}
          nativeInputProps={{
            id: fieldId(spec.key),
            type: 'date',
            value: text(values, spec.key),
            onChange: (e) => set(spec.key, e.target.value),
          }}
        />
      );
    case 'flag':
      return (
        <Checkbox
          id={fieldId(spec.key)}
          small
          options={[
            {
              label: labels.label(spec.key),
              nativeInputProps: {
                checked: values[spec.key] === true,
                onChange: (e) => set(spec.key, e.target.checked),
              },
            },
          ]}
        />
      );
    case 'sources':
      return <SourcesField id={fieldId(spec.key)} ctx={ctx} fieldKey={spec.key} />;
  }
}

function TextInput({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  required,
  long,
  maxLength,
  lang,
  type,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  required?: boolean | undefined;
  long?: boolean | undefined;
  maxLength: number;
  lang?: 'fr' | 'en';
  type?: 'url' | 'email' | 'tel' | undefined;
}) {
  const common = { id, required, maxLength, lang, value };
  return long ? (
    <Input
      label={label}
      hintText={hint}
      textArea
      {...fieldState(error)}
      nativeTextAreaProps={{ ...common, rows: maxLength > 1000 ? 8 : 3, onChange: (e) => onChange(e.target.value) }}
    />
  ) : (
    <Input
      label={label}
      hintText={hint}
      {...fieldState(error)}
      nativeInputProps={{ ...common, type: type ?? 'text', onChange: (e) => onChange(e.target.value) }}
    />
  );
}

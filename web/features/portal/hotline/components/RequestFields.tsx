// The parts of a support request's form that the portal's public hotline form and a signed-in company's request
// form (network, front office) share: titled groups of fields, the sector and need choices, the contact's details
// and the send button. Each form brings its own words, ids and checks.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type ReactNode, useMemo } from 'react';
import { HOTLINE_NEEDS, hotlineNeedLabels, SECTORS } from '../../../../../common/portal-terms.ts';
import { useLang } from '../../../../app/i18n/lang.ts';
import { compareLabels, useTerms } from '../../components/terms.ts';

const errorState = (error: string | undefined) =>
  error ? ({ state: 'error', stateRelatedMessage: error } as const) : {};

/** A group of fields under a level-2 title, with an optional hint below the title. */
export function RequestFieldset({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className={fr.cx('fr-fieldset')}>
      <legend className={fr.cx('fr-fieldset__legend')}>
        <h2 className={fr.cx('fr-h5', 'fr-mb-0')}>{title}</h2>
        {hint && <span className={fr.cx('fr-hint-text')}>{hint}</span>}
      </legend>
      {children}
    </fieldset>
  );
}

/** The business sector, required, its options sorted for a reader of the interface language. */
export function SectorSelect({
  label,
  placeholder,
  id,
  value,
  onChange,
  error,
}: {
  label: string;
  placeholder: string;
  id?: string;
  value: string;
  onChange: (sector: string) => void;
  error: string | undefined;
}) {
  const lang = useLang();
  const terms = useTerms();
  const options = useMemo(() => {
    const compare = compareLabels(lang);
    return SECTORS.map((sector) => ({ sector, label: terms.sector(sector) })).sort((a, b) => compare(a.label, b.label));
  }, [lang, terms]);
  return (
    <Select
      label={label}
      {...errorState(error)}
      nativeSelectProps={{ id, required: true, value, onChange: (e) => onChange(e.target.value) }}
    >
      <option value="">{placeholder}</option>
      {options.map(({ sector, label }) => (
        <option key={sector} value={sector}>
          {label}
        </option>
      ))}
    </Select>
  );
}

/** The main need, one of the hotline's needs. */
export function NeedRadios({
  legend,
  id,
  value,
  onChange,
  error,
}: {
  legend: string;
  id?: string;
  value: string;
  onChange: (need: string) => void;
  error: string | undefined;
}) {
  const lang = useLang();
  return (
    <RadioButtons
      id={id}
      name="need"
      legend={legend}
      {...errorState(error)}
      options={HOTLINE_NEEDS.map((need) => ({
        label: hotlineNeedLabels[need][lang],
        nativeInputProps: { value: need, checked: value === need, onChange: () => onChange(need) },
      }))}
    />
  );
}

type ContactField = 'contactName' | 'email' | 'phone';

/**
 * Who to answer: name, e-mail address and phone, each an element of the enclosing fieldset. The public form
 * requires the name and the address; a signed-in company's form leaves them to default from the account.
 */
export function ContactFields({
  values,
  onChange,
  errorOf,
  labels,
  hints = {},
  ids = {},
  required = false,
}: {
  values: Record<ContactField, string>;
  onChange: (field: ContactField, value: string) => void;
  errorOf: (field: ContactField) => string | undefined;
  labels: Record<ContactField, string>;
  hints?: Partial<Record<ContactField, string>>;
  ids?: Partial<Record<ContactField, string>>;
  required?: boolean;
}) {
  return (
    <>
      <div className={fr.cx('fr-fieldset__element')}>
        <Input
          label={labels.contactName}
          hintText={hints.contactName}
          {...errorState(errorOf('contactName'))}
          nativeInputProps={{
            id: ids.contactName,
            autoComplete: 'name',
            required,
            value: values.contactName,
            onChange: (e) => onChange('contactName', e.target.value),
          }}
        />
      </div>
      <div className={fr.cx('fr-fieldset__element')}>
        <Input
          label={labels.email}
          hintText={hints.email}
          {...errorState(errorOf('email'))}
          nativeInputProps={{
            id: ids.email,
            type: 'email',
            autoComplete: 'email',
            spellCheck: false,
            required,
            value: values.email,
            onChange: (e) => onChange('email', e.target.value),
          }}
        />
      </div>
      <div className={fr.cx('fr-fieldset__element')}>
        <Input
          label={labels.phone}
          hintText={hints.phone}
          {...errorState(errorOf('phone'))}
          nativeInputProps={{
            id: ids.phone,
            type: 'tel',
            autoComplete: 'tel',
            value: values.phone,
            onChange: (e) => onChange('phone', e.target.value),
          }}
        />
      </div>
    </>
  );
}

/** Sends the form; disabled and relabelled while the request is on its way. */
export function SendButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <Button type="submit" disabled={pending} iconId="fr-icon-send-plane-line" iconPosition="right">
      {pending ? pendingLabel : label}
    </Button>
  );
}

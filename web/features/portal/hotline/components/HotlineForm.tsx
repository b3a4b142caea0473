// The hotline form: company, project and contact details, the privacy notice and consent, and a honeypot hidden
// from people and assistive technologies. Errors (the form's own checks, then the server's) are shown beside
// each field and listed in a summary that takes focus.
import { fr } from '@codegouvfr/react-dsfr';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { STEP_IDS } from '../../../../../common/portal-terms.ts';
import type { HotlineRequestBody } from '../../../../../common/schemas/portal-hotline.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { compareLabels } from '../../components/terms.ts';
import { useRegions } from '../../directories/api/useRegions.ts';
import { useSteps } from '../../journey/api/useSteps.ts';
import type { useSendHotlineRequest } from '../api/useSendHotlineRequest.ts';
import { hotlineMessages } from '../messages.ts';
import {
  fieldOrder,
  type HotlineField,
  type HotlineForm as HotlineFormValues,
  limits,
  sirenDigits,
  validate,
} from '../validation.ts';
import { CountryPicker } from './CountryPicker.tsx';
import { ErrorSummary, type SummaryItem } from './ErrorSummary.tsx';
import { ContactFields, NeedRadios, RequestFieldset, SectorSelect, SendButton } from './RequestFields.tsx';

type Send = ReturnType<typeof useSendHotlineRequest>;

const knownFields = new Set<string>(fieldOrder.map((f) => f.field));

/** The server's field messages by form field (`countries.0` is about `countries`). */
function serverFieldErrors(error: unknown): Partial<Record<HotlineField, string>> {
  const errors: Partial<Record<HotlineField, string>> = {};
  if (!isApiError(error)) return errors;
  for (const [key, message] of Object.entries(error.fieldErrors)) {
    const field = key.split('.')[0] ?? key;
    if (knownFields.has(field)) errors[field as HotlineField] ??= message;
  }
  return errors;
}

export function toRequestBody(form: HotlineFormValues): HotlineRequestBody {
  const siren = sirenDigits(form.siren);
  const phone = form.phone.trim();
  return {
    companyName: form.companyName.trim(),
    ...(siren ? { siren } : {}),
    ...(form.region ? { region: form.region } : {}),
    countries: form.countries,
    sector: form.sector as HotlineRequestBody['sector'],
    ...(form.step ? { step: Number(form.step) } : {}),
    need: form.need as HotlineRequestBody['need'],
    message: form.message.trim(),
    contactName: form.contactName.trim(),
    email: form.email.trim(),
    ...(phone ? { phone } : {}),
    consent: form.consent,
    website: form.website,
  };
}

export function HotlineForm({
  form,
  onChange,
  send,
}: {
  form: HotlineFormValues;
  onChange: (form: HotlineFormValues) => void;
  send: Send;
}) {
  const t = useT(hotlineMessages);
  const lang = useLang();
  const regions = useRegions();
  const steps = useSteps();
  const [submitted, setSubmitted] = useState(false);
  // Fields changed since the last answer: the server's message about them no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<HotlineField>>(new Set());
  const [focusRequest, setFocusRequest] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const clientErrors = validate(form, t);
  const serverErrors = serverFieldErrors(send.error);
  const errorOf = (field: HotlineField): string | undefined => {
    if (!submitted) return undefined;
    return clientErrors[field] ?? (edited.has(field) ? undefined : serverErrors[field]);
  };
  const labels: Record<HotlineField, string> = {
    companyName: t.companyName,
    siren: t.siren,
    region: t.region,
    sector: t.sector,
    countries: t.countries,
    step: t.step,
    need: t.need,
    message: t.message,
    contactName: t.contactName,
    email: t.email,
    phone: t.phone,
    consent: t.privacyTitle,
  };
  const summary: SummaryItem[] = fieldOrder.flatMap(({ field, id }) => {
    const message = errorOf(field);
    return message ? [{ id, label: labels[field], message }] : [];
  });
  const generalError = send.error && Object.keys(serverErrors).length === 0 ? send.error : null;

  // After a refused submission, move focus to the summary (or to the general error) once it is on screen.
  useEffect(() => {
    if (focusRequest === 0) return;
    const target = summaryRef.current ?? alertRef.current;
    target?.focus();
    target?.scrollIntoView({ block: 'start' });
  }, [focusRequest]);

  const set = <K extends keyof HotlineFormValues>(field: K, value: HotlineFormValues[K]) => {
    onChange({ ...form, [field]: value });
    if (field !== 'website') setEdited((previous) => new Set(previous).add(field as HotlineField));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    setSubmitted(true);
    setEdited(new Set());
    if (Object.keys(clientErrors).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    send.mutate(toRequestBody(form), { onError: () => setFocusRequest((n) => n + 1) });
  };

  const regionOptions = useMemo(() => {
    const compare = compareLabels(lang);
    return [...(regions.data?.items ?? [])].sort((a, b) => compare(a.name, b.name));
  }, [regions.data, lang]);
  const stepOptions =
    steps.data?.items.map((s) => ({ id: s.id, label: t.stepOption(s.id, s.name) })) ??
    STEP_IDS.map((id) => ({ id, label: String(id) }));

  const state = (field: HotlineField) => {
    const message = errorOf(field);
    return message
      ? ({ state: 'error', stateRelatedMessage: message } as const)
      : ({ state: 'default', stateRelatedMessage: undefined } as const);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="hotline-required-note">
      {summary.length > 0 && <ErrorSummary ref={summaryRef} items={summary} />}
      {generalError && summary.length === 0 && (
        <div ref={alertRef} tabIndex={-1}>
          <ApiErrorAlert error={generalError} />
        </div>
      )}
      <p id="hotline-required-note" className={fr.cx('fr-text--sm')}>
        {t.requiredNote}
      </p>

      <RequestFieldset title={t.company}>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label={t.companyName}
            {...state('companyName')}
            nativeInputProps={{
              id: 'hotline-company-name',
              autoComplete: 'organization',
              required: true,
              value: form.companyName,
              onChange: (e) => set('companyName', e.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label={`${t.siren} (${t.optional})`}
            hintText={t.sirenHint}
            {...state('siren')}
            nativeInputProps={{
              id: 'hotline-siren',
              inputMode: 'numeric',
              autoComplete: 'off',
              maxLength: 20,
              value: form.siren,
              onChange: (e) => set('siren', e.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Select
            label={`${t.region} (${t.optional})`}
            {...(regions.isError ? { hint: t.regionsUnavailable } : {})}
            {...state('region')}
            nativeSelectProps={{
              id: 'hotline-region',
              value: form.region,
              onChange: (e) => set('region', e.target.value),
            }}
          >
            <option value="">{t.regionNone}</option>
            {regionOptions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <SectorSelect
            label={t.sector}
            placeholder={t.chooseOption}
            id="hotline-sector"
            value={form.sector}
            onChange={(sector) => set('sector', sector)}
            error={errorOf('sector')}
          />
        </div>
      </RequestFieldset>

      <RequestFieldset title={t.project}>
        <div className={fr.cx('fr-fieldset__element')}>
          <CountryPicker
            value={form.countries}
            onChange={(countries) => set('countries', countries)}
            error={errorOf('countries')}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Select
            label={`${t.step} (${t.optional})`}
            hint={t.stepHint}
            {...state('step')}
            nativeSelectProps={{
              id: 'hotline-step',
              value: form.step,
              onChange: (e) => set('step', e.target.value),
            }}
          >
            <option value="">{t.stepNone}</option>
            {stepOptions.map((step) => (
              <option key={step.id} value={String(step.id)}>
                {step.label}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <NeedRadios
            legend={t.need}
            id="hotline-need"
            value={form.need}
            onChange={(need) => set('need', need)}
            error={errorOf('need')}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            textArea
            label={t.message}
            hintText={t.messageHint}
            {...state('message')}
            nativeTextAreaProps={{
              id: 'hotline-message',
              required: true,
              rows: 8,
              value: form.message,
              'aria-describedby': 'hotline-message-count',
              onChange: (e) => set('message', e.target.value),
            }}
          />
          <p id="hotline-message-count" className={fr.cx('fr-hint-text', 'fr-mt-n2w')}>
            {t.messageCount(form.message.trim().length, limits.message)}
          </p>
        </div>
      </RequestFieldset>

      <RequestFieldset title={t.contact}>
        <ContactFields
          values={form}
          onChange={set}
          errorOf={errorOf}
          labels={{ contactName: t.contactName, email: t.email, phone: `${t.phone} (${t.optional})` }}
          hints={{ email: t.emailHint, phone: t.phoneHint }}
          ids={{ contactName: 'hotline-contact-name', email: 'hotline-email', phone: 'hotline-phone' }}
          required
        />
      </RequestFieldset>

      {/* The honeypot: out of sight, out of the tab order and hidden from assistive technologies. */}
      <div
        aria-hidden="true"
        style={{ position: 'absolute', left: '-10000px', width: 1, height: 1, overflow: 'hidden' }}
      >
        <label htmlFor="hotline-website">{t.honeypot}</label>
        <input
          id="hotline-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={form.website}
          onChange={(e) => set('website', e.target.value)}
        />
      </div>

      <section aria-labelledby="hotline-privacy-title" className={fr.cx('fr-mb-3w')}>
        <h2 id="hotline-privacy-title" className={fr.cx('fr-h5')}>
          {t.privacyTitle}
        </h2>
        <ul className={fr.cx('fr-text--sm')}>
          {t.privacy.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <Checkbox
          id="hotline-consent"
          {...state('consent')}
          options={[
            {
              label: t.consent,
              nativeInputProps: {
                name: 'consent',
                required: true,
                checked: form.consent,
                onChange: (e) => set('consent', e.target.checked),
              },
            },
          ]}
        />
      </section>

      <SendButton pending={send.isPending} label={t.submit} pendingLabel={t.sending} />
      <p className={fr.cx('fr-sr-only')} role="status">
        {send.isPending ? t.sending : ''}
      </p>
    </form>
  );
}

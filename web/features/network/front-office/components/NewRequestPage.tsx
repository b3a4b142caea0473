// Filing a request as a signed-in company member: the project (countries, sector, need, message, optional amount)
// and contact details that default from the account. Visitors are pointed to the portal's export hotline.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { HOTLINE_NEEDS, type HotlineNeed, hotlineNeedLabels, SECTORS } from '../../../../../common/portal-terms.ts';
import type { FrontOfficeRequestBody } from '../../../../../common/schemas/network-front-office.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { compareLabels, useTerms } from '../../../portal/components/terms.ts';
import { CountryPicker } from '../../../portal/hotline/components/CountryPicker.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useFileRequest } from '../api/useFileRequest.ts';
import { frontOfficeMessages } from '../messages.ts';
import { requestPath } from './RequestsPage.tsx';

export function NewRequestPage() {
  const t = useT(frontOfficeMessages);
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (!session.user) return <VisitorNotice />;
  return (
    <NetworkFrame title={t.newTitle} lead={t.newLead}>
      {session.user.audience === 'company' ? (
        <NewRequestForm organisation={session.user.organisation.name} />
      ) : (
        <>
          <Alert severity="info" small description={t.companiesOnly} className={fr.cx('fr-mb-3w')} />
          <HotlineLink />
        </>
      )}
    </NetworkFrame>
  );
}

function HotlineLink() {
  const t = useT(frontOfficeMessages);
  return (
    <p>
      {t.visitorsText}{' '}
      <Link to={paths.portalHotline} className={fr.cx('fr-link')}>
        {t.visitorsLink}
      </Link>
    </p>
  );
}

function VisitorNotice() {
  const t = useT(frontOfficeMessages);
  usePageTitle(t.newTitle);
  return (
    <div className={fr.cx('fr-container', 'fr-py-4w')}>
      <h1>{t.newTitle}</h1>
      <h2 className={fr.cx('fr-h4')}>{t.visitorsTitle}</h2>
      <HotlineLink />
      <p>
        <Link to={`${paths.signIn}?retour=${encodeURIComponent(paths.networkRequestNew)}`} className={fr.cx('fr-link')}>
          {t.signIn}
        </Link>
      </p>
    </div>
  );
}

interface FormValues {
  companyName: string;
  countries: string[];
  sector: string;
  need: string;
  message: string;
  amount: string;
  contactName: string;
  email: string;
  phone: string;
  consent: boolean;
}

const empty: FormValues = {
  companyName: '',
  countries: [],
  sector: '',
  need: '',
  message: '',
  amount: '',
  contactName: '',
  email: '',
  phone: '',
  consent: false,
};

type Field = keyof FormValues;

function validate(form: FormValues, t: (typeof frontOfficeMessages)['fr']): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (form.countries.length === 0) errors.countries = t.countriesRequired;
  if (!form.sector) errors.sector = t.sectorRequired;
  if (!form.need) errors.need = t.needRequired;
  if (!form.message.trim()) errors.message = t.messageRequired;
  if (form.amount.trim() && !/^[0-9]{1,13}$/.test(form.amount.trim())) errors.amount = t.amountInvalid;
  if (!form.consent) errors.consent = t.consentRequired;
  return errors;
}

function toBody(form: FormValues): FrontOfficeRequestBody {
  const optional = (key: 'companyName' | 'contactName' | 'email' | 'phone') =>
    form[key].trim() ? { [key]: form[key].trim() } : {};
  return {
    ...optional('companyName'),
    countries: form.countries,
    sector: form.sector as FrontOfficeRequestBody['sector'],
    need: form.need as HotlineNeed,
    message: form.message.trim(),
    ...(form.amount.trim() ? { amountEur: Number(form.amount.trim()) } : {}),
    ...optional('contactName'),
    ...optional('email'),
    ...optional('phone'),
    consent: form.consent,
  };
}

/** The server's message about a field (its own checks name `countries`, the schema's `body.countries`). */
function serverError(error: unknown, field: Field): string | undefined {
  if (!isApiError(error)) return undefined;
  const name = field === 'amount' ? 'amountEur' : field;
  return error.fieldErrors[name] ?? error.fieldErrors[`body.${name}`];
}

function NewRequestForm({ organisation }: { organisation: string }) {
  const t = useT(frontOfficeMessages);
  const lang = useLang();
  const terms = useTerms();
  const send = useFileRequest();
  const [form, setForm] = useState<FormValues>(empty);
  const [submitted, setSubmitted] = useState(false);
  const errors = validate(form, t);
  const errorOf = (field: Field) => (submitted ? (errors[field] ?? serverError(send.error, field)) : undefined);
  const state = (field: Field) => {
    const message = errorOf(field);
    return message ? ({ state: 'error', stateRelatedMessage: message } as const) : {};
  };
  const set = <K extends Field>(field: K, value: FormValues[K]) => setForm({ ...form, [field]: value });
  const sectors = useMemo(() => {
    const compare = compareLabels(lang);
    return SECTORS.map((s) => ({ s, label: terms.sector(s) })).sort((a, b) => compare(a.label, b.label));
  }, [lang, terms]);

  if (send.data) {
    return (
      <Alert
        severity="success"
        title={t.sentTitle}
        description={
          <>
            {t.sentText(send.data.reference, send.data.email)}{' '}
            <Link to={requestPath(send.data.id)}>{t.seeRequest}</Link>
          </>
        }
      />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || send.isPending) return;
    send.mutate(toBody(form));
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ApiErrorAlert error={send.error} />
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>
          <h2 className={fr.cx('fr-h5', 'fr-mb-0')}>{t.project}</h2>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <CountryPicker
            value={form.countries}
            onChange={(countries) => set('countries', countries)}
            error={errorOf('countries')}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Select
            label={t.fields.sector}
            {...state('sector')}
            nativeSelectProps={{ required: true, value: form.sector, onChange: (e) => set('sector', e.target.value) }}
          >
            <option value="">{t.choose}</option>
            {sectors.map(({ s, label }) => (
              <option key={s} value={s}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <RadioButtons
            name="need"
            legend={t.fields.need}
            {...state('need')}
            options={HOTLINE_NEEDS.map((need) => ({
              label: hotlineNeedLabels[need][lang],
              nativeInputProps: { value: need, checked: form.need === need, onChange: () => set('need', need) },
            }))}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            textArea
            label={t.fields.message}
            {...state('message')}
            nativeTextAreaProps={{
              rows: 8,
              required: true,
              maxLength: 5000,
              value: form.message,
              onChange: (e) => set('message', e.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label={t.amount}
            hintText={t.amountHint}
            {...state('amount')}
            nativeInputProps={{
              inputMode: 'numeric',
              value: form.amount,
              onChange: (e) => set('amount', e.target.value),
            }}
          />
        </div>
      </fieldset>
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend')}>
          <h2 className={fr.cx('fr-h5', 'fr-mb-0')}>{t.contactSection}</h2>
          <span className={fr.cx('fr-hint-text')}>{t.contactHint}</span>
        </legend>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label={`${t.fields.companyName} (${t.optional})`}
            hintText={t.companyDefault(organisation)}
            {...state('companyName')}
            nativeInputProps={{
              autoComplete: 'organization',
              value: form.companyName,
              onChange: (e) => set('companyName', e.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label={`${t.fields.contactName} (${t.optional})`}
            {...state('contactName')}
            nativeInputProps={{
              autoComplete: 'name',
              value: form.contactName,
              onChange: (e) => set('contactName', e.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label={`${t.fields.email} (${t.optional})`}
            {...state('email')}
            nativeInputProps={{
              type: 'email',
              autoComplete: 'email',
              value: form.email,
              onChange: (e) => set('email', e.target.value),
            }}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <Input
            label={`${t.fields.phone} (${t.optional})`}
            {...state('phone')}
            nativeInputProps={{
              type: 'tel',
              autoComplete: 'tel',
              value: form.phone,
              onChange: (e) => set('phone', e.target.value),
            }}
          />
        </div>
      </fieldset>
      <Checkbox
        {...state('consent')}
        options={[
          {
            label: t.consent,
            nativeInputProps: { checked: form.consent, onChange: (e) => set('consent', e.target.checked) },
          },
        ]}
      />
      <Button type="submit" disabled={send.isPending} iconId="fr-icon-send-plane-line" iconPosition="right">
        {send.isPending ? t.sending : t.submit}
      </Button>
    </form>
  );
}

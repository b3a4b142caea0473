// Filing a request as a signed-in company member: the project (countries, sector, need, message, optional amount)
// and contact details that default from the account. Visitors are pointed to the portal's export hotline.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { HotlineNeed } from '../../../../../common/portal-terms.ts';
import type { FrontOfficeRequestBody } from '../../../../../common/schemas/network-front-office.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { CountryPicker } from '../../../portal/hotline/components/CountryPicker.tsx';
import {
  ContactFields,
  NeedRadios,
  RequestFieldset,
  SectorSelect,
  SendButton,
} from '../../../portal/hotline/components/RequestFields.tsx';
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
      <RequestFieldset title={t.project}>
        <div className={fr.cx('fr-fieldset__element')}>
          <CountryPicker
            value={form.countries}
            onChange={(countries) => set('countries', countries)}
            error={errorOf('countries')}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <SectorSelect
            label={t.fields.sector}
            placeholder={t.choose}
            value={form.sector}
            onChange={(sector) => set('sector', sector)}
            error={errorOf('sector')}
          />
        </div>
        <div className={fr.cx('fr-fieldset__element')}>
          <NeedRadios
            legend={t.fields.need}
            value={form.need}
            onChange={(need) => set('need', need)}
            error={errorOf('need')}
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
      </RequestFieldset>
      <RequestFieldset title={t.contactSection} hint={t.contactHint}>
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
        <ContactFields
          values={form}
          onChange={set}
          errorOf={errorOf}
          labels={{
            contactName: `${t.fields.contactName} (${t.optional})`,
            email: `${t.fields.email} (${t.optional})`,
            phone: `${t.fields.phone} (${t.optional})`,
          }}
        />
      </RequestFieldset>
      <Checkbox
        {...state('consent')}
        options={[
          {
            label: t.consent,
            nativeInputProps: { checked: form.consent, onChange: (e) => set('consent', e.target.checked) },
          },
        ]}
      />
      <SendButton pending={send.isPending} label={t.submit} pendingLabel={t.sending} />
    </form>
  );
}

// The export hotline page (/portail-export/ligne-directe): the form, then the confirmation with the request's
// reference; a signed-in member sees their form prefilled and their previous requests.
import { fr } from '@codegouvfr/react-dsfr';
import { useEffect, useState } from 'react';
import { useT } from '../../../../app/i18n/lang.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { useSendHotlineRequest } from '../api/useSendHotlineRequest.ts';
import { hotlineMessages } from '../messages.ts';
import type { HotlineForm as HotlineFormValues } from '../validation.ts';
import { HotlineForm } from './HotlineForm.tsx';
import { HotlineSent } from './HotlineSent.tsx';
import { MyRequests } from './MyRequests.tsx';

const emptyForm: HotlineFormValues = {
  companyName: '',
  siren: '',
  region: '',
  sector: '',
  countries: [],
  step: '',
  need: '',
  message: '',
  contactName: '',
  email: '',
  phone: '',
  consent: false,
  website: '',
};

export function HotlinePage() {
  const t = useT(hotlineMessages);
  const session = useSession();
  const send = useSendHotlineRequest();
  const [form, setForm] = useState<HotlineFormValues>(emptyForm);
  const user = session.ready ? session.user : null;

  // A signed-in member starts with their company, name and address filled in (still editable).
  useEffect(() => {
    if (!user) return;
    setForm((current) => ({
      ...current,
      companyName: current.companyName || user.organisation.name,
      contactName: current.contactName || user.name,
      email: current.email || user.email,
    }));
  }, [user]);

  const created = send.data;
  const another = () => {
    // Keep who is asking; start a new question.
    setForm((current) => ({
      ...emptyForm,
      companyName: current.companyName,
      siren: current.siren,
      region: current.region,
      sector: current.sector,
      contactName: current.contactName,
      email: current.email,
      phone: current.phone,
    }));
    send.reset();
  };

  return (
    <>
      <PortalPageHeader
        title={t.title}
        documentTitle={created ? `${t.sentTitle} (${created.reference}) – ${t.title}` : t.title}
        lead={created ? undefined : t.lead}
      />
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
          {created ? (
            <HotlineSent created={created} onAnother={another} />
          ) : (
            <HotlineForm form={form} onChange={setForm} send={send} />
          )}
          {user && <MyRequests />}
        </div>
      </div>
    </>
  );
}

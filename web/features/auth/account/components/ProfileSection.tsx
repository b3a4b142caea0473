// Who the account is (name, address, organisation, audience and roles in words) and the editable details.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useState } from 'react';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { commonMessages } from '../../../../app/components/messages.ts';
import { formatDate, type Lang, setLang, supportedLangs, useLang, useT } from '../../../../app/i18n/lang.ts';
import { fieldState } from '../../components/fieldState.ts';
import { authMessages } from '../../components/messages.ts';
import type { CurrentUser } from '../../types.ts';
import { useUpdateProfile } from '../api/useUpdateProfile.ts';
import { accountMessages } from '../messages.ts';

export function ProfileSection({ user }: { user: CurrentUser }) {
  const t = useT(accountMessages);
  const ta = useT(authMessages);
  const tc = useT(commonMessages);
  const lang = useLang();
  const update = useUpdateProfile();
  const [name, setName] = useState(user.name);
  const [preferredLang, setPreferredLang] = useState<Lang>(user.lang);
  const [submitted, setSubmitted] = useState(false);
  const nameError = !name.trim() ? tc.required : fieldError(update.error, 'name');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (nameError) {
      document.getElementById('profile-name')?.focus();
      return;
    }
    update.mutate({ name: name.trim(), lang: preferredLang }, { onSuccess: (me) => me.user && setLang(me.user.lang) });
  };

  const roles = user.roles.length > 0 ? user.roles.map((role) => ta.roles[role] ?? role).join(', ') : t.noRole;
  return (
    <section aria-labelledby="account-profile" className={fr.cx('fr-mb-6w')}>
      <h2 id="account-profile">{t.profileTitle}</h2>
      <dl className={fr.cx('fr-mb-4w')} data-testid="account-profile">
        <div className={fr.cx('fr-mb-1w')}>
          <dt className={fr.cx('fr-text--bold')}>{ta.name}</dt>
          <dd className={fr.cx('fr-ml-0')}>{user.name}</dd>
        </div>
        <div className={fr.cx('fr-mb-1w')}>
          <dt className={fr.cx('fr-text--bold')}>{t.email}</dt>
          <dd className={fr.cx('fr-ml-0')}>{user.email}</dd>
        </div>
        <div className={fr.cx('fr-mb-1w')}>
          <dt className={fr.cx('fr-text--bold')}>{t.organisation}</dt>
          <dd className={fr.cx('fr-ml-0')}>
            {user.organisation.name} ({ta.organisationKinds[user.organisation.kind] ?? user.organisation.kind})
          </dd>
        </div>
        <div className={fr.cx('fr-mb-1w')}>
          <dt className={fr.cx('fr-text--bold')}>{t.audience}</dt>
          <dd className={fr.cx('fr-ml-0')}>{ta.audience[user.audience] ?? user.audience}</dd>
        </div>
        <div className={fr.cx('fr-mb-1w')}>
          <dt className={fr.cx('fr-text--bold')}>{t.roles}</dt>
          <dd className={fr.cx('fr-ml-0')}>{roles}</dd>
        </div>
        {user.partnerExpiresAt && (
          <div className={fr.cx('fr-mb-1w')}>
            <dt className={fr.cx('fr-text--bold')}>{t.partnerUntil}</dt>
            <dd className={fr.cx('fr-ml-0')}>{formatDate(user.partnerExpiresAt, lang)}</dd>
          </div>
        )}
      </dl>
      <h3 className={fr.cx('fr-h5')}>{t.editTitle}</h3>
      {update.isSuccess && (
        <Alert className={fr.cx('fr-mb-3w')} severity="success" small description={t.saved} role="status" />
      )}
      <ApiErrorAlert error={update.error} />
      <form onSubmit={onSubmit} noValidate className={fr.cx('fr-col-md-8', 'fr-px-0')}>
        <Input
          label={ta.name}
          {...fieldState(submitted ? nameError : undefined)}
          nativeInputProps={{
            id: 'profile-name',
            autoComplete: 'name',
            required: true,
            value: name,
            onChange: (e) => setName(e.target.value),
          }}
        />
        <Select
          label={t.language}
          hint={t.languageHint}
          nativeSelectProps={{
            id: 'profile-lang',
            value: preferredLang,
            onChange: (e) => setPreferredLang(e.target.value === 'en' ? 'en' : 'fr'),
          }}
        >
          {supportedLangs.map((code) => (
            <option key={code} value={code} lang={code}>
              {ta.languages[code]}
            </option>
          ))}
        </Select>
        <Button type="submit" disabled={update.isPending}>
          {t.save}
        </Button>
      </form>
    </section>
  );
}

// /reseau/mon-profil: edit your own profile (post, country, sectors, expertise, languages, bio, public or not),
// beside a preview of what other members see (the saved profile, as the server presents it).
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { PROFILE_LANGUAGES, type ProfileLanguage, SECTORS, type Sector } from '../../../../../common/network-terms.ts';
import { type MemberProfile, PROFILE_LIMITS } from '../../../../../common/schemas/network-members.ts';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useProfile } from '../api/useProfile.ts';
import { useSaveProfile } from '../api/useSaveProfile.ts';
import { membersMessages } from '../messages.ts';
import { memberUrl } from './MemberCard.tsx';
import { MemberFacts } from './MemberPage.tsx';
import { useMemberTerms } from './memberTerms.ts';

export function ProfilePage() {
  const t = useT(membersMessages);
  const profile = useProfile();
  return (
    <NetworkFrame title={t.profileTitle} lead={t.profileLead}>
      {profile.error ? (
        <ApiErrorAlert error={profile.error} />
      ) : !profile.data ? (
        <Loading />
      ) : (
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-7')}>
            <ProfileForm profile={profile.data} />
          </div>
          <section aria-labelledby="profile-preview" className={fr.cx('fr-col-12', 'fr-col-md-5')}>
            <div className={fr.cx('fr-p-3w')} style={{ border: '1px solid var(--border-default-grey)' }}>
              <h2 id="profile-preview" className={fr.cx('fr-h5')}>
                {t.previewTitle}
              </h2>
              <p className={fr.cx('fr-text--bold', 'fr-mb-1w')}>{profile.data.name}</p>
              <MemberFacts member={profile.data} headingLevel="h3" />
              <p className={fr.cx('fr-hint-text')}>{t.previewNote}</p>
              <Link to={memberUrl(profile.data.id)}>{t.viewPage}</Link>
            </div>
          </section>
        </div>
      )}
    </NetworkFrame>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function ProfileForm({ profile }: { profile: MemberProfile }) {
  const t = useT(membersMessages);
  const terms = useMemberTerms();
  const save = useSaveProfile();
  const [title, setTitle] = useState(profile.title);
  const [country, setCountry] = useState(profile.country ?? '');
  const [sectors, setSectors] = useState<Sector[]>(profile.sectors);
  const [expertise, setExpertise] = useState(profile.expertise.join('\n'));
  const [languages, setLanguages] = useState<ProfileLanguage[]>(profile.languages);
  const [bio, setBio] = useState(profile.bio);
  const [publicProfile, setPublicProfile] = useState(profile.publicProfile);
  const tags = lines(expertise);
  const expertiseProblem =
    tags.length > PROFILE_LIMITS.expertiseItems
      ? t.tooManyTags
      : tags.some((tag) => tag.length > PROFILE_LIMITS.expertiseLength)
        ? t.tagTooLong
        : undefined;
  const serverExpertise = isApiError(save.error)
    ? Object.entries(save.error.fieldErrors).find(([field]) => field.startsWith('expertise'))?.[1]
    : undefined;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (expertiseProblem) {
      document.getElementById('profile-expertise')?.focus();
      return;
    }
    save.mutate({ title, country: country || null, sectors, expertise: tags, languages, bio, publicProfile });
  };
  const state = (message: string | undefined) =>
    message ? { state: 'error' as const, stateRelatedMessage: message } : {};

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-form">
      <h2 id="profile-form" className={fr.cx('fr-h4')}>
        {t.formTitle}
      </h2>
      <div aria-live="polite">
        {save.isSuccess && <Alert severity="success" small description={t.saved} className={fr.cx('fr-mb-3w')} />}
      </div>
      <ApiErrorAlert error={save.error} />
      <Input
        label={t.title}
        hintText={t.titleHint}
        {...state(fieldError(save.error, 'title'))}
        nativeInputProps={{
          id: 'profile-title',
          value: title,
          maxLength: PROFILE_LIMITS.title,
          autoComplete: 'organization-title',
          onChange: (e) => setTitle(e.target.value),
        }}
      />
      <Select
        label={t.posted}
        hint={t.countryHint}
        nativeSelectProps={{ id: 'profile-country', value: country, onChange: (e) => setCountry(e.target.value) }}
      >
        <option value="">{t.noCountry}</option>
        {terms.countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </Select>
      <Checkbox
        legend={t.sectors}
        small
        options={SECTORS.map((sector) => ({
          label: terms.sector(sector),
          nativeInputProps: {
            value: sector,
            checked: sectors.includes(sector),
            onChange: (e) => setSectors(e.target.checked ? [...sectors, sector] : sectors.filter((s) => s !== sector)),
          },
        }))}
      />
      <Input
        label={t.expertise}
        hintText={t.expertiseHint}
        textArea
        {...state(expertiseProblem ?? serverExpertise)}
        nativeTextAreaProps={{
          id: 'profile-expertise',
          rows: 4,
          value: expertise,
          onChange: (e) => setExpertise(e.target.value),
        }}
      />
      <Checkbox
        legend={t.languages}
        small
        orientation="horizontal"
        options={PROFILE_LANGUAGES.map((language) => ({
          label: terms.language(language),
          nativeInputProps: {
            value: language,
            checked: languages.includes(language),
            onChange: (e) =>
              setLanguages(e.target.checked ? [...languages, language] : languages.filter((l) => l !== language)),
          },
        }))}
      />
      <Input
        label={t.bio}
        hintText={t.bioHint}
        textArea
        {...state(fieldError(save.error, 'bio'))}
        nativeTextAreaProps={{
          id: 'profile-bio',
          rows: 6,
          maxLength: PROFILE_LIMITS.bio,
          value: bio,
          onChange: (e) => setBio(e.target.value),
        }}
      />
      <ToggleSwitch
        className={fr.cx('fr-mb-3w')}
        label={t.publicLabel}
        helperText={t.publicHint}
        checked={publicProfile}
        onChange={setPublicProfile}
      />
      <Button type="submit" iconId="fr-icon-save-line" disabled={save.isPending}>
        {t.save}
      </Button>
    </form>
  );
}

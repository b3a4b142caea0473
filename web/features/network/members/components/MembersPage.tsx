// /reseau/annuaire: the directory. Search and filters kept in the URL, result cards with badges, pages. Outsiders
// get no "agents" filter (the agent directory is for agents) and a word on what they see.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SECTORS, type Sector } from '../../../../../common/network-terms.ts';
import type { MemberListQuery } from '../../../../../common/schemas/network-members.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useMembers } from '../api/useMembers.ts';
import { membersMessages } from '../messages.ts';
import { MemberCard } from './MemberCard.tsx';
import { useMemberTerms } from './memberTerms.ts';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Audience = NonNullable<MemberListQuery['audience']>;

function pageOf(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export function MembersPage() {
  const t = useT(membersMessages);
  const { me } = useSession();
  const isAgent = me?.abilities.agent === true;
  return (
    <NetworkFrame title={t.directoryTitle} lead={isAgent ? t.directoryLeadAgent : t.directoryLeadOutsider}>
      <p>
        <Link className={fr.cx('fr-link', 'fr-icon-user-line', 'fr-link--icon-left')} to={paths.networkProfile}>
          {t.myProfile}
        </Link>
      </p>
      <Directory isAgent={isAgent} />
      {me?.abilities.invite && (
        <section aria-labelledby="members-invite" className={fr.cx('fr-mt-6w')}>
          <h2 id="members-invite">{t.inviteTitle}</h2>
          <p>{t.inviteText}</p>
          <Button priority="secondary" iconId="fr-icon-mail-line" linkProps={{ to: `${paths.account}#invite-title` }}>
            {t.inviteLink}
          </Button>
        </section>
      )}
    </NetworkFrame>
  );
}

function Directory({ isAgent }: { isAgent: boolean }) {
  const t = useT(membersMessages);
  const terms = useMemberTerms();
  const [params, setParams] = useSearchParams();
  const audiences: Audience[] = isAgent ? ['agent', 'company', 'partner'] : ['company', 'partner'];
  const rawAudience = params.get('type') ?? '';
  const audience = (audiences as string[]).includes(rawAudience) ? (rawAudience as Audience) : '';
  const rawSector = params.get('secteur') ?? '';
  const sector = (SECTORS as readonly string[]).includes(rawSector) ? (rawSector as Sector) : '';
  const rawCountry = params.get('pays') ?? '';
  const country = /^[A-Z]{2}$/.test(rawCountry) ? rawCountry : '';
  const rawOrganisation = params.get('organisation') ?? '';
  const organisation = UUID.test(rawOrganisation) ? rawOrganisation : '';
  const organisationName = params.get('nom') ?? '';
  const verified = params.get('verifie') === '1';
  const q = params.get('q')?.trim() ?? '';
  const page = pageOf(params.get('page'));

  const filters: MemberListQuery = {
    ...(q ? { q } : {}),
    ...(audience ? { audience } : {}),
    ...(country ? { country } : {}),
    ...(sector ? { sector } : {}),
    ...(organisation ? { organisation } : {}),
    ...(verified ? { verified: true } : {}),
    ...(page > 1 ? { page } : {}),
    pageSize: PAGE_SIZE,
  };
  const list = useMembers(filters);
  const [form, setForm] = useState({ q, audience: audience as string, country, sector: sector as string, verified });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.q.trim()) next.set('q', form.q.trim());
    if (form.audience) next.set('type', form.audience);
    if (form.country) next.set('pays', form.country);
    if (form.sector) next.set('secteur', form.sector);
    if (form.verified) next.set('verifie', '1');
    if (organisation) {
      next.set('organisation', organisation);
      if (organisationName) next.set('nom', organisationName);
    }
    setParams(next);
  };
  const reset = () => {
    setForm({ q: '', audience: '', country: '', sector: '', verified: false });
    setParams(new URLSearchParams());
  };
  const byOrganisation = (id: string, name: string) => {
    const next = new URLSearchParams(params);
    next.set('organisation', id);
    next.set('nom', name);
    next.delete('page');
    setParams(next);
  };
  const withoutOrganisation = () => {
    const next = new URLSearchParams(params);
    next.delete('organisation');
    next.delete('nom');
    next.delete('page');
    setParams(next);
  };
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    if (n > 1) next.set('page', String(n));
    else next.delete('page');
    return { to: `?${next}` };
  };

  return (
    <>
      <form onSubmit={apply} aria-labelledby="members-filters" className={fr.cx('fr-mb-3w')}>
        <h2 id="members-filters" className={fr.cx('fr-h4')}>
          {t.filtersTitle}
        </h2>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Input
              label={t.search}
              hintText={t.searchHint}
              nativeInputProps={{
                type: 'search',
                maxLength: 200,
                value: form.q,
                onChange: (e) => setForm({ ...form, q: e.target.value }),
              }}
            />
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Select
              label={t.audience}
              nativeSelectProps={{
                value: form.audience,
                onChange: (e) => setForm({ ...form, audience: e.target.value }),
              }}
            >
              <option value="">{t.anyAudience}</option>
              {audiences.map((value) => (
                <option key={value} value={value}>
                  {t.audiences[value]}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Select
              label={t.country}
              nativeSelectProps={{
                value: form.country,
                onChange: (e) => setForm({ ...form, country: e.target.value }),
              }}
            >
              <option value="">{t.anyCountry}</option>
              {terms.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
          </div>
          <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
            <Select
              label={t.sector}
              nativeSelectProps={{ value: form.sector, onChange: (e) => setForm({ ...form, sector: e.target.value }) }}
            >
              <option value="">{t.anySector}</option>
              {SECTORS.map((value) => (
                <option key={value} value={value}>
                  {terms.sector(value)}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <Checkbox
          small
          options={[
            {
              label: t.verifiedOnly,
              nativeInputProps: {
                checked: form.verified,
                onChange: (e) => setForm({ ...form, verified: e.target.checked }),
              },
            },
          ]}
        />
        <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          <Button type="submit" iconId="fr-icon-search-line">
            {t.apply}
          </Button>
          <Button type="button" priority="tertiary" onClick={reset}>
            {t.reset}
          </Button>
        </div>
      </form>

      {organisation && (
        <ul className={fr.cx('fr-tags-group')}>
          <li>
            <Tag
              dismissible
              nativeButtonProps={{ onClick: withoutOrganisation, 'aria-label': t.organisationFilterRemove }}
            >
              {t.organisationFilter(organisationName || organisation)}
            </Tag>
          </li>
        </ul>
      )}

      {list.error ? (
        <ApiErrorAlert error={list.error} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <section aria-labelledby="members-results">
          <div aria-live="polite">
            <h2 id="members-results" className={fr.cx('fr-h4')}>
              {t.results(total)}
            </h2>
          </div>
          {list.data.items.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <ul className={fr.cx('fr-raw-list')} aria-label={t.listLabel}>
              {list.data.items.map((member) => (
                <li key={member.id}>
                  <MemberCard member={member} onOrganisation={byOrganisation} />
                </li>
              ))}
            </ul>
          )}
          {pages > 1 && (
            <Pagination
              className={fr.cx('fr-mt-3w')}
              count={pages}
              defaultPage={Math.min(page, pages)}
              getPageLinkProps={pageLink}
              showFirstLast
            />
          )}
        </section>
      )}
    </>
  );
}

// The communities the viewer may know of: search and filters (kept in the address), "Mes espaces", pages, and the
// creation form for agents. What each item allows comes from its `abilities`, never re-derived here.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  SECTORS,
  type Sector,
  SPACE_KINDS,
  sectorLabels,
  spaceKindLabels,
  spaceRoleLabels,
} from '../../../../../common/network-terms.ts';
import type { SpaceSummary } from '../../../../../common/schemas/network-spaces.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { makeTerms } from '../../../portal/components/terms.ts';
import { useCountryOptions } from '../../../portal/hotline/countryOptions.ts';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { SPACES_PAGE_SIZE, type SpaceFilters, useSpaces } from '../api/useSpaces.ts';
import { spacesMessages } from '../messages.ts';
import { CreateSpaceForm } from './CreateSpaceForm.tsx';

export function SpacesPage() {
  const t = useT(spacesMessages);
  return (
    <NetworkFrame title={t.listTitle} lead={t.listLead}>
      <SpacesContent />
    </NetworkFrame>
  );
}

function readFilters(params: URLSearchParams): SpaceFilters {
  const kind = params.get('type') ?? '';
  const sector = params.get('secteur') ?? '';
  const country = params.get('pays') ?? '';
  return {
    q: params.get('q')?.trim() ?? '',
    kind: (SPACE_KINDS as readonly string[]).includes(kind) ? kind : '',
    sector: (SECTORS as readonly string[]).includes(sector) ? sector : '',
    country: /^[A-Z]{2}$/.test(country) ? country : '',
    mine: params.get('mine') === '1',
    page: Math.max(1, Math.min(10_000, Number(params.get('page')) || 1)),
  };
}

function writeFilters(filters: SpaceFilters): string {
  const out = new URLSearchParams();
  if (filters.q) out.set('q', filters.q);
  if (filters.kind) out.set('type', filters.kind);
  if (filters.country) out.set('pays', filters.country);
  if (filters.sector) out.set('secteur', filters.sector);
  if (filters.mine) out.set('mine', '1');
  if (filters.page > 1) out.set('page', String(filters.page));
  return out.toString();
}

function SpacesContent() {
  const t = useT(spacesMessages);
  const lang = useLang();
  const session = useSession();
  const isAgent = session.me?.abilities.agent === true;
  const countries = useCountryOptions();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const spaces = useSpaces(filters);
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const apply = (next: Partial<SpaceFilters>) => setParams(writeFilters({ ...filters, page: 1, ...next }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: q.trim() });
  };
  const filtered = Boolean(filters.q || filters.kind || filters.country || filters.sector);

  return (
    <>
      <section aria-labelledby="spaces-filters" className={fr.cx('fr-mb-4w')}>
        <h2 id="spaces-filters" className={fr.cx('fr-sr-only')}>
          {t.filtersTitle}
        </h2>
        <form onSubmit={submit} aria-labelledby="spaces-filters">
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
            <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <Input
                label={t.search}
                hintText={t.searchHint}
                nativeInputProps={{ type: 'search', value: q, maxLength: 200, onChange: (e) => setQ(e.target.value) }}
              />
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-mb-3w')}>
                <li>
                  <Button type="submit">{t.apply}</Button>
                </li>
                {filtered ? (
                  <li>
                    <Button
                      type="button"
                      priority="secondary"
                      onClick={() => {
                        setQ('');
                        setParams(
                          writeFilters({ q: '', kind: '', country: '', sector: '', mine: filters.mine, page: 1 }),
                        );
                      }}
                    >
                      {t.reset}
                    </Button>
                  </li>
                ) : null}
              </ul>
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
              <Select
                label={t.kind}
                nativeSelectProps={{ value: filters.kind, onChange: (e) => apply({ kind: e.target.value }) }}
              >
                <option value="">{t.kindAll}</option>
                {SPACE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {spaceKindLabels[kind][lang]}
                  </option>
                ))}
              </Select>
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
              <Select
                label={t.country}
                nativeSelectProps={{ value: filters.country, onChange: (e) => apply({ country: e.target.value }) }}
              >
                <option value="">{t.countryAll}</option>
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
              <Select
                label={t.sector}
                nativeSelectProps={{ value: filters.sector, onChange: (e) => apply({ sector: e.target.value }) }}
              >
                <option value="">{t.sectorAll}</option>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {sectorLabels[s][lang]}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <ToggleSwitch
            label={t.mine}
            helperText={t.mineHint}
            checked={filters.mine}
            showCheckedHint={false}
            onChange={(checked) => apply({ mine: checked })}
          />
        </form>
      </section>

      <section aria-labelledby="spaces-results" className={fr.cx('fr-mb-6w')}>
        <h2 id="spaces-results" className={fr.cx('fr-h4')} aria-live="polite">
          {spaces.data ? t.results(spaces.data.total) : t.listTitle}
        </h2>
        <ApiErrorAlert error={spaces.error} />
        {spaces.isPending ? <Loading /> : null}
        {spaces.data && spaces.data.items.length === 0 ? (
          <p>{filters.mine && !filtered ? t.noneMine : t.none}</p>
        ) : null}
        {spaces.data && spaces.data.items.length > 0 ? (
          <ul className={fr.cx('fr-raw-list')}>
            {spaces.data.items.map((space) => (
              <li key={space.id} className={fr.cx('fr-mb-3w')}>
                <SpaceItem space={space} />
              </li>
            ))}
          </ul>
        ) : null}
        <ListPagination
          total={spaces.data?.total ?? 0}
          pageSize={SPACES_PAGE_SIZE}
          page={filters.page}
          pageLink={(n) => ({ pathname: paths.networkSpaces, search: writeFilters({ ...filters, page: n }) })}
        />
      </section>

      {isAgent ? (
        <section className={fr.cx('fr-mb-4w')}>
          <CreateSpaceForm />
        </section>
      ) : null}
    </>
  );
}

function SpaceItem({ space }: { space: SpaceSummary }) {
  const t = useT(spacesMessages);
  const lang = useLang();
  const terms = makeTerms(lang);
  const facts = [
    spaceKindLabels[space.kind][lang],
    space.country ? terms.country(space.country) : null,
    space.sector ? (sectorLabels[space.sector as Sector]?.[lang] ?? space.sector) : null,
    t.members(space.memberCount),
  ].filter(Boolean);
  return (
    <article
      className={fr.cx('fr-p-3v')}
      style={{ border: '1px solid var(--border-default-grey)' }}
      aria-labelledby={`space-${space.id}`}
    >
      <LabelBanner label={space.label} compact />
      <h3 id={`space-${space.id}`} className={fr.cx('fr-h5', 'fr-mb-1v')}>
        <Link to={paths.networkSpace.replace(':id', space.id)}>{space.name}</Link>
      </h3>
      {space.description ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-1v')} style={{ whiteSpace: 'pre-line' }}>
          {space.description.length > 240 ? `${space.description.slice(0, 240)}…` : space.description}
        </p>
      ) : null}
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{facts.join(' · ')}</p>
      <p className={fr.cx('fr-mb-0')}>
        {space.state ? (
          <Badge small severity={space.state === 'member' ? 'success' : 'info'} noIcon className={fr.cx('fr-mr-1w')}>
            {space.state === 'member' && space.role
              ? `${t.yourRole} : ${spaceRoleLabels[space.role][lang]}`
              : t.state[space.state]}
          </Badge>
        ) : null}
        {space.archived ? (
          <Badge small noIcon>
            {t.archived}
          </Badge>
        ) : null}
      </p>
    </article>
  );
}

// "Why this score?": each factor's measured value, its 0-100 score (with a bar), its weight and the points it
// brings, then the anti-gaming discounts in plain words. The table is the content; the bars only echo it.
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import type { AccountDetail, Factor } from '../../../../../common/schemas/observatory.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { type Formatters, locales, useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { TableFrame } from '../../components/TableFrame.tsx';
import { accountScoreMessages } from '../messages.ts';

type Score = NonNullable<AccountDetail['score']>;

/** Raw values span followers (hundreds of thousands) to shares and rates below one. */
function formatRaw(factor: Factor, raw: number, format: Formatters, locale: string): string {
  if (factor === 'dialogue') return format.percent(raw);
  if (factor === 'audience') return format.integer(raw);
  return new Intl.NumberFormat(locale, { maximumSignificantDigits: 3, maximumFractionDigits: 2 }).format(raw);
}

function isFactor(value: string, words: Record<string, unknown>): value is Factor {
  return Object.hasOwn(words, value);
}

export function ScoreBreakdown({ detail }: { detail: AccountDetail }) {
  const t = useT(accountScoreMessages);
  if (!detail.score) return null;
  return (
    <section aria-labelledby="account-why" className={fr.cx('fr-mb-5w')}>
      <h2 id="account-why">{t.whyTitle}</h2>
      <p className={fr.cx('fr-col-md-10', 'fr-px-0')}>{t.whyLead}</p>
      <FactorTable score={detail.score} />
      <Discounts score={detail.score} />
      <p>
        <Link
          className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
          to={paths.observatoryMethodology}
        >
          {t.methodologyLink}
        </Link>
      </p>
    </section>
  );
}

function FactorTable({ score }: { score: Score }) {
  const t = useT(accountScoreMessages);
  const tc = useT(observatoryComponentMessages);
  const lang = useLang();
  const format = useFormatters();
  return (
    <TableFrame testId="score-breakdown" className={fr.cx('fr-table--multiline')}>
      <table>
        <caption>{t.breakdownCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.factor}</th>
            <th scope="col">{t.raw}</th>
            <th scope="col">{t.normalised}</th>
            <th scope="col">{t.weight}</th>
            <th scope="col">{t.contribution}</th>
          </tr>
        </thead>
        <tbody>
          {score.factors.map((row) => {
            const known = isFactor(row.factor, t.factorExplanations);
            const raw = known ? formatRaw(row.factor as Factor, row.raw, format, locales[lang]) : String(row.raw);
            return (
              <tr key={row.factor}>
                <th scope="row">
                  <span className={fr.cx('fr-text--bold')}>{tc.factors[row.factor] ?? row.factor}</span>
                  {known && (
                    <span
                      className={fr.cx('fr-text--xs', 'fr-mb-0')}
                      style={{ display: 'block', fontWeight: 'normal' }}
                    >
                      {t.factorExplanations[row.factor as Factor]}
                    </span>
                  )}
                </th>
                <td>{known ? t.rawValues[row.factor as Factor](raw) : raw}</td>
                <td>
                  <NormalisedBar value={row.normalised} label={format.decimal(row.normalised)} />
                </td>
                <td>{format.percent(row.weight)}</td>
                <td>{t.points(format.decimal(row.contribution))}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t.total}
            </th>
            <td className={fr.cx('fr-text--bold')}>{t.points(format.decimal(score.index))}</td>
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}

function NormalisedBar({ value, label }: { value: number; label: string }) {
  const width = Math.max(0, Math.min(100, value));
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', minWidth: '9rem' }}>
      <span
        aria-hidden="true"
        style={{
          flex: '1 1 6rem',
          height: '0.5rem',
          background: 'var(--background-contrast-grey)',
          borderRadius: '0.25rem',
          overflow: 'hidden',
        }}
      >
        <span
          style={{
            display: 'block',
            width: `${width}%`,
            height: '100%',
            background: 'var(--background-action-high-blue-france)',
          }}
        />
      </span>
      <span style={{ minWidth: '2.5rem', textAlign: 'right' }}>{label}</span>
    </span>
  );
}

function Discounts({ score }: { score: Score }) {
  const t = useT(accountScoreMessages);
  const format = useFormatters();
  const { audienceCapped, effectiveFollowers, ringRepostsDiscounted } = score.discounts;
  return (
    <>
      <h3 className={fr.cx('fr-h6')}>{t.discountsTitle}</h3>
      <ul data-testid="score-discounts">
        <li>{audienceCapped ? t.audienceCapped(format.integer(effectiveFollowers ?? 0)) : t.audienceNotCapped}</li>
        <li>
          {ringRepostsDiscounted > 0 ? t.ringDiscounted(format.integer(Math.round(ringRepostsDiscounted))) : t.ringNone}
        </li>
      </ul>
    </>
  );
}

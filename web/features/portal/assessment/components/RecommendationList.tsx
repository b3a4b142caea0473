// The recommendations: for each gap (the most severe first), or for consolidation when there is none, the advice,
// the journey steps that address it and up to three published offers that fit.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import type { AssessmentResult, Recommendation } from '../../../../../common/schemas/portal-assessment.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { catalogueUrl, offerUrl, stepUrl } from '../../components/portalUrls.ts';
import { useTerms } from '../../components/terms.ts';
import { assessmentMessages } from '../messages.ts';

export function RecommendationList({ result }: { result: AssessmentResult }) {
  const t = useT(assessmentMessages);
  const hasGaps = result.gaps.length > 0;
  return (
    <section aria-labelledby="assessment-recommendations" className={fr.cx('fr-mb-6w')}>
      <h2 id="assessment-recommendations">{hasGaps ? t.recommendationsTitle : t.consolidateTitle}</h2>
      <p>
        {hasGaps
          ? t.recommendationsIntro(result.gaps.length, result.gapThreshold)
          : t.consolidateIntro(result.gapThreshold)}
      </p>
      {result.recommendations.map((recommendation) => (
        <RecommendationItem
          key={recommendation.dimension ?? recommendation.kind}
          result={result}
          item={recommendation}
        />
      ))}
    </section>
  );
}

function RecommendationItem({ result, item }: { result: AssessmentResult; item: Recommendation }) {
  const t = useT(assessmentMessages);
  const terms = useTerms();
  const gap = item.dimension ? result.gaps.find((g) => g.dimension === item.dimension) : undefined;
  const headingId = `recommendation-${item.dimension ?? 'consolidate'}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`${fr.cx('fr-p-3w', 'fr-mb-3w')} assessment-recommendation`}
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <h3 id={headingId} className={fr.cx('fr-h4', 'fr-mb-1w')}>
        {item.title}
      </h3>
      {gap && (
        <ul className={fr.cx('fr-badges-group', 'fr-mb-1w')}>
          <li>
            <Badge as="span" severity={gap.severity === 'high' ? 'error' : 'warning'} small>
              {t.severity[gap.severity]}
            </Badge>
          </li>
          <li>
            <Badge as="span" small noIcon>
              {t.gapScore(gap.score)}
            </Badge>
          </li>
        </ul>
      )}
      <p>{item.advice}</p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <h4 className={fr.cx('fr-h6', 'fr-mb-1w')}>{t.stepsHeading}</h4>
          <ul>
            {item.steps.map((step) => (
              <li key={step.id}>
                <Link className={fr.cx('fr-link')} to={stepUrl(step.slug)}>
                  {t.stepLink(step.id, step.name)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <h4 className={fr.cx('fr-h6', 'fr-mb-1w')}>{t.offersHeading}</h4>
          {item.offers.length === 0 ? (
            <p>{t.noOffers}</p>
          ) : (
            <ul className={fr.cx('fr-raw-list')}>
              {item.offers.map((offer) => (
                <li key={offer.id} className={fr.cx('fr-mb-2w')}>
                  <Link className={fr.cx('fr-link', 'fr-text--bold')} to={offerUrl(offer.id)}>
                    {offer.title}
                  </Link>
                  <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                    {t.offerProvider(offer.provider.name)} · {terms.offerType(offer.type)} · {terms.price(offer.price)}
                  </p>
                  <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{offer.summary}</p>
                </li>
              ))}
            </ul>
          )}
          <p className={`${fr.cx('fr-text--sm', 'fr-mb-0')} assessment-no-print`}>
            <Link
              className={fr.cx('fr-link', 'fr-link--sm', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
              to={catalogueUrl({ step: item.steps.map((s) => s.id) })}
            >
              {t.moreInCatalogue}
            </Link>
          </p>
        </div>
      </div>
    </article>
  );
}

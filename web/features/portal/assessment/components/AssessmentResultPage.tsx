// /portail-export/autodiagnostic/resultats/:id: a self-assessment result, for anyone holding the link: overall
// score, maturity, the radar chart with its table, the gaps and their recommendations, share and print; and for
// a signed-in member, the history of their results.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useLocation, useParams } from 'react-router';
import type { AssessmentResult } from '../../../../../common/schemas/portal-assessment.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDate, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { isNotFound, PortalNotFound } from '../../components/PortalNotFound.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { useAssessmentResult } from '../api/useAssessmentResult.ts';
import { assessmentMessages } from '../messages.ts';
import { AssessmentHistoryList } from './AssessmentHistoryList.tsx';
import { RadarChart } from './RadarChart.tsx';
import { RecommendationList } from './RecommendationList.tsx';
import { ScoresTable } from './ScoresTable.tsx';
import { ShareActions } from './ShareActions.tsx';
import './print.css';

export function AssessmentResultPage() {
  const t = useT(assessmentMessages);
  const lang = useLang();
  const id = useParams().id ?? '';
  const { pathname } = useLocation();
  const result = useAssessmentResult(id);
  const session = useSession();
  const segments = [{ label: t.title, to: paths.portalAssessment }];

  if (isNotFound(result.error)) {
    return (
      <PortalNotFound
        title={t.resultNotFoundTitle}
        text={t.resultNotFoundText}
        back={{ label: t.backToAssessment, to: paths.portalAssessment }}
        segments={segments}
      />
    );
  }
  if (!result.data) {
    return (
      <>
        <PortalPageHeader title={t.resultTitle} segments={segments} />
        {result.isPending ? <Loading label={t.loadingResult} /> : <ApiErrorAlert error={result.error} />}
      </>
    );
  }

  const r = result.data;
  const url = `${window.location.origin}${pathname}`;
  return (
    <div className="assessment-result">
      <PortalPageHeader
        title={t.resultTitle}
        documentTitle={t.resultDocumentTitle(r.overall)}
        segments={segments}
        lead={t.takenOn(formatDate(r.createdAt, lang))}
      />
      <p className="assessment-print-only">{t.printUrl(url)}</p>
      <Summary result={r} />
      <ShareActions url={url} />
      <section aria-labelledby="assessment-profile" className={fr.cx('fr-mb-6w')}>
        <h2 id="assessment-profile">{t.profileTitle}</h2>
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--middle')}>
          <figure className={fr.cx('fr-col-12', 'fr-col-lg-6', 'fr-m-0')}>
            <RadarChart
              dimensions={r.dimensions}
              threshold={r.gapThreshold}
              title={t.radarTitle}
              desc={t.radarDesc(r.dimensions)}
              scoreText={(score) => `${score}/100`}
            />
            <figcaption className={fr.cx('fr-text--sm', 'fr-mt-1w')}>{t.radarThreshold(r.gapThreshold)}</figcaption>
          </figure>
          <div className={fr.cx('fr-col-12', 'fr-col-lg-6')}>
            <ScoresTable result={r} />
          </div>
        </div>
      </section>
      <RecommendationList result={r} />
      {session.ready && <AssessmentHistoryList currentId={r.id} />}
    </div>
  );
}

function Summary({ result }: { result: AssessmentResult }) {
  const t = useT(assessmentMessages);
  const box = { background: 'var(--background-alt-grey)', height: '100%' };
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-4w')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <div className={fr.cx('fr-p-3w')} style={box}>
          <p className={fr.cx('fr-text--bold', 'fr-mb-1w')}>{t.overallLabel}</p>
          <p className={fr.cx('fr-mb-0')}>
            <span className={fr.cx('fr-display--xs')}>{result.overall}</span> {t.outOf100}
          </p>
        </div>
      </div>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
        <div className={fr.cx('fr-p-3w')} style={box}>
          <p className={fr.cx('fr-text--bold', 'fr-mb-1w')}>{t.maturityLabel}</p>
          <Badge severity="info" noIcon className={fr.cx('fr-mb-1w')}>
            {result.maturityLabel}
          </Badge>
          <p className={fr.cx('fr-mb-0')}>{t.maturityHelp[result.maturity]}</p>
        </div>
      </div>
    </div>
  );
}

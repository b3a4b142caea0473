// /portail-export/autodiagnostic: the self-assessment, an introduction then the questionnaire one theme per step.
// Answers in progress survive a reload (sessionStorage); sending them opens the result page.
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { Questionnaire } from '../../../../../common/schemas/portal-assessment.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { useQuestionnaire } from '../api/useQuestionnaire.ts';
import { assessmentMessages } from '../messages.ts';
import { AssessmentHistoryList } from './AssessmentHistoryList.tsx';
import { useProgress } from './progressStore.ts';
import { QuestionnaireForm } from './QuestionnaireForm.tsx';

export function AssessmentPage() {
  const t = useT(assessmentMessages);
  const questionnaire = useQuestionnaire();
  if (!questionnaire.data) {
    return (
      <>
        <PortalPageHeader title={t.title} lead={t.lead} />
        {questionnaire.isPending ? (
          <Loading label={t.loadingQuestionnaire} />
        ) : (
          <ApiErrorAlert error={questionnaire.error} />
        )}
      </>
    );
  }
  return <Assessment questionnaire={questionnaire.data} />;
}

function Assessment({ questionnaire }: { questionnaire: Questionnaire }) {
  const t = useT(assessmentMessages);
  const { progress, update, clear } = useProgress(questionnaire.version);

  if (progress.phase === 'questions') {
    const step = Math.min(progress.step, questionnaire.dimensions.length - 1);
    const dimension = questionnaire.dimensions[step];
    return (
      <>
        <PortalPageHeader
          title={t.title}
          documentTitle={`${t.title} : ${dimension?.label ?? ''} (${step + 1}/${questionnaire.dimensions.length})`}
        />
        <QuestionnaireForm
          questionnaire={questionnaire}
          progress={{ ...progress, step }}
          onChange={update}
          onBackToIntro={() => update((p) => ({ ...p, phase: 'intro' }))}
        />
      </>
    );
  }

  const answered = questionnaire.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => progress.answers[q.id] !== undefined).length;
  return (
    <>
      <PortalPageHeader title={t.title} lead={t.lead} />
      <Introduction questionnaire={questionnaire} />
      <div className={fr.cx('fr-mb-6w')} style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem' }}>
        <Button
          iconId="fr-icon-arrow-right-line"
          iconPosition="right"
          onClick={() => update((p) => ({ ...p, phase: 'questions' }))}
        >
          {answered > 0 ? t.resume(answered, questionnaire.questionCount) : t.start}
        </Button>
        {answered > 0 && (
          <Button priority="secondary" iconId="fr-icon-refresh-line" onClick={clear}>
            {t.restart}
          </Button>
        )}
      </div>
      <MemberHistory />
    </>
  );
}

function Introduction({ questionnaire }: { questionnaire: Questionnaire }) {
  const t = useT(assessmentMessages);
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}>
      <section aria-labelledby="assessment-how" className={fr.cx('fr-col-12', 'fr-col-md-6')}>
        <h2 id="assessment-how" className={fr.cx('fr-h4')}>
          {t.introTitle}
        </h2>
        <ul>
          {t
            .introPoints(questionnaire.questionCount, questionnaire.estimatedMinutes, questionnaire.dimensions.length)
            .map((point) => (
              <li key={point}>{point}</li>
            ))}
        </ul>
        <h3 className={fr.cx('fr-h6', 'fr-mt-3w')}>{t.dimensionsTitle}</h3>
        <ol>
          {questionnaire.dimensions.map((d) => (
            <li key={d.id}>
              <strong>{d.label}.</strong> {d.intro}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="assessment-privacy" className={fr.cx('fr-col-12', 'fr-col-md-6')}>
        <h2 id="assessment-privacy" className={fr.cx('fr-h4')}>
          {t.privacyTitle}
        </h2>
        <ul>
          {t.privacyPoints.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** A member sees their past results; a visitor is told how to keep a history. */
function MemberHistory() {
  const t = useT(assessmentMessages);
  const session = useSession();
  if (session.isPending) return null;
  if (!session.ready) {
    return (
      <div className={fr.cx('fr-callout')}>
        <p className={fr.cx('fr-callout__text')}>{t.signInForHistory}</p>
        <Button
          className={fr.cx('fr-mt-2w')}
          priority="secondary"
          linkProps={{ to: `${paths.signIn}?retour=${encodeURIComponent(paths.portalAssessment)}` }}
        >
          {t.signIn}
        </Button>
      </div>
    );
  }
  return <AssessmentHistoryList />;
}

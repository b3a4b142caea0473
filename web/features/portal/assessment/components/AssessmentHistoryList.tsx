// A signed-in member's past self-assessments: date, score and profile, each a link to its result; the result
// on screen, if any, is marked as the current page.
import { fr } from '@codegouvfr/react-dsfr';
import { generatePath, Link } from 'react-router';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useAssessmentHistory } from '../api/useAssessmentHistory.ts';
import { assessmentMessages } from '../messages.ts';

export function AssessmentHistoryList({ currentId }: { currentId?: string }) {
  const t = useT(assessmentMessages);
  const lang = useLang();
  const history = useAssessmentHistory(true);
  return (
    <section aria-labelledby="assessment-history" className={`${fr.cx('fr-mb-6w')} assessment-no-print`}>
      <h2 id="assessment-history">{t.historyTitle}</h2>
      {history.isPending ? (
        <Loading label={t.historyLoading} />
      ) : history.error ? (
        <ApiErrorAlert error={history.error} />
      ) : history.data.items.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <>
          <p>{t.historyIntro}</p>
          <ul>
            {history.data.items.map((item) => {
              const current = item.id === currentId;
              const label = t.historyItem(formatDateTime(item.createdAt, lang), item.overall, item.maturityLabel);
              return (
                <li key={item.id}>
                  <Link
                    className={fr.cx('fr-link')}
                    to={generatePath(paths.portalAssessmentResult, { id: item.id })}
                    {...(current ? { 'aria-current': 'page' as const } : {})}
                  >
                    {label}
                  </Link>
                  {current && <> {t.historyCurrent}</>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

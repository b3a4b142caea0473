// The scores of the radar chart as a table: each dimension, its score and whether it needs strengthening (in
// words), then the overall score.
import { fr } from '@codegouvfr/react-dsfr';
import type { AssessmentResult } from '../../../../../common/schemas/portal-assessment.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { assessmentMessages } from '../messages.ts';

export function ScoresTable({ result }: { result: AssessmentResult }) {
  const t = useT(assessmentMessages);
  return (
    <div className={fr.cx('fr-table', 'fr-table--sm', 'fr-table--multiline', 'fr-mb-2w')}>
      <div className={fr.cx('fr-table__wrapper')}>
        <div className={fr.cx('fr-table__container')}>
          <div className={fr.cx('fr-table__content')}>
            <table>
              <caption>{t.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.dimensionColumn}</th>
                  <th scope="col" style={{ textAlign: 'right' }}>
                    {t.scoreColumn}
                  </th>
                  <th scope="col">{t.statusColumn}</th>
                </tr>
              </thead>
              <tbody>
                {result.dimensions.map((d) => (
                  <tr key={d.dimension}>
                    <th scope="row" style={{ fontWeight: 400 }}>
                      {d.label}
                    </th>
                    <td style={{ textAlign: 'right' }}>{d.score}</td>
                    <td>{d.gap ? <strong>{t.statusGap}</strong> : t.statusOk}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t.overallRow}</th>
                  <td style={{ textAlign: 'right' }}>
                    <strong>{result.overall}</strong>
                  </td>
                  <td>{result.maturityLabel}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

// The six factors with what each measures and the weight currently in force (from the API; the factors are
// listed even while the weights load or fail, so the page still explains the index).
import { FACTORS } from '../../../../../common/observatory-terms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { TableFrame } from '../../components/TableFrame.tsx';
import { methodologyMessages } from '../messages.ts';

export function FactorWeights({ weights }: { weights: Readonly<Record<string, number>> | undefined }) {
  const t = useT(methodologyMessages);
  const names = useT(observatoryComponentMessages);
  const format = useFormatters();
  return (
    <TableFrame testId="methodology-weights" multiline>
      <table>
        <caption>{t.factorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.factor}</th>
            <th scope="col">{t.measures}</th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {t.weight}
            </th>
          </tr>
        </thead>
        <tbody>
          {FACTORS.map((factor) => (
            <tr key={factor}>
              <th scope="row">{names.factors[factor] ?? factor}</th>
              <td>{t.factorTexts[factor]}</td>
              <td style={{ textAlign: 'right' }}>{format.percent(weights?.[factor] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

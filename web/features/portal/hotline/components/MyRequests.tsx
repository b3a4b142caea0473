// A signed-in member's own hotline requests: reference, date, need, countries and where each stands.
import { fr } from '@codegouvfr/react-dsfr';
import { hotlineNeedLabels } from '../../../../../common/portal-terms.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDate, useLang, useT } from '../../../../app/i18n/lang.ts';
import { useTerms } from '../../components/terms.ts';
import { useMyHotlineRequests } from '../api/useMyHotlineRequests.ts';
import { hotlineMessages } from '../messages.ts';

export function MyRequests() {
  const t = useT(hotlineMessages);
  const lang = useLang();
  const terms = useTerms();
  const mine = useMyHotlineRequests({ enabled: true });
  return (
    <section aria-labelledby="hotline-mine-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="hotline-mine-title">{t.mineTitle}</h2>
      {mine.isPending ? (
        <Loading />
      ) : mine.error ? (
        <ApiErrorAlert error={mine.error} />
      ) : mine.data.items.length === 0 ? (
        <p>{t.mineEmpty}</p>
      ) : (
        <div className={fr.cx('fr-table')}>
          <table>
            <caption>{t.mineCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.mineReference}</th>
                <th scope="col">{t.mineDate}</th>
                <th scope="col">{t.mineNeed}</th>
                <th scope="col">{t.mineCountries}</th>
                <th scope="col">{t.mineStatus}</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((request) => (
                <tr key={request.reference}>
                  <th scope="row">{request.reference}</th>
                  <td>{formatDate(request.createdAt, lang)}</td>
                  <td>{hotlineNeedLabels[request.need]?.[lang] ?? request.need}</td>
                  <td>{request.countries.map(terms.country).join(', ')}</td>
                  <td>{t.status[request.status] ?? request.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

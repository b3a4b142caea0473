// The history of an item: when, who, what (creation, change, publication...), and which fields changed, with
// their values before and after behind a disclosure.
import { fr } from '@codegouvfr/react-dsfr';
import type { ContentKind } from '../../../../../common/portal-terms.ts';
import type { FieldChange } from '../../../../../common/schemas/portal-backoffice.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { useContentHistory } from '../api/useContentHistory.ts';
import { useFieldLabels } from '../labels.ts';
import { backofficeMessages } from '../messages.ts';

function shown(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value) && value.length === 0) return empty;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function HistoryTable({ kind, id }: { kind: ContentKind; id: string }) {
  const t = useT(backofficeMessages);
  const lang = useLang();
  const labels = useFieldLabels(kind);
  const history = useContentHistory(kind, id);

  return (
    <section aria-labelledby="bo-history-title" className={fr.cx('fr-mb-5w')}>
      <h2 id="bo-history-title" className={fr.cx('fr-h4')}>
        {t.historyTitle}
      </h2>
      {history.error ? (
        <ApiErrorAlert error={history.error} />
      ) : !history.data ? (
        <Loading />
      ) : history.data.items.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <div className={fr.cx('fr-table', 'fr-table--no-caption')}>
          <div className={fr.cx('fr-table__wrapper')}>
            <div className={fr.cx('fr-table__container')}>
              <div className={fr.cx('fr-table__content')}>
                <table>
                  <caption>{t.historyCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.columnDate}</th>
                      <th scope="col">{t.columnAuthor}</th>
                      <th scope="col">{t.columnAction}</th>
                      <th scope="col">{t.columnChanges}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.data.items.map((revision) => (
                      <tr key={revision.id}>
                        <td>{formatDateTime(revision.at, lang)}</td>
                        <td>{revision.author?.name ?? t.system}</td>
                        <td>{t.actions[revision.action]}</td>
                        <td>
                          <Changes changes={revision.changes} label={labels.label} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      {history.data?.truncated && <p className={fr.cx('fr-hint-text')}>{t.historyTruncated}</p>}
    </section>
  );
}

function Changes({ changes, label }: { changes: FieldChange[]; label: (key: string) => string }) {
  const t = useT(backofficeMessages);
  if (changes.length === 0) return <>{t.noFieldChanged}</>;
  return (
    <details>
      <summary>{changes.map((c) => label(c.field)).join(', ')}</summary>
      <dl className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
        {changes.map((change) => (
          <div key={change.field} className={fr.cx('fr-mb-1w')}>
            <dt className={fr.cx('fr-text--bold')}>{label(change.field)}</dt>
            <dd className={fr.cx('fr-ml-0')}>
              {t.before} : <del>{shown(change.before, t.emptyValue)}</del>
            </dd>
            <dd className={fr.cx('fr-ml-0')}>
              {t.after} : <ins>{shown(change.after, t.emptyValue)}</ins>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

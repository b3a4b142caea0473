// /observatoire/comptes/:id: one account's influence index for a window (kept in the URL), why it scores what
// it scores, how it moved, its best posts, whom it talks with, and "poll now" for editors.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { generatePath, useParams } from 'react-router';
import { isApiError } from '../../../../app/api/client.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { usePageTitle } from '../../../../app/components/usePageTitle.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { countryName } from '../../components/countries.ts';
import { useWindowParam } from '../../components/urlState.ts';
import { WindowSelector } from '../../components/WindowSelector.tsx';
import { useAccountDetail } from '../api/useAccountDetail.ts';
import { accountScoreMessages } from '../messages.ts';
import { AccountHeading, accountLabel } from './AccountHeading.tsx';
import { AccountHistory } from './AccountHistory.tsx';
import { BestPosts } from './BestPosts.tsx';
import { IndexSummary } from './IndexSummary.tsx';
import { PollAccount } from './PollAccount.tsx';
import { ScoreBreakdown } from './ScoreBreakdown.tsx';
import { TopInteractions } from './TopInteractions.tsx';

export function AccountScorePage() {
  const t = useT(accountScoreMessages);
  const params = useParams();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0;
  const [window, setWindow] = useWindowParam();
  const detail = useAccountDetail(id, window);
  const notFound = !validId || (isApiError(detail.error) && detail.error.status === 404);
  usePageTitle(detail.data ? accountLabel(detail.data.account) : notFound ? t.notFoundTitle : t.titleFallback);

  if (notFound) return <AccountNotFound />;
  if (detail.isPending) return <Loading />;
  if (!detail.data) {
    return (
      <>
        <PageBreadcrumb label={t.titleFallback} />
        <h1>{t.titleFallback}</h1>
        <ApiErrorAlert error={detail.error} />
      </>
    );
  }
  const data = detail.data;
  return (
    <>
      <PageBreadcrumb label={accountLabel(data.account)} country={data.account.actor?.country ?? null} />
      <AccountHeading account={data.account} />
      <WindowSelector className={fr.cx('fr-mb-4w')} value={window} onChange={setWindow} />
      <div aria-busy={detail.isFetching}>
        <IndexSummary detail={data} />
        <ScoreBreakdown detail={data} />
        <AccountHistory detail={data} />
        <BestPosts posts={data.bestPosts} />
        <TopInteractions interactions={data.interactions} />
      </div>
      {data.abilities.poll && <PollAccount account={data.account} />}
    </>
  );
}

function PageBreadcrumb({ label, country = null }: { label: string; country?: string | null }) {
  const t = useT(accountScoreMessages);
  const lang = useLang();
  const segments: { label: string; linkProps: { to: string } }[] = [
    { label: t.breadcrumbObservatory, linkProps: { to: paths.observatory } },
  ];
  if (country) {
    segments.push({
      label: countryName(country, lang),
      linkProps: { to: generatePath(paths.observatoryCountry, { country }) },
    });
  }
  return (
    <Breadcrumb
      className={fr.cx('fr-mb-3w')}
      currentPageLabel={label}
      homeLinkProps={{ to: paths.home }}
      segments={segments}
    />
  );
}

function AccountNotFound() {
  const t = useT(accountScoreMessages);
  return (
    <>
      <PageBreadcrumb label={t.notFoundTitle} />
      <h1>{t.notFoundTitle}</h1>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-8')}>{t.notFoundText}</p>
      <Button linkProps={{ to: paths.observatory }}>{t.notFoundBack}</Button>
    </>
  );
}

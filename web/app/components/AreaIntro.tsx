// The top of an area's landing page: breadcrumb, title, lead paragraph and where the area stands.
import { fr } from '@codegouvfr/react-dsfr';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { useT } from '../i18n/lang.ts';
import { paths } from '../paths.ts';
import { commonMessages } from './messages.ts';
import { usePageTitle } from './usePageTitle.ts';

export function AreaIntro({ title, lead, status }: { title: string; lead: string; status: string }) {
  const t = useT(commonMessages);
  usePageTitle(title);
  return (
    <>
      <Breadcrumb
        currentPageLabel={title}
        homeLinkProps={{ to: paths.home }}
        segments={[]}
        className={fr.cx('fr-mb-3w')}
      />
      <h1>{title}</h1>
      <p className={fr.cx('fr-text--lead', 'fr-col-md-10')}>{lead}</p>
      <div className={fr.cx('fr-notice', 'fr-notice--info', 'fr-mb-5w')}>
        <div className={fr.cx('fr-container')}>
          <div className={fr.cx('fr-notice__body')}>
            <p>
              <span className={fr.cx('fr-notice__title')}>{t.areaStatusTitle}</span>{' '}
              <span className={fr.cx('fr-notice__desc')}>{status}</span>
            </p>
          </div>
        </div>
      </div>
    </>
  );
}

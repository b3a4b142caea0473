// /portail-export/gestion (editors): one tab per kind of content (?contenu=evenements...), each with its list.
// Visitors are invited to sign in, other members told the page is for editors (the observatory's editor frame).
import { fr } from '@codegouvfr/react-dsfr';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useSearchParams } from 'react-router';
import { CONTENT_KINDS } from '../../../../../common/portal-terms.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { EditorPage } from '../../../observatory/registry/components/EditorPage.tsx';
import { KIND_SLUGS, kindOfSlug } from '../kinds.ts';
import { backofficeMessages } from '../messages.ts';
import { ContentList } from './ContentList.tsx';
import { usePortalEditorFrame } from './usePortalEditorFrame.ts';

export function BackofficePage() {
  const t = useT(backofficeMessages);
  const frame = usePortalEditorFrame();
  return (
    <EditorPage title={t.title} lead={t.lead} segments={frame.segments} gate={frame.gate}>
      <Backoffice />
    </EditorPage>
  );
}

function Backoffice() {
  const t = useT(backofficeMessages);
  const [params, setParams] = useSearchParams();
  const kind = kindOfSlug(params.get('contenu')) ?? 'offer';
  return (
    <Tabs
      label={t.tabsLabel}
      selectedTabId={KIND_SLUGS[kind]}
      // Each tab has its own search: switching starts from a clean URL.
      onTabChange={(tabId: string) => setParams(tabId === KIND_SLUGS.offer ? {} : { contenu: tabId })}
      tabs={CONTENT_KINDS.map((k) => ({ tabId: KIND_SLUGS[k], label: t.kinds[k] }))}
    >
      <h2 className={fr.cx('fr-h4')}>{t.kinds[kind]}</h2>
      <ContentList key={kind} kind={kind} />
    </Tabs>
  );
}

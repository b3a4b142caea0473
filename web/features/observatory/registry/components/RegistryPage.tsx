// /observatoire/registre (editors): the actors and their accounts, and the accounts met in the data that no
// actor owns yet. The tab is kept in the URL (?onglet=non-rattaches).
import { fr } from '@codegouvfr/react-dsfr';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useSearchParams } from 'react-router';
import { useT } from '../../../../app/i18n/lang.ts';
import { registryMessages } from '../messages.ts';
import { ActorsPanel } from './ActorsPanel.tsx';
import { EditorPage } from './EditorPage.tsx';
import { UnregisteredPanel } from './UnregisteredPanel.tsx';

const tabs = { actors: 'acteurs', unregistered: 'non-rattaches' } as const;

export function RegistryPage() {
  const t = useT(registryMessages);
  return (
    <EditorPage title={t.title} lead={t.lead}>
      <Registry />
    </EditorPage>
  );
}

function Registry() {
  const t = useT(registryMessages);
  const [params, setParams] = useSearchParams();
  const tab = params.get('onglet') === tabs.unregistered ? tabs.unregistered : tabs.actors;
  const onTabChange = (tabId: string) => {
    // Each tab has its own filters: switching starts from a clean URL.
    setParams(tabId === tabs.unregistered ? { onglet: tabs.unregistered } : {});
  };
  return (
    <Tabs
      label={t.tabsLabel}
      selectedTabId={tab}
      onTabChange={onTabChange}
      tabs={[
        { tabId: tabs.actors, label: t.tabActors, iconId: 'fr-icon-team-line' },
        { tabId: tabs.unregistered, label: t.tabUnregistered, iconId: 'fr-icon-question-line' },
      ]}
    >
      <h2 className={fr.cx('fr-h4')}>{tab === tabs.actors ? t.tabActors : t.unregisteredTitle}</h2>
      {tab === tabs.actors ? <ActorsPanel /> : <UnregisteredPanel />}
    </Tabs>
  );
}

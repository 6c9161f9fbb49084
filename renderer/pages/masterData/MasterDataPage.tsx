import { SubNav } from '../../components/SubNav';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { MASTER_DATA_TABS } from './tabs';
import { MunicipalitiesTab } from './MunicipalitiesTab';
import { OrganisationsTab } from './OrganisationsTab';
import { PersonsTab } from './PersonsTab';
import { PostsTab } from './PostsTab';
import { ProviderAssignmentsTab } from './ProviderAssignmentsTab';

const TAB_CONTENT: Record<string, () => React.JSX.Element> = {
  kommunen: MunicipalitiesTab,
  organisationen: OrganisationsTab,
  ansprechpersonen: PersonsTab,
  stellen: PostsTab,
  traegerzustaendigkeiten: ProviderAssignmentsTab,
};

export function MasterDataPage({ sub }: { sub: string }) {
  const tab = MASTER_DATA_TABS.find((t) => t.slug === sub) ?? MASTER_DATA_TABS[0];
  const Content = TAB_CONTENT[tab.slug];
  useDocumentTitle(`${tab.label} – Stammdaten`);
  return (
    <>
      <PageTitle>Stammdaten</PageTitle>
      <p className="kern-body page-intro">
        Kommunen, Organisationen, Ansprechpersonen, Stellen und die Zuständigkeiten der Träger: die Grundlage für Gremien, Berichte und Auswertungen.
      </p>
      <SubNav label="Bereiche der Stammdaten" items={MASTER_DATA_TABS} current={tab.slug} pathOf={(slug) => `/stammdaten/${slug}`} />
      <Content key={tab.slug} />
    </>
  );
}

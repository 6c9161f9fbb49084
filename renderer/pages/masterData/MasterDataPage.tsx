import { hrefFor } from '../../app/router';
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
      <nav className="sub-nav" aria-label="Bereiche der Stammdaten">
        <ul className="sub-nav__list">
          {MASTER_DATA_TABS.map((t) => (
            <li key={t.slug}>
              <a className="sub-nav__link" href={hrefFor(`/stammdaten/${t.slug}`)} aria-current={t.slug === tab.slug ? 'page' : undefined}>
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Content key={tab.slug} />
    </>
  );
}

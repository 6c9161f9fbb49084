import type { ReactNode } from 'react';
import { FundingPage } from '../pages/funding/FundingPage';
import { GroupsPage } from '../pages/groups/GroupsPage';
import { MasterDataPage } from '../pages/masterData/MasterDataPage';
import { MunicipalityPage } from '../pages/municipalities/MunicipalityPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OverviewPage } from '../pages/overview/OverviewPage';
import { ReconstructionsPage } from '../pages/reconstructions/ReconstructionsPage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { RoundTablesPage } from '../pages/roundTables/RoundTablesPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { SteeringGroupPage } from '../pages/steering/SteeringGroupPage';
import { ThemesPage } from '../pages/themes/ThemesPage';
import { subPath, topLevel } from './routes';

const PAGES: Record<string, (sub: string) => ReactNode> = {
  '/uebersicht': () => <OverviewPage />,
  '/lenkungsgruppe': (sub) => <SteeringGroupPage sub={sub} />,
  '/gruppen': (sub) => <GroupsPage sub={sub} />,
  '/runde-tische': (sub) => <RoundTablesPage sub={sub} />,
  '/kommunen': (sub) => <MunicipalityPage sub={sub} />,
  '/fallrekonstruktionen': (sub) => <ReconstructionsPage sub={sub} />,
  '/themen': (sub) => <ThemesPage sub={sub} />,
  '/foerderung': (sub) => <FundingPage sub={sub} />,
  '/berichte': (sub) => <ReportsPage sub={sub} />,
  '/stammdaten': (sub) => <MasterDataPage sub={sub} />,
  '/einstellungen': (sub) => <SettingsPage sub={sub} />,
};

/** Renders the page of the current path; keyed by its top level so each page mounts fresh (and its h1 takes focus). */
export function PageSwitch({ path }: { path: string }) {
  const top = topLevel(path);
  const page = PAGES[top];
  return <div key={top} className="page">{page ? page(subPath(path)) : <NotFoundPage />}</div>;
}

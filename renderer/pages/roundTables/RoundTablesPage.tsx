import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { SubNav } from '../../components/SubNav';
import { AgreementsTab } from './agreements/AgreementsTab';
import { RoundTablePage } from './detail/RoundTablePage';
import { RoundTableListTab } from './RoundTableListTab';
import { MunicipalityOverviewTab } from './overview/MunicipalityOverviewTab';
import { parseRoundTableRoute, ROUND_TABLE_TABS, roundTableTabPath, type RoundTableTab } from './roundTablePaths';
import './roundTables.css';

/** Runde Tische: the dates, the picture per municipality, and the agreements across all of them. */
export function RoundTablesPage({ sub }: { sub: string }) {
  const route = parseRoundTableRoute(sub);
  if (route.kind === 'roundTable') return <RoundTablePage key={route.id} roundTableId={route.id} />;
  return <RoundTablesOverview tab={route.tab} />;
}

function RoundTablesOverview({ tab }: { tab: RoundTableTab }) {
  const label = ROUND_TABLE_TABS.find((t) => t.slug === tab)!.label;
  useDocumentTitle(`${label} – Runde Tische`);
  return (
    <>
      <PageTitle>Runde Tische</PageTitle>
      <p className="kern-body page-intro">
        Runde Tische Integration, Entwicklungskonferenzen, Austauschforen und Termine der Kommunentour mit den kreisangehörigen Kommunen,
        ihre Vereinbarungen und wo der nächste Besuch fällig ist.
      </p>
      <SubNav label="Bereiche: Runde Tische" items={ROUND_TABLE_TABS} current={tab} pathOf={(slug) => roundTableTabPath(slug as RoundTableTab)} />
      {tab === 'termine' ? <RoundTableListTab /> : null}
      {tab === 'kommunen' ? <MunicipalityOverviewTab /> : null}
      {tab === 'vereinbarungen' ? <AgreementsTab /> : null}
    </>
  );
}

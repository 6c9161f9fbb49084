import type React from 'react';
import { SubNav } from '../../components/SubNav';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { CmFiguresTab } from './cmFigures/CmFiguresTab';
import { EventsTab } from './events/EventsTab';
import { FundingYearsTab } from './years/FundingYearsTab';
import { StaffingTab } from './staffing/StaffingTab';
import { FUNDING_TABS, parseFundingRoute } from './tabs';

const TAB_CONTENT: Record<string, (props: { rest: string }) => React.JSX.Element> = {
  jahre: FundingYearsTab,
  personal: StaffingTab,
  fallzahlen: CmFiguresTab,
  veranstaltungen: EventsTab,
};

/** Funding, staffing proof, case-management figures and events: the records the Sachbericht is written from. */
export function FundingPage({ sub }: { sub: string }) {
  const { tab, rest } = parseFundingRoute(sub);
  const Content = TAB_CONTENT[tab.slug];
  useDocumentTitle(`${tab.label} – Förderung & Zahlen`);
  return (
    <>
      <PageTitle>Förderung & Zahlen</PageTitle>
      <p className="kern-body page-intro">
        Förderjahre mit Zuwendungsbescheid, Planansätzen und Ausgaben, der Nachweis des geförderten Personals, die
        Fallzahlen des Case Managements (nur Summen, keine Klientendaten) und Veranstaltungen: die Zahlen für den Sachbericht.
      </p>
      <SubNav label="Bereiche von Förderung & Zahlen" items={FUNDING_TABS} current={tab.slug} pathOf={(slug) => `/foerderung/${slug}`} />
      <Content key={tab.slug} rest={rest} />
    </>
  );
}

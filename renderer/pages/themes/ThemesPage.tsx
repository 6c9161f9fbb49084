import { useState } from 'react';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { SubNav } from '../../components/SubNav';
import { AnalysisTab } from './AnalysisTab';
import { NewThemeDialog } from './NewThemeDialog';
import { ThemeBoard } from './ThemeBoard';
import { ThemeFilters, type ThemeFilter } from './ThemeFilters';
import { ThemePage } from './ThemePage';
import { parseThemesRoute, THEME_TABS, themeTabPath, type ThemeTab } from './themePaths';
import { ThemeTable } from './ThemeTable';
import './themes.css';

/** '/themen' the board, '/themen/tabelle' the table, '/themen/auswertung' gaps and lead times, '/themen/<id>' one theme. */
export function ThemesPage({ sub = '' }: { sub?: string }) {
  const route = parseThemesRoute(sub);
  if (route.kind === 'theme') return <ThemePage key={route.id} id={route.id} />;
  return <ThemesArea tab={route.tab} />;
}

function ThemesArea({ tab }: { tab: ThemeTab }) {
  const label = THEME_TABS.find((t) => t.slug === tab)!.label;
  useDocumentTitle(`${label} – Themen & Maßnahmen`);
  const [filter, setFilter] = useState<ThemeFilter>({});
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle>Themen & Maßnahmen</PageTitle>
      <div className="section-head section-head--intro">
        <p className="kern-body page-intro">
          Generative Themen aus Fallrekonstruktionen und Runden Tischen – von der Erkenntnis über den Beschluss der Lenkungsgruppe bis zur Maßnahme.
        </p>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setCreating(true)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neues Thema aus Erkenntnissen</span>
        </button>
      </div>
      <SubNav label="Ansichten der Themen" items={THEME_TABS} current={tab} pathOf={(slug) => themeTabPath(slug as ThemeTab)} />
      {tab !== 'auswertung' ? <ThemeFilters filter={filter} onChange={setFilter} /> : null}
      {tab === '' ? <ThemeBoard filter={filter} /> : tab === 'tabelle' ? <ThemeTable filter={filter} /> : <AnalysisTab />}
      {creating ? <NewThemeDialog onClose={() => setCreating(false)} /> : null}
    </>
  );
}

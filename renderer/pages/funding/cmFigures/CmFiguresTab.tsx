import { SubNav } from '../../../components/SubNav';
import { CM_VIEWS, cmViewPath, parseCmView } from './cmViews';
import { CsvImportView } from './CsvImportView';
import { FiguresGridView } from './FiguresGridView';
import { SummaryView } from './SummaryView';
import './cmFigures.css';

/** Fallzahlen: case-management aggregates typed in a grid or imported from CSV, and their annual summary. */
export function CmFiguresTab({ rest }: { rest: string }) {
  const view = parseCmView(rest);
  return (
    <>
      <p className="kern-body cm-privacy-note">
        <span className="kern-icon kern-icon--info" aria-hidden="true" />
        <span>Nur Summen je Zeitraum, Träger, Kommune und Handlungsfeld – keine Klientendaten.</span>
      </p>
      <SubNav label="Ansichten: Fallzahlen" items={CM_VIEWS} current={view} pathOf={cmViewPath} />
      {view === '' ? <FiguresGridView /> : null}
      {view === 'auswertung' ? <SummaryView /> : null}
      {view === 'import' ? <CsvImportView /> : null}
    </>
  );
}

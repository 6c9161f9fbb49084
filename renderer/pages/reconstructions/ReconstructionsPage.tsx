import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate } from '../../format/date';
import { SubNav } from '../../components/SubNav';
import { NewReconstructionPage, ReconstructionPage } from './ReconstructionPage';
import { parseReconstructionRoute, RECONSTRUCTION_TABS, RECONSTRUCTIONS_BASE, reconstructionPath } from './reconstructionPaths';
import { RetentionTab } from './RetentionTab';
import '../themes/themes.css';

type Row = OutputOf<'reconstructions.list'>[number];

/** '/fallrekonstruktionen' lists them, '…/loeschfristen' is the retention view, '…/neu' and '…/<id>' the record. */
export function ReconstructionsPage({ sub = '' }: { sub?: string }) {
  const route = parseReconstructionRoute(sub);
  if (route.kind === 'new') return <NewReconstructionPage />;
  if (route.kind === 'record') return <ReconstructionPage key={route.id} id={route.id} />;
  return <ReconstructionArea tab={route.kind === 'retention' ? 'loeschfristen' : ''} />;
}

function ReconstructionArea({ tab }: { tab: '' | 'loeschfristen' }) {
  useDocumentTitle(tab === '' ? 'Fallrekonstruktionen' : 'Löschfristen – Fallrekonstruktionen');
  return (
    <>
      <PageTitle>Fallrekonstruktionen</PageTitle>
      <SubNav label="Bereiche der Fallrekonstruktionen" items={RECONSTRUCTION_TABS} current={tab}
        pathOf={(slug) => (slug ? `${RECONSTRUCTIONS_BASE}/${slug}` : RECONSTRUCTIONS_BASE)} />
      {tab === '' ? <ReconstructionList /> : <RetentionTab />}
    </>
  );
}

function ReconstructionList() {
  const enums = useEnums();
  const { data, error } = useApiData('reconstructions.list');
  const columns = useMemo((): ColumnSpec<Row>[] => [
    {
      id: 'heldOn', header: 'Datum', value: (r) => r.heldOn, text: (r) => formatDate(r.heldOn), width: '7rem',
      render: (r) => <a className="kern-link" href={hrefFor(reconstructionPath(r.id))}>{formatDate(r.heldOn)}</a>,
    },
    { id: 'format', header: 'Format', value: (r) => enumLabel(enums, 'reconstructionFormat', r.format), filter: 'select', width: '11rem' },
    { id: 'source', header: 'Fallquelle', value: (r) => enumLabel(enums, 'caseSource', r.caseSource), filter: 'select', width: '11rem' },
    { id: 'municipality', header: 'Kommune', value: (r) => r.municipalityName, filter: 'select', width: '10rem' },
    { id: 'findings', header: 'Erkenntnisse', value: (r) => r.findingCount, numeric: true, width: '7.5rem' },
    {
      id: 'deleteAfter', header: 'Löschfrist', value: (r) => r.deleteAfter,
      text: (r) => (r.purged ? `bereinigt (${formatDate(r.deleteAfter)})` : formatDate(r.deleteAfter)), width: '11rem',
    },
  ], [enums]);
  return (
    <>
      <div className="section-head section-head--intro">
        <p className="kern-body page-intro">
          Gemeinsam rekonstruierte Einzelfälle und die Erkenntnisse daraus. Fälle werden nur mit dem Fallcode des Trägers erfasst, nie mit Namen.
          Nach Ablauf der Löschfrist werden Fallcode und Zusammenfassung bereinigt; die anonymen Erkenntnisse bleiben erhalten.
        </p>
        <a className="kern-btn kern-btn--primary" href={hrefFor(`${RECONSTRUCTIONS_BASE}/neu`)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neue Fallrekonstruktion</span>
        </a>
      </div>
      <ReadOnlyList label="Fallrekonstruktionen" rows={data} error={error} columns={columns} getRowId={(r) => r.id}
        initialSort={[{ id: 'heldOn', desc: true }]}
        emptyText="Es sind noch keine Fallrekonstruktionen erfasst." />
    </>
  );
}

import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { formatDate } from '../../format/date';
import { ListTableSection } from './ListTableSection';

type RoundTable = OutputOf<'overview.summary'>['recentRoundTables'][number];

export function RecentRoundTablesSection({ roundTables }: { roundTables: readonly RoundTable[] }) {
  const enums = useEnums();
  return (
    <ListTableSection title="Letzte Runde Tische" empty="Es haben noch keine Runden Tische stattgefunden." rows={roundTables} columns={[
      { header: 'Datum', cell: (r) => formatDate(r.heldOn), nowrap: true },
      { header: 'Titel', cell: (r) => r.title },
      { header: 'Format', cell: (r) => enumLabel(enums, 'roundTableFormat', r.format) },
      { header: 'Kommunen', cell: (r) => (r.countyWide ? 'kreisweit' : r.municipalityNames) },
    ]} />
  );
}

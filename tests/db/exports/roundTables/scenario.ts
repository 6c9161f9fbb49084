import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { insertRows } from '../../../helpers/seedMeeting';
import * as schema from '../../../../db/schema';
import { newId } from '../../../../db/domain/ids';
import { roundTableWorld, zuelpichRoundTable, type RoundTableWorld } from '../../services/roundTables/fixture';

export interface ExportScenario {
  w: RoundTableWorld;
  roundTableId: string;
  /** The small round table in Kall and Zülpich (2 people) and one too old for the Steckbrief. */
  smallRoundTableId: string;
  agreements: { flyer: string; consultation: string; volunteers: string; kall: string };
}

/**
 * On 10.07.2025: the Zülpich round table of 10.06.2025 (7 people) with three agreements, one completed on
 * 20.06., one overdue since 30.06., one open with a progress note; a small joint round table with Kall
 * (2 people); a tour date of 2022; case-management aggregates with small and large counts.
 */
export async function exportScenario(): Promise<ExportScenario> {
  const w = await roundTableWorld('2025-06-10T16:00:00Z');
  const roundTableId = (await w.t.api.send('roundTables.create', zuelpichRoundTable(w))).id;
  const smallRoundTableId = (await w.t.api.send('roundTables.create', zuelpichRoundTable(w, {
    format: 'DEVELOPMENT_CONFERENCE', title: 'Bördekonferenz Integration', heldOn: '2024-11-05', municipalityIds: [w.municipality.kall, w.municipality.zuelpich],
    participants: [{ role: 'KIM_TEAM', organisationId: w.org.ki, headCount: 2 }],
  }))).id;
  await w.t.api.send('roundTables.create', zuelpichRoundTable(w, { format: 'MUNICIPAL_TOUR', title: 'Kommunentour Zülpich', heldOn: '2022-09-20' }));
  const agree = async (rt: string, title: string, dueDate: string, owner: Record<string, string>) =>
    (await w.t.api.send('tasks.create', { source: 'ROUND_TABLE', roundTableId: rt, title, dueDate, ...owner })).id;
  const agreements = {
    flyer: await agree(roundTableId, 'Infoblatt „Wohnen“ für Vermieter*innen entwerfen', '2025-07-31', { ownerOrganisationId: w.org.drk }),
    consultation: await agree(roundTableId, 'CM-Sprechstunde im Rathaus einrichten; Raum klären', '2025-06-30', { ownerPersonId: w.person.clerk }),
    volunteers: await agree(roundTableId, '=Begleitungen mit dem "Ehrenamt" abstimmen', '2025-09-30', { ownerText: 'Flüchtlingshilfe Zülpich' }),
    kall: await agree(smallRoundTableId, 'Sprachkursbedarf in Kall erheben', '2025-12-31', { ownerOrganisationId: w.org.drk }),
  };
  await w.t.api.send('tasks.addNote', { id: agreements.volunteers, text: 'Erstes Treffen vereinbart.\nProtokoll folgt.' });

  await w.reopen('2025-06-20T09:00:00Z');
  const flyer = await w.t.api.send('tasks.get', { id: agreements.flyer });
  await w.t.api.send('tasks.update', {
    id: flyer.id, source: 'ROUND_TABLE', roundTableId, title: flyer.title, ownerOrganisationId: flyer.ownerOrganisationId, dueDate: flyer.dueDate, status: 'DONE',
  });
  await w.reopen('2025-07-10T09:00:00Z');

  const aggregate = (providerOrganisationId: string, periodStart: string, periodEnd: string, counts: Record<string, number>) =>
    [schema.cmAggregates, { id: newId(), periodStart, periodEnd, providerOrganisationId, municipalityId: w.municipality.zuelpich, source: 'Testdaten', ...counts }] as [SQLiteTable, Record<string, unknown>];
  insertRows(w.t, [
    aggregate(w.org.drk, '2024-07-01', '2024-12-31', { newCases: 9, activeCases: 20, closedCases: 6, contacts: 120 }),
    aggregate(w.org.drk, '2025-01-01', '2025-06-30', { newCases: 1, activeCases: 11, closedCases: 0, contacts: 50 }),
    aggregate(w.org.kja, '2025-01-01', '2025-06-30', { newCases: 1, activeCases: 3, closedCases: 0, contacts: 11 }),
    aggregate(w.org.drk, '2025-07-01', '2025-12-31', { newCases: 4, activeCases: 15, closedCases: 2, contacts: 30 }),
  ]);
  return { w, roundTableId, smallRoundTableId, agreements };
}

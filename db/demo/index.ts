import { auditLog, backlogTopics } from '../schema';
import type { Context } from '../core/context';
import { ApiError } from '../api/errors';
import { newId } from '../domain/ids';
import { recordAudit } from '../services/audit';
import { DemoBuilder } from './builder';
import { insertCmAggregates } from './cmAggregates';
import { insertSteeringGroup, insertWorkingGroups } from './committees';
import { insertDocuments } from './documents';
import { insertFunding } from './funding';
import { insertGroupMeetings } from './groupMeetings';
import { insertMasterData } from './masterData';
import { writeMeetings } from './meetingWriter';
import { insertPersons } from './persons';
import { insertPosts } from './posts';
import { insertReconstructions } from './reconstructions';
import { insertRoundTables } from './roundTables';
import { STEERING_2022_2023 } from './steeringMeetings2022';
import { STEERING_2024_2026 } from './steeringMeetings2024';
import { insertThemesAndMeasures } from './themes';
import { minutes } from '../schema';
import { eq } from 'drizzle-orm';
import { buildMinutes } from '../services/minutes/buildMinutes';
import { contentHashOf } from '../services/minutes/contentHash';

/** Rows written per table (SQL table name → count). */
export type DemoSummary = Record<string, number>;

// Any of these means the office already keeps its own records, which the demo must never mix with.
const MASTER_TABLES = ['municipalities', 'organisations', 'persons', 'posts', 'committees', 'round_tables', 'case_reconstructions'];

function holdsMasterData(ctx: Context): boolean {
  return MASTER_TABLES.some((table) => ctx.sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM "${table}")`).pluck().get() === 1);
}

function insertBacklog(b: DemoBuilder): void {
  b.insert(backlogTopics, [
    { id: b.id('backlog:datenbank'), committeeId: b.id('c:lg'), title: 'Erfahrungen mit der KIM-Datenbank des Landes', note: 'Nach sechs Monaten Nutzung berichten', proposedBy: b.nameOf('p:ks2') },
    { id: b.id('backlog:sprachkurse'), committeeId: b.id('c:lg'), title: 'Sprachkurse bei gesundheitlichen Einschränkungen', note: 'Neues Thema aus Fallrekonstruktionen und Entwicklungskonferenz', proposedBy: b.nameOf('p:ks1') },
    { id: b.id('backlog:trauma'), committeeId: b.id('c:lg'), title: 'Versorgungsdaten Traumatherapie', proposedBy: b.nameOf('p:gb4Rep'), usedInAgendaItemId: b.id('item:lg9:trauma') },
  ]);
}

/** Approved minutes carry the hash of their content, as if approved in the app, so they show as intact. */
function sealApprovedMinutes(ctx: Context): void {
  const approved = ctx.db.select({ id: minutes.id, meetingId: minutes.meetingId }).from(minutes).where(eq(minutes.status, 'APPROVED')).all();
  for (const row of approved) {
    ctx.db.update(minutes).set({ contentHash: contentHashOf(buildMinutes(ctx, row.meetingId)) }).where(eq(minutes.id, row.id)).run();
  }
}

/**
 * Loads the demo Kreis (modelled on Kreis Euskirchen, with invented persons) in one transaction with one audit row.
 * Refused when the database already holds master data, so demo records never mix with real ones.
 */
export function loadDemoData(ctx: Context): DemoSummary {
  return ctx.write(() => {
    if (holdsMasterData(ctx)) {
      throw new ApiError('CONFLICT', 'Die Demodaten können nur in eine leere Datenbank geladen werden. Diese Datenbank enthält bereits Stammdaten.');
    }
    const b = new DemoBuilder(ctx);
    insertMasterData(b);
    insertPersons(b);
    insertPosts(b);
    insertSteeringGroup(b);
    writeMeetings(b, [...STEERING_2022_2023, ...STEERING_2024_2026], { steering: true });
    insertDocuments(b);
    insertWorkingGroups(b);
    insertGroupMeetings(b);
    insertThemesAndMeasures(b);
    insertRoundTables(b);
    insertReconstructions(b);
    insertFunding(b);
    insertCmAggregates(b);
    insertBacklog(b);
    sealApprovedMinutes(ctx);
    const summary: DemoSummary = Object.fromEntries(Object.entries(b.counts).sort(([x], [y]) => x.localeCompare(y)));
    recordAudit(ctx, 'demo', newId(), 'CREATE', null, summary);
    return summary;
  });
}

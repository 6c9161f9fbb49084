import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema';
import { DATABASE_FILE } from '../../db/core/createCore';
import { newId } from '../../db/domain/ids';
import type { AgendaItemKind, MeetingStatus, MembershipRole, QuorumRule, StandingItem } from '../../db/domain/enums';
import { closeSqlite, openSqlite } from '../../db/sqlite/open';
import type { TestCore } from './core';

/**
 * Inserts rows straight into a test core's database (a second connection, committed before it returns), for
 * records whose own API belongs to another part of the app or does not exist yet. Timestamps are filled in.
 */
export function insertRows(t: TestCore, rows: Array<[SQLiteTable, Record<string, unknown>]>): void {
  const sqlite = openSqlite(join(t.dataDir, DATABASE_FILE));
  try {
    const db = drizzle(sqlite, { schema });
    const stamp = '2025-01-01T00:00:00.000Z';
    sqlite.transaction(() => {
      for (const [table, row] of rows) db.insert(table).values({ createdAt: stamp, updatedAt: stamp, ...row } as never).run();
    })();
  } finally {
    closeSqlite(sqlite);
  }
}

export interface SeededSeat {
  membershipId: string;
  personId: string;
  deputyPersonId: string | null;
  role: MembershipRole;
}

export interface SeedItem {
  title: string;
  kind?: AgendaItemKind;
  standingItem?: StandingItem;
}

export interface SeedOptions {
  /** null: no Geschäftsordnung recorded (the defaults apply). */
  rules?: { quorumRule: QuorumRule; deputiesCount: boolean } | null;
  /** Voting seats besides the chair, each with a deputy. */
  voting?: number;
  advisory?: number;
  occasional?: number;
  shortName?: string | null;
  status?: MeetingStatus;
  startsAt?: string;
  items?: SeedItem[];
}

export interface SeededMeeting {
  committeeId: string;
  meetingId: string;
  organisationId: string;
  itemIds: string[];
  chair: SeededSeat;
  voting: SeededSeat[];
  advisory: SeededSeat[];
  occasional: SeededSeat[];
  secretariat: SeededSeat;
  /** Adds another meeting of the same committee (default: invited, two days later, with an APPROVE_MINUTES item). */
  addMeeting(options?: { startsAt?: string; status?: MeetingStatus; items?: SeedItem[] }): { meetingId: string; itemIds: string[] };
}

export const DEFAULT_ITEMS: SeedItem[] = [
  { title: 'Begrüßung und Feststellung der Beschlussfähigkeit', kind: 'INFO', standingItem: 'OPENING_QUORUM' },
  { title: 'Priorisierung der generativen Themen 2025', kind: 'DECISION' },
  { title: 'Bericht der Projektgruppe Schuldnerberatung', kind: 'REPORT' },
  { title: 'Konzept Übergang Schule–Beruf', kind: 'DISCUSSION' },
  { title: 'Verschiedenes', kind: 'INFO', standingItem: 'MISCELLANEOUS' },
];

let counter = 0;

/**
 * A steering group with a chair, voting seats with deputies, advisory and occasional seats, a secretariat, rules,
 * and one meeting with agenda items — by default held on 12.06.2025, three days before the test clock's today.
 */
export function seedMeeting(t: TestCore, options: SeedOptions = {}): SeededMeeting {
  const rows: Array<[SQLiteTable, Record<string, unknown>]> = [];
  const organisationId = newId();
  rows.push([schema.organisations, { id: organisationId, name: `Kreis Euskirchen ${++counter}`, kind: 'KREIS_UNIT' }]);
  const committeeId = newId();
  rows.push([schema.committees, {
    id: committeeId, kind: 'STEERING_GROUP', name: 'Lenkungsgruppe KI/KIM',
    shortName: options.shortName === undefined ? 'LG' : options.shortName, status: 'ACTIVE', startDate: '2022-01-01',
  }]);
  if (options.rules !== null) {
    const rules = options.rules ?? { quorumRule: 'MORE_THAN_HALF', deputiesCount: true };
    rows.push([schema.rulesOfProcedure, {
      id: newId(), committeeId, version: '1', adoptedOn: '2022-03-01', quorumRule: rules.quorumRule, deputiesCount: rules.deputiesCount,
      noticePeriodDays: 14, decisionMode: 'CONSENSUS',
    }]);
  }
  let seatNo = 0;
  const seat = (role: MembershipRole, extra: { occasional?: boolean; deputy?: boolean } = {}): SeededSeat => {
    seatNo += 1;
    const personId = newId();
    const deputyPersonId = extra.deputy === false ? null : newId();
    rows.push([schema.persons, { id: personId, name: `Mitglied ${seatNo} Müller`, organisationId }]);
    if (deputyPersonId) rows.push([schema.persons, { id: deputyPersonId, name: `Vertretung ${seatNo} Schäfer`, organisationId }]);
    const membershipId = newId();
    rows.push([schema.committeeMemberships, {
      id: membershipId, committeeId, seatLabel: `Sitz ${String(seatNo).padStart(2, '0')}`, organisationId, personId, deputyPersonId, role,
      category: 'INTERNAL', occasional: extra.occasional ?? false, validFrom: '2022-01-01',
    }]);
    return { membershipId, personId, deputyPersonId, role };
  };
  const chair = seat('CHAIR');
  const voting = Array.from({ length: options.voting ?? 6 }, () => seat('VOTING'));
  const advisory = Array.from({ length: options.advisory ?? 1 }, () => seat('ADVISORY', { deputy: false }));
  const occasional = Array.from({ length: options.occasional ?? 0 }, () => seat('VOTING', { occasional: true, deputy: false }));
  const secretariat = seat('SECRETARIAT', { deputy: false });

  let sequenceNo = 0;
  const meetingRows = (startsAt: string, status: MeetingStatus, items: SeedItem[]) => {
    const meetingId = newId();
    sequenceNo += 1;
    rows.push([schema.meetings, {
      id: meetingId, committeeId, sequenceNo, startsAt, durationMinutes: 120, location: 'Kreishaus Euskirchen, Raum 1.12', status,
    }]);
    const itemIds = items.map((item, index) => {
      const itemId = newId();
      rows.push([schema.agendaItems, {
        id: itemId, meetingId, position: index + 1, title: item.title, kind: item.kind ?? 'INFO', standingItem: item.standingItem ?? null,
      }]);
      return itemId;
    });
    return { meetingId, itemIds };
  };
  const first = meetingRows(options.startsAt ?? '2025-06-12T14:00', options.status ?? 'HELD', options.items ?? DEFAULT_ITEMS);
  insertRows(t, rows);

  return {
    committeeId, meetingId: first.meetingId, organisationId, itemIds: first.itemIds, chair, voting, advisory, occasional, secretariat,
    addMeeting(more = {}) {
      rows.length = 0;
      const added = meetingRows(more.startsAt ?? '2025-06-14T10:00', more.status ?? 'INVITED', more.items ?? [
        { title: 'Begrüßung und Feststellung der Beschlussfähigkeit', kind: 'INFO', standingItem: 'OPENING_QUORUM' },
        { title: 'Genehmigung des Protokolls der letzten Sitzung', kind: 'DECISION', standingItem: 'APPROVE_MINUTES' },
      ]);
      insertRows(t, rows);
      return added;
    },
  };
}

/** Everyone with a vote present (chair included), advisory members too; returns the entries sent. */
export function allPresent(s: SeededMeeting) {
  return [s.chair, ...s.voting, ...s.advisory, s.secretariat].map((m) => ({ membershipId: m.membershipId, status: 'PRESENT' as const }));
}

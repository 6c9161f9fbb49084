import type { Context } from '../../db/core/context';
import * as s from '../../db/schema';
import { newId } from '../../db/domain/ids';
import { writeOfficeSettings, DEFAULT_SETTINGS } from '../../db/services/settings/officeSettings';
import { testCore, type TestCore } from './core';
import { testContext } from './context';

/**
 * A small steering group written row by row (below the API, so the exports can be tested whatever state the
 * meeting services are in): a held 2nd meeting with attendance, a counted decision, tasks and a carried-over
 * item; the invited 3rd meeting on 12.03.2025 with planned times; an active project group commissioned by the
 * decision, an active working circle, and a closed working group that no status report may show. Names carry umlauts and ß on purpose.
 */
export interface MeetingExportSeed {
  committeeId: string;
  previousMeetingId: string;
  meetingId: string;
  groupId: string;
  circleId: string;
  closedGroupId: string;
  /** The project group's planned 2nd meeting (its 1st was held without minutes being recorded). */
  groupMeetingId: string;
  decisionId: string;
  oldDecisionId: string;
  carriedItemId: string;
}

export const SEED_NOW = '2025-03-01T09:00:00Z';

export function seedMeetingExport(ctx: Context): MeetingExportSeed {
  const at = ctx.nowIso();
  const t = { createdAt: at, updatedAt: at };
  const id = () => newId();
  const ins = <T extends Parameters<Context['db']['insert']>[0]>(table: T, rows: Array<T['$inferInsert']>) => {
    for (const row of rows) ctx.db.insert(table).values(row as never).run();
  };

  writeOfficeSettings(ctx, {
    ...DEFAULT_SETTINGS, officeName: 'Koordinierungsstelle KIM Kreis Musterland', officeUnit: 'Amt für Integration, Abt. 49',
    addressLines: 'Bahnhofstraße 12\n54321 Musterstadt', email: 'kim@kreis-musterland.example', phone: '01234 56-789',
  });

  const org = { jugend: id(), caritas: id(), stadt: id() };
  ins(s.organisations, [
    { id: org.jugend, name: 'Jugendamt', shortName: 'Abt. 51', kind: 'KREIS_UNIT', ...t },
    { id: org.caritas, name: 'Caritasverband für die Region Eifel', shortName: 'Caritas Eifel', kind: 'WELFARE_PROVIDER', ...t },
    { id: org.stadt, name: 'Stadt Zülpich', kind: 'MUNICIPALITY_ADMIN', ...t },
  ]);
  const p = { chair: id(), coordinator: id(), yilmaz: id(), deputy: id(), gross: id(), boehm: id(), guest: id(), lead: id() };
  ins(s.persons, [
    { id: p.chair, name: 'Jürgen Müller', function: 'Dezernent', ...t },
    { id: p.coordinator, name: 'Renée Weiß', function: 'Gesamtkoordination KIM', ...t },
    { id: p.yilmaz, name: 'Önder Yılmaz', organisationId: org.caritas, ...t },
    { id: p.deputy, name: 'Grete Schäfer', organisationId: org.caritas, ...t },
    { id: p.gross, name: 'Paul Groß', organisationId: org.stadt, ...t },
    { id: p.boehm, name: 'Ulrike Böhm', organisationId: org.jugend, ...t },
    { id: p.guest, name: 'Dr. Anna Kühn', ...t },
    { id: p.lead, name: 'Sören Lüdtke', ...t },
  ]);

  ins(s.posts, [{ id: id(), label: 'KS1 Gesamtkoordination', fundingModule: 'B1_COORDINATION', kind: 'COORDINATION', fte: 1, status: 'FILLED', isOverallCoordination: true, holderPersonId: p.coordinator, ...t }]);

  const committeeId = id();
  ins(s.committees, [{ id: committeeId, kind: 'STEERING_GROUP', name: 'Lenkungsgruppe KI/KIM', shortName: 'LG KI/KIM', status: 'ACTIVE', startDate: '2022-11-29', ...t }]);
  ins(s.rulesOfProcedure, [{ id: id(), committeeId, version: '1', adoptedOn: '2022-11-29', validFrom: '2022-11-29', ...t }]);
  const seat = { chair: id(), coordinator: id(), yilmaz: id(), gross: id(), boehm: id() };
  ins(s.committeeMemberships, [
    { id: seat.chair, committeeId, personId: p.chair, role: 'CHAIR', category: 'INTERNAL', seatLabel: 'Dezernat II', validFrom: '2022-11-29', ...t },
    { id: seat.coordinator, committeeId, personId: p.coordinator, role: 'SECRETARIAT', category: 'INTERNAL', seatLabel: 'Gesamtkoordination', validFrom: '2022-11-29', ...t },
    { id: seat.yilmaz, committeeId, organisationId: org.caritas, personId: p.yilmaz, deputyPersonId: p.deputy, role: 'VOTING', category: 'WELFARE', validFrom: '2022-11-29', ...t },
    { id: seat.gross, committeeId, organisationId: org.stadt, personId: p.gross, role: 'VOTING', category: 'MUNICIPALITY', validFrom: '2022-11-29', ...t },
    { id: seat.boehm, committeeId, organisationId: org.jugend, personId: p.boehm, role: 'VOTING', category: 'INTERNAL', validFrom: '2022-11-29', ...t },
  ]);

  // The 1st meeting: a decision whose tasks were all finished long ago (must not show as open).
  const firstMeetingId = id();
  const oldDecisionId = id();
  ins(s.meetings, [{ id: firstMeetingId, committeeId, sequenceNo: 1, startsAt: '2024-10-15T10:00', status: 'MINUTES_APPROVED', location: 'Kreishaus', ...t }]);
  ins(s.decisions, [{ id: oldDecisionId, meetingId: firstMeetingId, number: 'LG 2024/01', text: 'Die Geschäftsordnung wird bestätigt.', type: 'ADOPT_DOCUMENT', result: 'CONSENSUS', decidedOn: '2024-10-15', ...t }]);
  ins(s.actionItems, [{ id: id(), source: 'DECISION', decisionId: oldDecisionId, meetingId: firstMeetingId, title: 'Geschäftsordnung veröffentlichen', ownerPersonId: p.coordinator, dueDate: '2024-11-30', status: 'DONE', completedOn: '2024-11-20', ...t }]);

  // The 2nd meeting, held: attendance, a counted decision with tasks, a carried-over item.
  const previousMeetingId = id();
  ins(s.meetings, [{ id: previousMeetingId, committeeId, sequenceNo: 2, startsAt: '2025-01-22T14:00', durationMinutes: 90, status: 'HELD', location: 'Kreishaus, Raum 101', invitationSentOn: '2025-01-02', quorumReached: true, ...t }]);
  const prevItems = { opening: id(), pg: id(), carried: id() };
  ins(s.agendaItems, [
    { id: prevItems.opening, meetingId: previousMeetingId, position: 1, title: 'Begrüßung und Feststellung der Beschlussfähigkeit', kind: 'INFO', standingItem: 'OPENING_QUORUM', status: 'DEALT_WITH', minutesText: 'Herr Müller begrüßt die Anwesenden.', ...t },
    { id: prevItems.pg, meetingId: previousMeetingId, position: 2, title: 'Gründung der Projektgruppe Übergänge Schule–Beruf', kind: 'DECISION', presenter: 'Renée Weiß', status: 'DEALT_WITH', minutesText: 'Frau Weiß erläutert den Vorschlag.\n\nDie Träger unterstützen ihn.', ...t },
    { id: prevItems.carried, meetingId: previousMeetingId, position: 3, title: 'Bericht des Arbeitskreises Gesundheit', kind: 'REPORT', status: 'CARRIED_OVER', carryReason: 'Der Bericht lag noch nicht vor.', ...t },
  ]);
  ins(s.meetingAttendance, [
    { id: id(), meetingId: previousMeetingId, membershipId: seat.chair, personId: p.chair, status: 'PRESENT', ...t },
    { id: id(), meetingId: previousMeetingId, membershipId: seat.coordinator, personId: p.coordinator, status: 'PRESENT', ...t },
    { id: id(), meetingId: previousMeetingId, membershipId: seat.yilmaz, personId: p.yilmaz, status: 'REPRESENTED', representedByPersonId: p.deputy, ...t },
    { id: id(), meetingId: previousMeetingId, membershipId: seat.gross, personId: p.gross, status: 'EXCUSED', ...t },
    { id: id(), meetingId: previousMeetingId, membershipId: seat.boehm, personId: p.boehm, status: 'PRESENT', ...t },
    { id: id(), meetingId: previousMeetingId, personId: p.guest, status: 'PRESENT', note: 'Gast zu TOP 2', ...t },
  ]);
  const decisionId = id();
  ins(s.decisions, [{
    id: decisionId, meetingId: previousMeetingId, agendaItemId: prevItems.pg, number: 'LG 2025/01', type: 'COMMISSION_GROUP', result: 'VOTE',
    text: 'Die Lenkungsgruppe richtet die Projektgruppe „Übergänge Schule–Beruf“ ein.', votesYes: 3, votesNo: 0, votesAbstain: 1,
    votingMembersPresent: 4, quorumReached: true, decidedOn: '2025-01-22', ...t,
  }]);
  const kickOffTaskId = id();
  ins(s.actionItems, [
    { id: kickOffTaskId, source: 'DECISION', decisionId, meetingId: previousMeetingId, title: 'Auftaktsitzung der Projektgruppe einberufen', ownerPersonId: p.coordinator, dueDate: '2025-02-20', status: 'IN_PROGRESS', delayReason: 'Terminfindung mit den Schulen dauert länger.', ...t },
    { id: id(), source: 'DECISION', decisionId, meetingId: previousMeetingId, title: 'Schulamt um Mitwirkung bitten', ownerOrganisationId: org.jugend, dueDate: '2025-02-10', status: 'DONE', completedOn: '2025-02-05', ...t },
    { id: id(), source: 'MEETING', meetingId: previousMeetingId, title: 'Raumplanung für 2025 klären', ownerText: 'Geschäftsstelle', dueDate: '2025-03-31', status: 'OPEN', ...t },
  ]);
  ins(s.actionItemNotes, [{ id: id(), actionItemId: kickOffTaskId, notedOn: '2025-02-25', text: 'Zwei Terminvorschläge an die Schulen verschickt.', ...t }]);
  ins(s.minutes, [{ id: id(), meetingId: previousMeetingId, author: 'Renée Weiß', preamble: 'Beginn 14:05 Uhr.', closingText: 'Ende der Sitzung um 15:25 Uhr.', status: 'DRAFT', ...t }]);

  // The 3rd meeting, invited: the one whose invitation, agenda, calendar entry and pack are exported.
  const meetingId = id();
  const themeId = id();
  ins(s.themes, [{ id: themeId, title: 'Wohnraum für Geflüchtete', status: 'PROPOSED', ...t }]);
  ins(s.meetings, [{ id: meetingId, committeeId, sequenceNo: 3, startsAt: '2025-03-12T14:00', durationMinutes: 120, status: 'INVITED', invitationSentOn: '2025-02-26', location: 'Kreishaus, Raum 101 (Erdgeschoss)', onlineUrl: 'https://meet.example/lg-3', ...t }]);
  const item = (position: number, title: string, kind: 'INFO' | 'DISCUSSION' | 'DECISION' | 'REPORT', plannedMinutes: number, extra: Partial<typeof s.agendaItems.$inferInsert> = {}) =>
    ({ id: id(), meetingId, position, title, kind, plannedMinutes, ...t, ...extra });
  const topical = item(4, 'Wohnraum für Geflüchtete: Maßnahmenvorschläge', 'DECISION', 40, { presenter: 'Önder Yılmaz', description: 'Vorlage der Träger zur Wohnungssuche' });
  const carriedItemId = id();
  ins(s.agendaItems, [
    item(1, 'Begrüßung und Feststellung der Beschlussfähigkeit', 'INFO', 5, { standingItem: 'OPENING_QUORUM' }),
    item(2, 'Genehmigung des Protokolls der letzten Sitzung', 'DECISION', 5, { standingItem: 'APPROVE_MINUTES' }),
    item(3, 'Bericht der Koordination', 'REPORT', 20, { standingItem: 'COORDINATION_REPORT', presenter: 'Renée Weiß' }),
    topical,
    item(5, 'Bericht des Arbeitskreises Gesundheit', 'REPORT', 15, { id: carriedItemId, carriedFromItemId: prevItems.carried, carryCount: 1, carryReason: 'Der Bericht lag noch nicht vor.' }),
    item(6, 'Stand der Beschlüsse', 'REPORT', 10, { standingItem: 'DECISION_STATUS' }),
    item(7, 'Verschiedenes', 'INFO', 5, { standingItem: 'MISCELLANEOUS' }),
  ]);
  ins(s.agendaItemLinks, [{ id: id(), agendaItemId: topical.id, targetType: 'THEME', targetId: themeId, ...t }]);

  // The project group the decision commissioned, and a closed working group.
  const groupId = id();
  const closedGroupId = id();
  const circleId = id();
  ins(s.committees, [
    { id: circleId, kind: 'WORKING_CIRCLE', name: 'AK Gesundheit', status: 'ACTIVE', leadOrganisationId: org.caritas, startDate: '2024-05-01', ...t },
    { id: groupId, kind: 'PROJECT_GROUP', name: 'Projektgruppe Übergänge Schule–Beruf', shortName: 'PG Übergänge', status: 'ACTIVE', commissionedByDecisionId: decisionId, leadPersonId: p.lead, mandate: 'Übergänge neu zugewanderter Jugendlicher von der Schule in Ausbildung verbessern.', startDate: '2025-02-01', plannedEndDate: '2026-06-30', ...t },
    { id: closedGroupId, kind: 'WORKING_GROUP', name: 'AG Wohnen (abgeschlossen)', status: 'CLOSED', startDate: '2023-01-01', endDate: '2024-06-30', ...t },
  ]);
  ins(s.committeeMemberships, [
    { id: id(), committeeId: groupId, personId: p.lead, role: 'CHAIR', validFrom: '2025-02-01', ...t },
    { id: id(), committeeId: groupId, personId: p.boehm, role: 'VOTING', validFrom: '2025-02-01', ...t },
    { id: id(), committeeId: groupId, personId: p.yilmaz, role: 'VOTING', validFrom: '2025-02-01', validTo: '2025-02-15', ...t },
  ]);
  const groupMeetingId = id();
  ins(s.meetings, [
    { id: id(), committeeId: groupId, sequenceNo: 1, startsAt: '2025-02-20T10:00', status: 'HELD', location: 'Berufskolleg Nord', ...t },
    { id: groupMeetingId, committeeId: groupId, sequenceNo: 2, startsAt: '2025-04-10T10:00', status: 'PLANNED', ...t },
  ]);
  ins(s.measures, [{ id: id(), committeeId: groupId, title: 'Berufsorientierungstage für neu zugewanderte Jugendliche', status: 'APPROVED', startDate: '2025-04-01', endDate: '2025-12-31', ...t }]);
  ins(s.committeeReportDues, [
    { id: id(), committeeId: groupId, dueDate: '2025-06-30', topic: 'Zwischenbericht', ...t },
    { id: id(), committeeId: groupId, dueDate: '2025-02-15', topic: 'Arbeitsplan', deliveredOn: '2025-02-14', ...t },
  ]);
  ins(s.themes, [{ id: id(), title: 'Übergang Schule–Beruf', status: 'ASSIGNED', assignedCommitteeId: groupId, ...t }]);

  return { committeeId, previousMeetingId, meetingId, groupId, circleId, closedGroupId, groupMeetingId, decisionId, oldDecisionId, carriedItemId };
}

/** A test core (API over JSON, as over IPC) on a database holding the seed. */
export async function seededCore(now = SEED_NOW): Promise<{ t: TestCore; seed: MeetingExportSeed }> {
  const t = await testCore({ now });
  const writer = testContext({ now, dataDir: t.dataDir });
  try {
    return { t, seed: writer.ctx.write(() => seedMeetingExport(writer.ctx)) };
  } finally {
    writer.dispose();
  }
}

/** Changes rows behind the API's back, for states the seed does not have (a cancelled or approved meeting …). */
export function runSql(t: TestCore, statement: string, ...params: unknown[]): void {
  const writer = testContext({ dataDir: t.dataDir });
  try {
    writer.ctx.sqlite.prepare(statement).run(...params);
  } finally {
    writer.dispose();
  }
}

import { ENTITY_LABELS } from '../../domain/entityLabels';
import { MUNICIPALITY_LABELS } from '../masterData/municipalities';
import { ORGANISATION_LABELS } from '../masterData/organisations';
import { PERSON_LABELS } from '../masterData/persons';
import { POST_LABELS } from '../masterData/posts';
import { PROVIDER_ASSIGNMENT_LABELS } from '../masterData/providerAssignments';
import { ATTENDANCE_LABELS } from '../attendance/setAttendance';
import { AGENDA_ITEM_LABELS } from '../agenda/items';
import { BACKLOG_TOPIC_LABELS } from '../agenda/backlogTopics';
import { TASK_LABELS } from '../tasks/taskWrites';
import { MEASURE_LABELS } from '../measures/measureWrites';
import { MEETING_LABELS } from '../meetings/meetings';
import { THEME_LABELS } from '../themes/themeRecord';
import { ROUND_TABLE_LABELS } from '../roundTables/roundTableWrites';
import { MEMBERSHIP_LABELS } from '../committees/memberships';
import { COMMITTEE_LABELS } from '../committees/committees';
import { RULES_LABELS } from '../committees/rules';
import { DECISION_LABELS } from '../decisions/votes';
import { MINUTES_LABELS } from '../minutes/editMinutes';
import { GROUP_LABELS } from '../groups/groupWrites';
import { RECONSTRUCTION_LABELS } from '../reconstructions/labels';
import { FINDING_LABELS } from '../findings/writeFinding';
import { tableInfo } from './tables';

/** Fields every table shares, and fields no form names because the app sets them. */
const COMMON: Record<string, string> = {
  id: 'Kennung',
  createdAt: 'Angelegt am',
  updatedAt: 'Zuletzt geändert am',
  status: 'Status',
  note: 'Bemerkung',
  notes: 'Notizen',
  title: 'Titel',
  name: 'Name',
  description: 'Beschreibung',
  validFrom: 'Gültig ab',
  validTo: 'Gültig bis',
  deleteAfter: 'Löschen ab',
  position: 'Position',
  kind: 'Art',
};

// The services name fields as their forms ask for them; where a form label reads oddly in a history
// ("Neuer Status", "Thema" for a title), the table gets its own wording here.
const BY_TABLE: Record<string, Record<string, string>> = {
  municipalities: MUNICIPALITY_LABELS,
  organisations: ORGANISATION_LABELS,
  persons: PERSON_LABELS,
  posts: POST_LABELS,
  post_periods: { status: 'Besetzung', fte: 'Stellenanteil (VZÄ)', holderPersonId: 'Stelleninhaber*in' },
  provider_assignments: PROVIDER_ASSIGNMENT_LABELS,
  meeting_attendance: ATTENDANCE_LABELS,
  agenda_items: {
    ...AGENDA_ITEM_LABELS, status: 'Status', standingItem: 'Ständiger TOP', carriedFromItemId: 'Übernommen aus TOP',
    carryCount: 'Vertagungen', carryReason: 'Grund der Vertagung', minutesText: 'Protokolltext', meetingId: 'Sitzung',
  },
  backlog_topics: { ...BACKLOG_TOPIC_LABELS, usedInAgendaItemId: 'Übernommen in TOP' },
  action_items: { ...TASK_LABELS, completedOn: 'Erledigt am' },
  action_item_notes: { actionItemId: 'Aufgabe', notedOn: 'Datum', text: 'Notiz', author: 'Verfasst von' },
  measures: { ...MEASURE_LABELS, approvedByDecisionId: 'Beschlossen durch' },
  meetings: { ...MEETING_LABELS, status: 'Status', quorumReached: 'Beschlussfähig' },
  themes: { ...THEME_LABELS, status: 'Status', assignedCommitteeId: 'Beauftragte Gruppe', mergedIntoThemeId: 'Zusammengeführt in' },
  round_tables: ROUND_TABLE_LABELS,
  committee_memberships: MEMBERSHIP_LABELS,
  committees: COMMITTEE_LABELS,
  rules_of_procedure: RULES_LABELS,
  decisions: {
    ...DECISION_LABELS, meetingId: 'Sitzung', number: 'Nummer', decidedOn: 'Beschlossen am',
    votingMembersPresent: 'Anwesende Stimmberechtigte', quorumReached: 'Beschlussfähig',
  },
  minutes: { ...MINUTES_LABELS, status: 'Status', approvedOn: 'Genehmigt am', contentHash: 'Prüfsumme' },
  committee_report_dues: GROUP_LABELS,
  case_reconstructions: RECONSTRUCTION_LABELS,
  reconstruction_participants: { reconstructionId: 'Fallrekonstruktion', organisationId: 'Organisation', role: 'Rolle' },
  findings: { ...FINDING_LABELS, themeId: 'Thema' },
  settings: {
    officeName: 'Name des Büros', officeUnit: 'Organisationseinheit', addressLines: 'Anschrift', email: 'E-Mail', phone: 'Telefon',
    smallCountThreshold: 'Kleinzahlen unterdrücken unter', contactWarningMonths: 'Warnung ohne Kontakt nach Monaten',
    backupKeep: 'Aufzubewahrende Sicherungen', reconstructionRetentionMonths: 'Löschfrist Fallrekonstruktionen (Monate)',
    prioritisedWithoutGroupAlertDays: 'Warnung: priorisiert ohne Gruppe nach Tagen',
    carryOverAlertCount: 'Warnung: Thema ohne Beschluss vertagt (Anzahl)',
  },
};

/** The German label of a field, where one is known; otherwise the referenced record kind, or the key itself. */
export function fieldLabel(table: string, key: string): string {
  const own = BY_TABLE[table]?.[key];
  if (own) return own;
  const reference = tableInfo(table)?.foreignKeys.find((fk) => fk.key === key);
  if (reference) return ENTITY_LABELS[reference.foreignTable]?.one ?? key;
  return COMMON[key] ?? key;
}

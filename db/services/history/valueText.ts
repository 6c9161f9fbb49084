import type { Context } from '../../core/context';
import { berlinLocal } from '../../domain/dates';
import { formatDate, formatDateTime, formatEuro, formatNumber } from '../../domain/format';
import { LABELS, type EnumName } from '../../domain/labels';
import { nameOfRecord } from './displayName';
import { tableInfo } from './tables';

/** Which value list a coded field uses, so a history shows „besetzt → unbesetzt“ instead of codes. */
const ENUM_FIELDS: Record<string, Record<string, EnumName>> = {
  municipalities: { status: 'municipalityStatus' },
  organisations: { kind: 'organisationKind' },
  posts: { fundingModule: 'fundingModule', kind: 'postKind', status: 'postStatus' },
  post_periods: { status: 'postStatus' },
  provider_assignments: { targetGroup: 'targetGroup' },
  committees: { kind: 'committeeKind', status: 'committeeStatus' },
  committee_memberships: { role: 'membershipRole', category: 'membershipCategory' },
  rules_of_procedure: { quorumRule: 'quorumRule', decisionMode: 'decisionMode' },
  meetings: { status: 'meetingStatus' },
  meeting_attendance: { status: 'attendanceStatus' },
  agenda_items: { kind: 'agendaItemKind', standingItem: 'standingItem', status: 'agendaItemStatus' },
  decisions: { type: 'decisionType', result: 'decisionResult' },
  action_items: { status: 'taskStatus', source: 'taskSource' },
  case_reconstructions: { format: 'reconstructionFormat', caseSource: 'caseSource', ageBand: 'ageBand' },
  findings: { kind: 'findingKind' },
  themes: { status: 'themeStatus', priority: 'themePriority' },
  theme_status_history: { fromStatus: 'themeStatus', toStatus: 'themeStatus' },
  measures: { status: 'measureStatus', budgetLine: 'budgetLine' },
  round_tables: { format: 'roundTableFormat' },
  round_table_participants: { role: 'participantRole' },
  events: { kind: 'eventKind', budgetLine: 'budgetLine' },
  expenses: { budgetLine: 'budgetLine' },
  documents: { kind: 'documentKind' },
  report_drafts: { kind: 'reportKind' },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export type NameCache = Map<string, string>;

/** A value as the history shows it: dates German, yes/no, euros, coded values and references by their names. */
export function valueText(ctx: Context, table: string, key: string, value: unknown, names: NameCache): string {
  if (value == null || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  if (typeof value === 'number') return key.endsWith('Cents') ? formatEuro(value) : formatNumber(value, 2);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value.length === 0 ? '–' : value.join(', ');
    return value.length === 1 ? '1 Eintrag' : `${value.length} Einträge`;
  }
  if (typeof value !== 'string') return '…';
  const list = ENUM_FIELDS[table]?.[key];
  if (list) return (LABELS[list] as Record<string, string>)[value] ?? value;
  const reference = tableInfo(table)?.foreignKeys.find((fk) => fk.key === key);
  if (reference) {
    const cacheKey = `${reference.foreignTable}:${value}`;
    if (!names.has(cacheKey)) names.set(cacheKey, nameOfRecord(ctx, reference.foreignTable, reference.foreignColumn, value));
    return names.get(cacheKey)!;
  }
  if (ISO_DATE.test(value)) return formatDate(value);
  if (LOCAL_DATE_TIME.test(value)) return formatDateTime(value);
  if (INSTANT.test(value)) return formatDateTime(berlinLocal(new Date(value)));
  return value;
}

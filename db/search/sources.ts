/**
 * What the search index holds: one entry per record of these tables, kept current by triggers
 * (see scripts/generate-search-migration.ts). Expressions are SQL over the row (NEW./OLD. prefixed by the generator).
 * Changing this list means generating a new migration, never editing an applied one.
 */
export interface SearchSource {
  kind: string;
  table: string;
  /** German group heading in the results. */
  label: string;
  title: string;
  body: string[];
  parent?: string;
  date?: string;
}

export const SEARCH_SOURCES: SearchSource[] = [
  { kind: 'decision', table: 'decisions', label: 'Beschlüsse', title: "coalesce(%.number, 'Beschluss')", body: ['%.text', '%.override_reason'], parent: '%.meeting_id', date: '%.decided_on' },
  { kind: 'agendaItem', table: 'agenda_items', label: 'Tagesordnungspunkte', title: '%.title', body: ['%.description', '%.minutes_text', '%.carry_reason', '%.presenter'], parent: '%.meeting_id' },
  { kind: 'meeting', table: 'meetings', label: 'Sitzungen', title: "coalesce(%.title, %.sequence_no || '. Sitzung', 'Sitzung')", body: ['%.notes', '%.location'], parent: '%.committee_id', date: 'substr(%.starts_at, 1, 10)' },
  { kind: 'minutes', table: 'minutes', label: 'Protokolle', title: "'Protokoll'", body: ['%.preamble', '%.closing_text', '%.author'], parent: '%.meeting_id', date: '%.approved_on' },
  { kind: 'minutesAmendment', table: 'minutes_amendments', label: 'Protokollberichtigungen', title: '%.reason', body: ['%.text'], parent: '%.minutes_id', date: '%.amended_on' },
  { kind: 'task', table: 'action_items', label: 'Aufgaben und Vereinbarungen', title: '%.title', body: ['%.description', '%.delay_reason', '%.evidence_text', '%.owner_text'], parent: 'coalesce(%.decision_id, %.round_table_id, %.meeting_id)', date: '%.due_date' },
  { kind: 'taskNote', table: 'action_item_notes', label: 'Fortschrittsnotizen', title: "'Notiz'", body: ['%.text'], parent: '%.action_item_id', date: '%.noted_on' },
  { kind: 'committee', table: 'committees', label: 'Gremien und Gruppen', title: '%.name', body: ['%.short_name', '%.mandate', '%.closing_result'], date: '%.start_date' },
  { kind: 'backlogTopic', table: 'backlog_topics', label: 'Themenspeicher', title: '%.title', body: ['%.note', '%.proposed_by'], parent: '%.committee_id' },
  { kind: 'roundTable', table: 'round_tables', label: 'Runde Tische', title: '%.title', body: ['%.topics', '%.notes', '%.location'], date: '%.held_on' },
  { kind: 'reconstruction', table: 'case_reconstructions', label: 'Fallrekonstruktionen', title: "coalesce(%.case_code, 'Fallrekonstruktion')", body: ['%.summary'], date: '%.held_on' },
  { kind: 'finding', table: 'findings', label: 'Erkenntnisse', title: "'Erkenntnis'", body: ['%.description'], parent: 'coalesce(%.reconstruction_id, %.round_table_id)' },
  { kind: 'theme', table: 'themes', label: 'Generative Themen', title: '%.title', body: ['%.description'] },
  { kind: 'measure', table: 'measures', label: 'Maßnahmen', title: '%.title', body: ['%.target_agreement', '%.indicators', '%.result', '%.evidence'], parent: '%.theme_id', date: '%.start_date' },
  { kind: 'reportSection', table: 'report_sections', label: 'Berichtstexte', title: '%.title', body: ['%.narrative'], parent: '%.draft_id' },
  { kind: 'event', table: 'events', label: 'Veranstaltungen', title: '%.title', body: ['%.audience', '%.note'], date: '%.held_on' },
  { kind: 'document', table: 'documents', label: 'Dokumente', title: '%.title', body: ['%.file_name', '%.version'], date: '%.adopted_on' },
  { kind: 'municipality', table: 'municipalities', label: 'Kommunen', title: '%.name', body: ['%.official_key'] },
  { kind: 'organisation', table: 'organisations', label: 'Organisationen', title: '%.name', body: ['%.short_name', '%.unit_code'] },
  { kind: 'person', table: 'persons', label: 'Ansprechpersonen', title: '%.name', body: ['%.function', '%.email'] },
  { kind: 'post', table: 'posts', label: 'Stellen', title: '%.label', body: ['%.focus', '%.tasks'] },
];

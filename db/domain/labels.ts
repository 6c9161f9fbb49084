import type * as E from './enums';

/** German labels of every value list. Served to the renderer by `meta.enums`; used by exports directly. */
export const LABELS = {
  fundingModule: {
    B1_COORDINATION: 'Baustein 1 – Strategische Steuerung',
    B2_CASE_MANAGEMENT: 'Baustein 2 – Case Management',
    B3_IMMIGRATION_AUTHORITY: 'Baustein 3 – Ausländer-/Einbürgerungsbehörde',
  } satisfies Record<E.FundingModule, string>,
  postKind: {
    COORDINATION: 'Koordinierungsstelle',
    ADMIN_ASSISTANT: 'Verwaltungsassistenz',
    CASE_MANAGEMENT: 'Case Management',
    IMMIGRATION_AUTHORITY: 'Ausländerbehörde',
    NATURALISATION_AUTHORITY: 'Einbürgerungsbehörde',
  } satisfies Record<E.PostKind, string>,
  postStatus: { FILLED: 'besetzt', VACANT: 'unbesetzt', ADVERTISED: 'ausgeschrieben' } satisfies Record<E.PostStatus, string>,
  organisationKind: {
    KREIS_UNIT: 'Kreisverwaltung (Einheit)',
    MUNICIPALITY_ADMIN: 'Kommunalverwaltung',
    WELFARE_PROVIDER: 'Träger der Freien Wohlfahrtspflege',
    JOBCENTER: 'Jobcenter',
    EMPLOYMENT_AGENCY: 'Agentur für Arbeit',
    SCHOOL_AUTHORITY: 'Schulaufsicht',
    BAMF: 'BAMF',
    VOLUNTEER_INITIATIVE: 'Ehrenamtliche Initiative',
    OTHER: 'Sonstige',
  } satisfies Record<E.OrganisationKind, string>,
  municipalityStatus: { STADT: 'Stadt', GEMEINDE: 'Gemeinde' } satisfies Record<E.MunicipalityStatus, string>,
  targetGroup: {
    ADULTS_18_PLUS: 'Erwachsene ab 18 Jahren',
    YOUNG_6_27: 'junge Menschen von 6 bis 27 Jahren',
    ALL: 'alle Altersgruppen',
  } satisfies Record<E.TargetGroup, string>,
  committeeKind: {
    STEERING_GROUP: 'Lenkungsgruppe',
    PROJECT_GROUP: 'Projektgruppe',
    WORKING_GROUP: 'Arbeitsgruppe',
    WORKING_CIRCLE: 'Arbeitskreis',
    OTHER: 'Sonstiges Gremium',
  } satisfies Record<E.CommitteeKind, string>,
  committeeStatus: { PLANNED: 'geplant', ACTIVE: 'aktiv', CLOSED: 'abgeschlossen' } satisfies Record<E.CommitteeStatus, string>,
  membershipRole: {
    VOTING: 'stimmberechtigt', ADVISORY: 'beratend', GUEST: 'Gast', CHAIR: 'Vorsitz', SECRETARIAT: 'Geschäftsführung',
  } satisfies Record<E.MembershipRole, string>,
  membershipCategory: {
    INTERNAL: 'Interne Vertretung', EXTERNAL: 'Externe Partner*innen', WELFARE: 'Freie Wohlfahrtspflege', MUNICIPALITY: 'Kreisangehörige Kommunen',
  } satisfies Record<E.MembershipCategory, string>,
  quorumRule: {
    MORE_THAN_HALF: 'mehr als die Hälfte der Stimmberechtigten anwesend',
    AT_LEAST_HALF: 'mindestens die Hälfte der Stimmberechtigten anwesend',
    TWO_THIRDS: 'mindestens zwei Drittel der Stimmberechtigten anwesend',
    NONE: 'keine Mindestanwesenheit',
  } satisfies Record<E.QuorumRule, string>,
  decisionMode: { CONSENSUS: 'Konsens', MAJORITY: 'Mehrheit' } satisfies Record<E.DecisionMode, string>,
  meetingStatus: {
    PLANNED: 'geplant', INVITED: 'eingeladen', HELD: 'durchgeführt', MINUTES_APPROVED: 'Protokoll genehmigt', CANCELLED: 'abgesagt',
  } satisfies Record<E.MeetingStatus, string>,
  attendanceStatus: {
    PRESENT: 'anwesend', EXCUSED: 'entschuldigt', ABSENT: 'abwesend', REPRESENTED: 'vertreten',
  } satisfies Record<E.AttendanceStatus, string>,
  agendaItemKind: { INFO: 'Information', DISCUSSION: 'Beratung', DECISION: 'Beschluss', REPORT: 'Bericht' } satisfies Record<E.AgendaItemKind, string>,
  standingItem: {
    OPENING_QUORUM: 'Begrüßung und Feststellung der Beschlussfähigkeit',
    APPROVE_MINUTES: 'Genehmigung des Protokolls der letzten Sitzung',
    COORDINATION_REPORT: 'Bericht der Koordination',
    DECISION_STATUS: 'Stand der Beschlüsse',
    MISCELLANEOUS: 'Verschiedenes',
    DATES: 'Termine',
  } satisfies Record<E.StandingItem, string>,
  agendaItemStatus: {
    OPEN: 'offen', DEALT_WITH: 'behandelt', CARRIED_OVER: 'vertagt', WITHDRAWN: 'zurückgezogen',
  } satisfies Record<E.AgendaItemStatus, string>,
  decisionType: {
    PRIORITISE_THEMES: 'Priorisierung von Themen',
    COMMISSION_GROUP: 'Beauftragung einer Gruppe',
    APPROVE_MEASURE: 'Zustimmung zu Maßnahmen',
    ADOPT_DOCUMENT: 'Beschluss eines Dokuments',
    NOTED: 'Kenntnisnahme',
    OTHER: 'Sonstiger Beschluss',
  } satisfies Record<E.DecisionType, string>,
  decisionResult: { CONSENSUS: 'im Konsens', UNANIMOUS: 'einstimmig', VOTE: 'mit Abstimmung' } satisfies Record<E.DecisionResult, string>,
  taskStatus: {
    OPEN: 'offen', IN_PROGRESS: 'in Arbeit', DONE: 'erledigt', DEFERRED: 'zurückgestellt', DISCARDED: 'verworfen',
  } satisfies Record<E.TaskStatus, string>,
  taskSource: {
    DECISION: 'Beschluss', MEETING: 'Sitzung', ROUND_TABLE: 'Runder Tisch', GROUP_MEETING: 'Gruppensitzung',
  } satisfies Record<E.TaskSource, string>,
  reconstructionFormat: { FULL: 'Fallrekonstruktion', MINI: 'Mini-Fallrekonstruktion' } satisfies Record<E.ReconstructionFormat, string>,
  caseSource: { KIM_CM: 'KIM-Case-Management', ABH: 'Ausländerbehörde', OTHER_SERVICE: 'anderer Dienst' } satisfies Record<E.CaseSource, string>,
  ageBand: {
    UNDER_18: 'unter 18', '18_26': '18–26', '27_44': '27–44', '45_64': '45–64', '65_PLUS': '65 und älter', UNKNOWN: 'unbekannt',
  } satisfies Record<E.AgeBand, string>,
  legalDomain: {
    SGB_II: 'SGB II', SGB_III: 'SGB III', SGB_V: 'SGB V', SGB_VIII: 'SGB VIII', SGB_IX: 'SGB IX', SGB_XII: 'SGB XII',
    ASYLBLG: 'AsylbLG', AUFENTHG: 'AufenthG', STAG: 'StAG', OTHER: 'sonstiges Recht',
  } satisfies Record<E.LegalDomain, string>,
  findingKind: {
    INTERFACE: 'Schnittstelle', GAP_IN_SERVICES: 'Lücke im Angebot', PROCESS_BARRIER: 'Prozesshürde',
    INFORMATION_DEFICIT: 'Informationsdefizit', DUPLICATE_STRUCTURE: 'Doppelstruktur', ACCESS_BARRIER: 'Zugangsbarriere',
  } satisfies Record<E.FindingKind, string>,
  themeStatus: {
    IDENTIFIED: 'erkannt', CONSOLIDATED: 'gebündelt', PROPOSED: 'der Lenkungsgruppe vorgelegt', PRIORITISED: 'priorisiert',
    PARKED: 'zurückgestellt', REJECTED: 'abgelehnt', ASSIGNED: 'beauftragt', MEASURES_PROPOSED: 'Maßnahmen vorgeschlagen',
    APPROVED: 'beschlossen', IN_IMPLEMENTATION: 'in Umsetzung', EVALUATED: 'ausgewertet', CLOSED: 'abgeschlossen',
  } satisfies Record<E.ThemeStatus, string>,
  themePriority: { HIGH: 'hoch', MEDIUM: 'mittel', LOW: 'niedrig' } satisfies Record<E.ThemePriority, string>,
  measureStatus: {
    PROPOSED: 'vorgeschlagen', APPROVED: 'beschlossen', IN_IMPLEMENTATION: 'in Umsetzung', COMPLETED: 'abgeschlossen',
    EVALUATED: 'ausgewertet', CANCELLED: 'abgebrochen',
  } satisfies Record<E.MeasureStatus, string>,
  budgetLine: {
    B1_COORDINATION_STAFF: 'Personal Koordinierung (B1)',
    B1_ADMIN_ASSISTANT: 'Verwaltungsassistenz (B1)',
    B1_MATERIAL_COORDINATION: 'Sachausgaben Koordinierung (B1)',
    B1_MATERIAL_ASSISTANT: 'Sachausgaben Verwaltungsassistenz (B1)',
    B1_EVENTS: 'Veranstaltungsformate (B1)',
    B1_INTERFACE_MEASURES: 'Schnittstellenmaßnahmen (B1)',
    B2_CASE_MANAGEMENT: 'Case Management (B2)',
    B3_IMMIGRATION_AUTHORITY: 'ABH/EBH-Stellen (B3)',
    OTHER: 'Sonstiges',
  } satisfies Record<E.BudgetLine, string>,
  roundTableFormat: {
    ROUND_TABLE: 'Runder Tisch Integration', DEVELOPMENT_CONFERENCE: 'Entwicklungskonferenz', EXCHANGE_FORUM: 'Austauschforum',
    MUNICIPAL_TOUR: 'Kommunentour-Termin', OTHER: 'sonstiges Format',
  } satisfies Record<E.RoundTableFormat, string>,
  participantRole: {
    KIM_TEAM: 'KIM-Team', MUNICIPAL_STAFF: 'kommunale Mitarbeitende', CM_PROVIDER: 'CM-Träger', VOLUNTEERS: 'Ehrenamtliche Initiativen',
    AUTHORITY: 'Behörde', OTHER: 'Sonstige',
  } satisfies Record<E.ParticipantRole, string>,
  eventKind: { EVENT: 'Veranstaltung', TRAINING: 'Fortbildung', PUBLIC_RELATIONS: 'Öffentlichkeitsarbeit' } satisfies Record<E.EventKind, string>,
  documentKind: {
    RULES_OF_PROCEDURE: 'Geschäftsordnung', CONCEPT: 'Konzept', MINUTES: 'Protokoll', PAPER: 'Vorlage', REPORT: 'Bericht', OTHER: 'Sonstiges',
  } satisfies Record<E.DocumentKind, string>,
  reportKind: {
    SACHBERICHT: 'Sachbericht', CONCEPT_UPDATE: 'KIM-Konzept Fortschreibung', COMMITTEE_REPORT: 'Sachstandsbericht',
  } satisfies Record<E.ReportKind, string>,
  reportSectionStatus: { DRAFT: 'Entwurf', REVIEWED: 'geprüft', FINAL: 'fertig' } satisfies Record<E.ReportSectionStatus, string>,
  auditAction: {
    CREATE: 'angelegt', UPDATE: 'geändert', DELETE: 'gelöscht', RESTORE: 'wiederhergestellt', PURGE: 'gemäß Löschfrist bereinigt',
  } satisfies Record<E.AuditAction, string>,
} as const;

export type LabelSets = typeof LABELS;
export type EnumName = keyof LabelSets;

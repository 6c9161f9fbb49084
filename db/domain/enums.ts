// Value lists of the domain. German labels live in labels.ts; the renderer gets both through `meta.enums`.

export const FUNDING_MODULES = ['B1_COORDINATION', 'B2_CASE_MANAGEMENT', 'B3_IMMIGRATION_AUTHORITY'] as const;
export type FundingModule = (typeof FUNDING_MODULES)[number];

export const POST_KINDS = ['COORDINATION', 'ADMIN_ASSISTANT', 'CASE_MANAGEMENT', 'IMMIGRATION_AUTHORITY', 'NATURALISATION_AUTHORITY'] as const;
export type PostKind = (typeof POST_KINDS)[number];

export const POST_STATUSES = ['FILLED', 'VACANT', 'ADVERTISED'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const ORGANISATION_KINDS = [
  'KREIS_UNIT', 'MUNICIPALITY_ADMIN', 'WELFARE_PROVIDER', 'JOBCENTER', 'EMPLOYMENT_AGENCY',
  'SCHOOL_AUTHORITY', 'BAMF', 'VOLUNTEER_INITIATIVE', 'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MUNICIPALITY_STATUSES = ['STADT', 'GEMEINDE'] as const;
export type MunicipalityStatus = (typeof MUNICIPALITY_STATUSES)[number];

export const TARGET_GROUPS = ['ADULTS_18_PLUS', 'YOUNG_6_27', 'ALL'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const COMMITTEE_KINDS = ['STEERING_GROUP', 'PROJECT_GROUP', 'WORKING_GROUP', 'WORKING_CIRCLE', 'OTHER'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const COMMITTEE_STATUSES = ['PLANNED', 'ACTIVE', 'CLOSED'] as const;
export type CommitteeStatus = (typeof COMMITTEE_STATUSES)[number];

export const MEMBERSHIP_ROLES = ['VOTING', 'ADVISORY', 'GUEST', 'CHAIR', 'SECRETARIAT'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_CATEGORIES = ['INTERNAL', 'EXTERNAL', 'WELFARE', 'MUNICIPALITY'] as const;
export type MembershipCategory = (typeof MEMBERSHIP_CATEGORIES)[number];

export const QUORUM_RULES = ['MORE_THAN_HALF', 'AT_LEAST_HALF', 'TWO_THIRDS', 'NONE'] as const;
export type QuorumRule = (typeof QUORUM_RULES)[number];

export const DECISION_MODES = ['CONSENSUS', 'MAJORITY'] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

export const MEETING_STATUSES = ['PLANNED', 'INVITED', 'HELD', 'MINUTES_APPROVED', 'CANCELLED'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['PRESENT', 'EXCUSED', 'ABSENT', 'REPRESENTED'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const AGENDA_ITEM_KINDS = ['INFO', 'DISCUSSION', 'DECISION', 'REPORT'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const STANDING_ITEMS = ['OPENING_QUORUM', 'APPROVE_MINUTES', 'COORDINATION_REPORT', 'DECISION_STATUS', 'MISCELLANEOUS', 'DATES'] as const;
export type StandingItem = (typeof STANDING_ITEMS)[number];

export const AGENDA_ITEM_STATUSES = ['OPEN', 'DEALT_WITH', 'CARRIED_OVER', 'WITHDRAWN'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

export const DECISION_TYPES = ['PRIORITISE_THEMES', 'COMMISSION_GROUP', 'APPROVE_MEASURE', 'ADOPT_DOCUMENT', 'NOTED', 'OTHER'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const DECISION_RESULTS = ['CONSENSUS', 'UNANIMOUS', 'VOTE'] as const;
export type DecisionResult = (typeof DECISION_RESULTS)[number];

export const TASK_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DEFERRED', 'DISCARDED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_SOURCES = ['DECISION', 'MEETING', 'ROUND_TABLE', 'GROUP_MEETING'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const RECONSTRUCTION_FORMATS = ['FULL', 'MINI'] as const;
export type ReconstructionFormat = (typeof RECONSTRUCTION_FORMATS)[number];

export const CASE_SOURCES = ['KIM_CM', 'ABH', 'OTHER_SERVICE'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const AGE_BANDS = ['UNDER_18', '18_26', '27_44', '45_64', '65_PLUS', 'UNKNOWN'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const LEGAL_DOMAINS = ['SGB_II', 'SGB_III', 'SGB_V', 'SGB_VIII', 'SGB_IX', 'SGB_XII', 'ASYLBLG', 'AUFENTHG', 'STAG', 'OTHER'] as const;
export type LegalDomain = (typeof LEGAL_DOMAINS)[number];

export const FINDING_KINDS = ['INTERFACE', 'GAP_IN_SERVICES', 'PROCESS_BARRIER', 'INFORMATION_DEFICIT', 'DUPLICATE_STRUCTURE', 'ACCESS_BARRIER'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const THEME_STATUSES = [
  'IDENTIFIED', 'CONSOLIDATED', 'PROPOSED', 'PRIORITISED', 'PARKED', 'REJECTED', 'ASSIGNED',
  'MEASURES_PROPOSED', 'APPROVED', 'IN_IMPLEMENTATION', 'EVALUATED', 'CLOSED',
] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

export const THEME_PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type ThemePriority = (typeof THEME_PRIORITIES)[number];

export const MEASURE_STATUSES = ['PROPOSED', 'APPROVED', 'IN_IMPLEMENTATION', 'COMPLETED', 'EVALUATED', 'CANCELLED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const BUDGET_LINES = [
  'B1_COORDINATION_STAFF', 'B1_ADMIN_ASSISTANT', 'B1_MATERIAL_COORDINATION', 'B1_MATERIAL_ASSISTANT',
  'B1_EVENTS', 'B1_INTERFACE_MEASURES', 'B2_CASE_MANAGEMENT', 'B3_IMMIGRATION_AUTHORITY', 'OTHER',
] as const;
export type BudgetLine = (typeof BUDGET_LINES)[number];

export const ROUND_TABLE_FORMATS = ['ROUND_TABLE', 'DEVELOPMENT_CONFERENCE', 'EXCHANGE_FORUM', 'MUNICIPAL_TOUR', 'OTHER'] as const;
export type RoundTableFormat = (typeof ROUND_TABLE_FORMATS)[number];

export const PARTICIPANT_ROLES = ['KIM_TEAM', 'MUNICIPAL_STAFF', 'CM_PROVIDER', 'VOLUNTEERS', 'AUTHORITY', 'OTHER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const EVENT_KINDS = ['EVENT', 'TRAINING', 'PUBLIC_RELATIONS'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const DOCUMENT_KINDS = ['RULES_OF_PROCEDURE', 'CONCEPT', 'MINUTES', 'PAPER', 'REPORT', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const REPORT_KINDS = ['SACHBERICHT', 'CONCEPT_UPDATE', 'COMMITTEE_REPORT'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_SECTION_STATUSES = ['DRAFT', 'REVIEWED', 'FINAL'] as const;
export type ReportSectionStatus = (typeof REPORT_SECTION_STATUSES)[number];

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'PURGE'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

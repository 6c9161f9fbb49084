import type {
  AgendaItemKind, AgendaItemStatus, DecisionResult, DecisionType, MeetingStatus, StandingItem, TaskStatus,
} from '../domain/enums';

/** A task owed by an organisation ("org:…") or a person ("p:…"). */
export interface TaskPlan {
  title: string;
  owner: string;
  due: string;
  status: TaskStatus;
  completedOn?: string;
  description?: string;
  delayReason?: string;
  evidence?: string;
}

export type EffectPlan = [
  effect: 'COMMISSION_GROUP' | 'THEME_STATUS' | 'APPROVE_MEASURE' | 'ADOPT_DOCUMENT',
  target: 'COMMITTEE' | 'THEME' | 'MEASURE' | 'DOCUMENT',
  key: string,
  detail?: string,
];

export interface DecisionPlan {
  key: string;
  number: string;
  text: string;
  type: DecisionType;
  result?: DecisionResult;
  effects?: EffectPlan[];
  tasks?: TaskPlan[];
}

export type LinkPlan = ['THEME' | 'MEASURE' | 'DOCUMENT' | 'COMMITTEE' | 'DECISION' | 'REPORT_DUE', string];

export interface ItemPlan {
  key?: string;
  title: string;
  kind: AgendaItemKind;
  standing?: StandingItem;
  presenter?: string;
  minutes?: string;
  status?: AgendaItemStatus;
  carriedFrom?: string;
  carryReason?: string;
  links?: LinkPlan[];
  decision?: DecisionPlan;
  /** Tasks agreed without a formal decision (source MEETING or GROUP_MEETING). */
  tasks?: TaskPlan[];
}

export interface MeetingPlan {
  key: string;
  committee: string;
  sequenceNo: number;
  title: string;
  startsAt: string;
  durationMinutes?: number;
  location: string | null;
  onlineUrl?: string;
  status: MeetingStatus;
  inaugural?: boolean;
  items: ItemPlan[];
  /** Person key of the minute taker; held meetings get minutes. */
  minutesBy?: string;
  guests?: Array<[person: string, note: string]>;
  notes?: string;
}

import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import type { ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { germanDate } from '../meetings/wording';
import { loadTheme, writeStatus, type StatusChange, type Theme } from './themeRecord';

/**
 * The lifecycle of a generative theme (domain brief (c)): erkannt → gebündelt → der Lenkungsgruppe vorgelegt →
 * priorisiert / zurückgestellt / abgelehnt → beauftragt → Maßnahmen vorgeschlagen → beschlossen → in Umsetzung →
 * ausgewertet → abgeschlossen. Besides the main path: a proposal can be withdrawn before the decision, the steering
 * group may prioritise and commission in one decision, a prioritised theme may get measures without a group, parked
 * or rejected themes can come back, a group can be stopped (parked) or get its proposals back.
 */
export const THEME_TRANSITIONS: Record<ThemeStatus, readonly ThemeStatus[]> = {
  IDENTIFIED: ['CONSOLIDATED', 'PROPOSED', 'CLOSED'],
  CONSOLIDATED: ['PROPOSED', 'CLOSED'],
  PROPOSED: ['PRIORITISED', 'PARKED', 'REJECTED', 'ASSIGNED', 'CONSOLIDATED'],
  PRIORITISED: ['ASSIGNED', 'MEASURES_PROPOSED', 'PARKED'],
  PARKED: ['PROPOSED', 'PRIORITISED', 'CLOSED'],
  REJECTED: ['PROPOSED', 'CLOSED'],
  ASSIGNED: ['MEASURES_PROPOSED', 'PARKED'],
  MEASURES_PROPOSED: ['APPROVED', 'ASSIGNED'],
  APPROVED: ['IN_IMPLEMENTATION'],
  IN_IMPLEMENTATION: ['EVALUATED'],
  EVALUATED: ['CLOSED', 'IN_IMPLEMENTATION'],
  CLOSED: [],
};

/** Only the Lenkungsgruppe prioritises, parks, rejects, commissions and approves. */
export const NEEDS_STEERING_DECISION: readonly ThemeStatus[] = ['PRIORITISED', 'PARKED', 'REJECTED', 'ASSIGNED', 'APPROVED'];

export interface AllowedTransition {
  status: ThemeStatus;
  label: string;
  needsDecision: boolean;
}

export function allowedTransitions(from: ThemeStatus): AllowedTransition[] {
  return THEME_TRANSITIONS[from].map((status) => ({
    status, label: LABELS.themeStatus[status], needsDecision: NEEDS_STEERING_DECISION.includes(status),
  }));
}

const quoted = (status: ThemeStatus) => `„${LABELS.themeStatus[status]}“`;

export interface TransitionFields {
  status: { field: string; label: string };
  decision: { field: string; label: string };
  committee: { field: string; label: string };
}

export const SET_STATUS_FIELDS: TransitionFields = {
  status: { field: 'status', label: 'Neuer Status' },
  decision: { field: 'decisionId', label: 'Beschluss' },
  committee: { field: 'committeeId', label: 'Beauftragte Gruppe' },
};

export interface TransitionInput {
  decisionId?: string | null;
  note?: string | null;
  /** The group a theme is assigned to; by default the group the decision commissioned. */
  committeeId?: string | null;
}

interface DecisionFacts { id: string; number: string | null; decidedOn: string; committeeKind: string; committeeName: string }

function loadDecision(ctx: Context, id: string, f: TransitionFields): DecisionFacts {
  const decision = ctx.sqlite.prepare(`SELECT d.id, d.number, d.decided_on AS decidedOn, c.kind AS committeeKind, c.name AS committeeName
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN committees c ON c.id = m.committee_id WHERE d.id = ?`).get(id) as
    DecisionFacts | undefined;
  if (!decision) throw validationError(f.decision.field, `${f.decision.label}: Der gewählte Eintrag existiert nicht (mehr).`);
  return decision;
}

function groupFor(ctx: Context, theme: Theme, to: ThemeStatus, input: TransitionInput, f: TransitionFields): string | undefined {
  if (input.committeeId) {
    if (to !== 'ASSIGNED') {
      throw validationError(f.committee.field, `${f.committee.label}: Nur beim Wechsel zu ${quoted('ASSIGNED')} anzugeben.`);
    }
    const group = ctx.sqlite.prepare('SELECT kind, name FROM committees WHERE id = ?').get(input.committeeId) as { kind: string; name: string } | undefined;
    if (!group) throw validationError(f.committee.field, `${f.committee.label}: Der gewählte Eintrag existiert nicht (mehr).`);
    if (group.kind === 'STEERING_GROUP') {
      throw validationError(f.committee.field, `${f.committee.label}: „${group.name}“ ist eine Lenkungsgruppe; beauftragt wird eine Projekt- oder Arbeitsgruppe.`);
    }
    return input.committeeId;
  }
  if (to !== 'ASSIGNED' || theme.assignedCommitteeId || !input.decisionId) return undefined;
  const commissioned = ctx.sqlite.prepare(`SELECT target_id FROM decision_effects
    WHERE decision_id = ? AND effect_type = 'COMMISSION_GROUP'`).pluck().all(input.decisionId) as string[];
  // With several groups from one decision, which one works on this theme is for the user to say.
  return commissioned.length === 1 ? commissioned[0] : undefined;
}

/**
 * The one place a theme changes status after it was created: refuses transitions the lifecycle does not allow and
 * those that need a decision of the Lenkungsgruppe without one, then writes the status and its history row. Used by
 * themes.setStatus, by the decision effect THEME_STATUS and when a theme is put on a steering group's agenda.
 */
export function transitionTheme(ctx: Context, theme: Theme, to: ThemeStatus, input: TransitionInput,
  f: TransitionFields = SET_STATUS_FIELDS): StatusChange {
  if (theme.status === to) {
    throw validationError(f.status.field, `${f.status.label}: Das Thema „${theme.title}“ ist bereits ${quoted(to)}.`);
  }
  if (!THEME_TRANSITIONS[theme.status].includes(to)) {
    const options = THEME_TRANSITIONS[theme.status];
    const possible = options.length > 0 ? `Möglich ist: ${options.map(quoted).join(', ')}.` : 'Der Status ist endgültig.';
    throw validationError(f.status.field,
      `${f.status.label}: Von ${quoted(theme.status)} kann das Thema „${theme.title}“ nicht zu ${quoted(to)} wechseln. ${possible}`);
  }
  const needsDecision = NEEDS_STEERING_DECISION.includes(to);
  if (needsDecision && !input.decisionId) {
    throw validationError(f.decision.field,
      `${f.decision.label}: Für den Wechsel zu ${quoted(to)} ist ein Beschluss der Lenkungsgruppe nötig. Bitte den Beschluss auswählen.`);
  }
  if (input.decisionId) {
    const decision = loadDecision(ctx, input.decisionId, f);
    if (needsDecision && decision.committeeKind !== 'STEERING_GROUP') {
      throw validationError(f.decision.field,
        `${f.decision.label}: Der Beschluss ${decision.number ?? `vom ${germanDate(decision.decidedOn)}`} stammt von „${decision.committeeName}“; `
        + `für den Wechsel zu ${quoted(to)} ist ein Beschluss der Lenkungsgruppe nötig.`);
    }
  }
  const assignedCommitteeId = groupFor(ctx, theme, to, input, f);
  return writeStatus(ctx, theme, to, { decisionId: input.decisionId ?? null, note: input.note ?? null, assignedCommitteeId });
}

/** themes.setStatus: one transaction, the theme as the user sees it afterwards is read by the caller. */
export function setThemeStatus(ctx: Context, input: TransitionInput & { themeId: string; status: ThemeStatus }): StatusChange {
  return ctx.write(() => {
    const theme = loadTheme(ctx, input.themeId);
    if (theme.mergedIntoThemeId) {
      const target = ctx.sqlite.prepare('SELECT title FROM themes WHERE id = ?').pluck().get(theme.mergedIntoThemeId) as string;
      throw validationError('themeId', `Thema: „${theme.title}“ wurde mit dem Thema „${target}“ zusammengeführt; bitte dort weiterarbeiten.`);
    }
    return transitionTheme(ctx, theme, input.status, input);
  });
}

/**
 * Putting a theme on an agenda of the Lenkungsgruppe is what "vorgelegt" means, so an "erkannt" or "gebündelt"
 * theme moves to PROPOSED then, with the meeting in the note. Agendas of groups and themes further along are left
 * as they are; taking the item off the agenda again does not move the theme back (the user can, via setStatus).
 */
export function proposeThemeOnAgenda(ctx: Context, themeId: string, agendaItemId: string): void {
  const facts = ctx.sqlite.prepare(`SELECT c.kind, c.name, m.starts_at AS startsAt FROM agenda_items a
    JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id WHERE a.id = ?`).get(agendaItemId) as
    { kind: string; name: string; startsAt: string } | undefined;
  if (facts?.kind !== 'STEERING_GROUP') return;
  const theme = loadTheme(ctx, themeId);
  if (theme.mergedIntoThemeId || (theme.status !== 'IDENTIFIED' && theme.status !== 'CONSOLIDATED')) return;
  writeStatus(ctx, theme, 'PROPOSED', {
    note: `Auf die Tagesordnung der Sitzung „${facts.name}“ am ${germanDate(facts.startsAt.slice(0, 10))} gesetzt`,
  });
}

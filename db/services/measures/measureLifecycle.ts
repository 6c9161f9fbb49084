import { validationError } from '../../api/errors';
import type { MeasureStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';

/**
 * vorgeschlagen → beschlossen → in Umsetzung → abgeschlossen → ausgewertet, or abgebrochen on the way. A completed
 * or evaluated measure can be set one step back to correct a slip. "beschlossen" is never set here: only the
 * decision effect APPROVE_MEASURE sets it, together with the approving decision.
 */
const TRANSITIONS: Record<MeasureStatus, readonly MeasureStatus[]> = {
  PROPOSED: ['APPROVED', 'CANCELLED'],
  APPROVED: ['IN_IMPLEMENTATION', 'CANCELLED'],
  IN_IMPLEMENTATION: ['COMPLETED', 'CANCELLED'],
  COMPLETED: ['EVALUATED', 'IN_IMPLEMENTATION'],
  EVALUATED: ['COMPLETED'],
  CANCELLED: [],
};

const quoted = (s: MeasureStatus) => `„${LABELS.measureStatus[s]}“`;

/**
 * Statuses measures.update may set next. A measure outside the chain (no theme: e.g. a purchase from the interface
 * budget) needs no steering approval and may go straight into implementation.
 */
export function nextMeasureStatuses(from: MeasureStatus, hasTheme: boolean): MeasureStatus[] {
  const next = TRANSITIONS[from].filter((s) => s !== 'APPROVED');
  return from === 'PROPOSED' && !hasTheme ? ['IN_IMPLEMENTATION', ...next] : next;
}

const APPROVAL = 'Beschlossen wird eine Maßnahme durch einen Beschluss der Lenkungsgruppe (Wirkung „Maßnahmen“ beim Beschluss).';

/** The status a new measure may start in: a theme's measure is proposed first; others may be recorded as they stand. */
export function assertStartStatus(status: MeasureStatus, hasTheme: boolean): void {
  if (status === 'APPROVED') throw validationError('status', `Status: ${APPROVAL}`);
  if (hasTheme && status !== 'PROPOSED') {
    throw validationError('status', `Status: Eine Maßnahme zu einem Thema beginnt als ${quoted('PROPOSED')} und wird von der Lenkungsgruppe beschlossen.`);
  }
}

export function assertMeasureTransition(from: MeasureStatus, to: MeasureStatus, hasTheme: boolean): void {
  if (from === to) return;
  if (to === 'APPROVED') throw validationError('status', `Status: ${APPROVAL}`);
  const next = nextMeasureStatuses(from, hasTheme);
  if (!next.includes(to)) {
    const possible = next.length > 0 ? `Möglich ist: ${next.map(quoted).join(', ')}.` : 'Der Status ist endgültig.';
    const hint = from === 'PROPOSED' && hasTheme ? ` ${APPROVAL}` : '';
    throw validationError('status', `Status: Von ${quoted(from)} kann die Maßnahme nicht zu ${quoted(to)} wechseln. ${possible}${hint}`);
  }
}

import type { InputOf, OutputOf } from '../../../../db/api/contract';

export type AgreementRow = OutputOf<'tasks.list'>[number];
type UpdateInput = InputOf<'tasks.update'>;

/** The statuses an agreement of a round table moves through; "zurückgestellt" stays the Beschlusskontrolle's. */
export const AGREEMENT_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DISCARDED'] as const;

/** The choices of the status select: the four above, plus the current status if it is another one. */
export function statusChoices(current: string): string[] {
  return (AGREEMENT_STATUSES as readonly string[]).includes(current) ? [...AGREEMENT_STATUSES] : [...AGREEMENT_STATUSES, current];
}

/**
 * The full record tasks.update expects (it replaces the task), from a listed row with some values changed.
 * The reference that makes it an agreement is sent back exactly as it is.
 */
export function agreementUpdate(row: AgreementRow, patch: Partial<Omit<UpdateInput, 'id' | 'source' | 'roundTableId'>>): UpdateInput {
  return {
    id: row.id, source: row.source, decisionId: row.decisionId, meetingId: row.meetingId,
    roundTableId: row.roundTableId,
    title: row.title, description: row.description,
    ownerOrganisationId: row.ownerOrganisationId, ownerPersonId: row.ownerPersonId, ownerText: row.ownerText,
    dueDate: row.dueDate, status: row.status, reviewDate: row.reviewDate, delayReason: row.delayReason,
    evidenceText: row.evidenceText, evidenceDocumentId: row.evidenceDocumentId,
    ...patch,
  };
}

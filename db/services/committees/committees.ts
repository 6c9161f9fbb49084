import { committees } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import { assertDateRange } from '../../api/fields';
import { berlinToday } from '../../domain/clock';
import { crud } from '../crud';
import { currentRules, type RulesInEffect } from './rules';

export type Committee = typeof committees.$inferSelect;

export const COMMITTEE_LABELS = {
  kind: 'Art',
  name: 'Name',
  shortName: 'Kurzname',
  mandate: 'Auftrag',
  status: 'Status',
  commissionedByDecisionId: 'Beauftragt durch Beschluss',
  leadPersonId: 'Leitung (Person)',
  leadOrganisationId: 'Federführende Organisation',
  municipalityId: 'Kommune',
  startDate: 'Beginn',
  plannedEndDate: 'Geplantes Ende',
  endDate: 'Ende',
  closingResult: 'Ergebnis',
};

const L = COMMITTEE_LABELS;

export const committeeCrud = crud<Committee>({
  table: committees,
  displayName: (row) => String(row.name),
  labels: L,
  check(_ctx, next) {
    const c = next as Partial<Committee>;
    assertDateRange(c, 'startDate', 'endDate', L);
    assertDateRange(c, 'startDate', 'plannedEndDate', L);
    // A closed group without an end date would stay "current" in every report period.
    if (c.status === 'CLOSED' && !c.endDate) {
      throw validationError('endDate', `${L.endDate}: Bitte angeben, wenn das Gremium abgeschlossen ist.`);
    }
  },
});

export interface CommitteeDetail {
  committee: Committee;
  rules: RulesInEffect;
  commissionedBy: { id: string; number: string | null; decidedOn: string; meetingId: string } | null;
  leadPersonName: string | null;
  leadOrganisationName: string | null;
  counts: {
    currentMembers: number;
    votingSeats: number;
    meetings: number;
    heldMeetings: number;
    decisions: number;
    openBacklogTopics: number;
  };
}

export function getCommittee(ctx: Context, id: string): CommitteeDetail {
  const committee = committeeCrud.get(ctx, id);
  const today = berlinToday(ctx.clock);
  const names = ctx.sqlite.prepare(`
    SELECT (SELECT name FROM persons WHERE id = @lp) AS person, (SELECT name FROM organisations WHERE id = @lo) AS organisation
  `).get({ lp: committee.leadPersonId, lo: committee.leadOrganisationId }) as { person: string | null; organisation: string | null };
  const commissionedBy = committee.commissionedByDecisionId
    ? ctx.sqlite.prepare(`SELECT id, number, decided_on AS decidedOn, meeting_id AS meetingId FROM decisions WHERE id = ?`)
      .get(committee.commissionedByDecisionId) as CommitteeDetail['commissionedBy']
    : null;
  const counts = ctx.sqlite.prepare(`
    SELECT
      (SELECT count(*) FROM committee_memberships m WHERE m.committee_id = @id
         AND coalesce(m.valid_from, '') <= @today AND (m.valid_to IS NULL OR m.valid_to >= @today)) AS currentMembers,
      (SELECT count(*) FROM committee_memberships m WHERE m.committee_id = @id AND m.role IN ('VOTING', 'CHAIR')
         AND m.occasional = 0
         AND coalesce(m.valid_from, '') <= @today AND (m.valid_to IS NULL OR m.valid_to >= @today)) AS votingSeats,
      (SELECT count(*) FROM meetings mt WHERE mt.committee_id = @id AND mt.status <> 'CANCELLED') AS meetings,
      (SELECT count(*) FROM meetings mt WHERE mt.committee_id = @id AND mt.status IN ('HELD', 'MINUTES_APPROVED')) AS heldMeetings,
      (SELECT count(*) FROM decisions d JOIN meetings mt ON mt.id = d.meeting_id WHERE mt.committee_id = @id) AS decisions,
      (SELECT count(*) FROM backlog_topics b WHERE b.committee_id = @id AND b.used_in_agenda_item_id IS NULL) AS openBacklogTopics
  `).get({ id, today }) as CommitteeDetail['counts'];
  return {
    committee,
    rules: currentRules(ctx, id, today),
    commissionedBy: commissionedBy ?? null,
    leadPersonName: names.person,
    leadOrganisationName: names.organisation,
    counts,
  };
}

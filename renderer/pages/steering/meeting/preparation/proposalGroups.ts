export const PROPOSAL_GROUPS = [
  { source: 'THEME', heading: 'Themen für eine Entscheidung' },
  { source: 'REPORT_DUE', heading: 'Berichte der Gruppen' },
  { source: 'TASK_DUE', heading: 'Fällige Aufgaben aus Beschlüssen' },
  { source: 'CARRIED_OVER', heading: 'Vertagte Punkte' },
  { source: 'BACKLOG_TOPIC', heading: 'Themenspeicher' },
] as const;

export interface ProposalGroup<P> {
  source: string;
  heading: string;
  proposals: P[];
}

/** The merged backlog in its five sources, in the order the agenda usually takes them; empty sources are left out. */
export function groupProposals<P extends { source: string }>(proposals: readonly P[]): ProposalGroup<P>[] {
  return PROPOSAL_GROUPS
    .map((g) => ({ source: g.source, heading: g.heading, proposals: proposals.filter((p) => p.source === g.source) }))
    .filter((g) => g.proposals.length > 0);
}

/** '#/fallrekonstruktionen' (list), '…/neu', '…/loeschfristen', '…/<id>'. */
export type ReconstructionRoute =
  | { kind: 'list' }
  | { kind: 'retention' }
  | { kind: 'new' }
  | { kind: 'record'; id: string };

export const RECONSTRUCTIONS_BASE = '/fallrekonstruktionen';

export const RECONSTRUCTION_TABS = [
  { slug: '', label: 'Fallrekonstruktionen' },
  { slug: 'loeschfristen', label: 'Löschfristen' },
] as const;

export function parseReconstructionRoute(sub: string): ReconstructionRoute {
  const [first] = sub.split('/').filter(Boolean);
  if (!first) return { kind: 'list' };
  if (first === 'loeschfristen') return { kind: 'retention' };
  if (first === 'neu') return { kind: 'new' };
  return { kind: 'record', id: first };
}

export function reconstructionPath(id?: string): string {
  return id ? `${RECONSTRUCTIONS_BASE}/${id}` : RECONSTRUCTIONS_BASE;
}

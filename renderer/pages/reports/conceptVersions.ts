import type { OutputOf } from '../../../db/api/contract';
import { formatInstant } from '../../format/date';

type Version = OutputOf<'reports.list'>[number];

/** The office's calendar day of an instant: '2025-01-19T23:30:00Z' → '20.01.2025' (Berlin). */
export function berlinDay(iso: string): string {
  return formatInstant(iso).split(',')[0];
}

/** "Entwurf" or "veröffentlicht am 20.01.2025". */
export function versionStatusText(v: Pick<Version, 'status' | 'publishedAt'>): string {
  return v.status === 'PUBLISHED' && v.publishedAt ? `veröffentlicht am ${berlinDay(v.publishedAt)}` : 'Entwurf';
}

/** The pair compared by default: this version against the one it is based on, else against the newest other one. */
export function defaultComparison(
  versions: ReadonlyArray<{ id: string; basedOnDraftId: string | null }>, currentId: string,
): { fromId: string; toId: string } | null {
  const current = versions.find((v) => v.id === currentId);
  const base = current?.basedOnDraftId && versions.some((v) => v.id === current.basedOnDraftId) ? current.basedOnDraftId : null;
  const other = base ?? versions.find((v) => v.id !== currentId)?.id;
  if (!current || !other) return null;
  // Based on → this; for the first version the later one is the newer side.
  return base ? { fromId: base, toId: currentId } : { fromId: currentId, toId: other };
}

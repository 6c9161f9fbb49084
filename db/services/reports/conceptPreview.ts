import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { readOfficeSettings } from '../settings/officeSettings';
import { narrativeBlocks, type ReportBlock } from './blocks';
import { diffDrafts } from './concepts';
import { conceptBlocksOf } from './conceptFreeze';
import { draftOf, sectionsOf } from './drafts';
import type { DiffPart } from './wordDiff';

export interface ConceptChapter {
  sectionId: string;
  key: string;
  /** "3." for a main section, "3.1" below it. */
  number: string;
  depth: 1 | 2;
  title: string;
  generated: ReportBlock[];
  narrative: ReportBlock[];
  /** With marked changes: the text word by word against the version it is based on. */
  changes: DiffPart[] | null;
}

export interface ConceptPreview {
  draftId: string;
  title: string;
  versionLabel: string | null;
  status: 'DRAFT' | 'PUBLISHED';
  publishedAt: string | null;
  officeName: string;
  basedOnTitle: string | null;
  chapters: ConceptChapter[];
}

/**
 * The Konzept version as the preview shows and Word writes it; with `markChanges` each text carries its changes.
 * A published version shows its generated sections as frozen at publication.
 */
export function conceptPreview(ctx: Context, draftId: string, options: { markChanges?: boolean } = {}): ConceptPreview {
  const draft = draftOf(ctx, draftId);
  if (draft.kind !== 'CONCEPT_UPDATE') throw new ApiError('CONFLICT', `„${draft.title}“ ist keine Version des KIM-Konzepts.`);
  if (options.markChanges && !draft.basedOnDraftId) {
    throw new ApiError('CONFLICT', `„${draft.title}“ ist die erste Version; Änderungen lassen sich nur gegenüber einer früheren Version markieren.`);
  }
  const diff = options.markChanges ? new Map(diffDrafts(ctx, draft.basedOnDraftId!, draftId).sections.map((s) => [s.key, s.parts])) : null;
  const generatedOf = conceptBlocksOf(ctx, draft);
  let main = 0;
  let sub = 0;
  const chapters = sectionsOf(ctx, draftId).filter((s) => s.enabled).map((s): ConceptChapter => {
    const depth = s.parentKey ? 2 : 1;
    if (depth === 1) { main += 1; sub = 0; } else sub += 1;
    return {
      sectionId: s.id, key: s.key, depth, number: depth === 1 ? `${main}.` : `${main}.${sub}`, title: s.title,
      generated: s.generated ? generatedOf(s.key) : [],
      narrative: narrativeBlocks(s.narrative),
      changes: diff ? diff.get(s.key) ?? [] : null,
    };
  });
  const base = draft.basedOnDraftId ? draftOf(ctx, draft.basedOnDraftId) : null;
  return {
    draftId, title: draft.title, versionLabel: draft.versionLabel, status: draft.status, publishedAt: draft.publishedAt,
    officeName: readOfficeSettings(ctx)?.officeName ?? 'KIM-Koordinierungsstelle', basedOnTitle: base?.title ?? null, chapters,
  };
}

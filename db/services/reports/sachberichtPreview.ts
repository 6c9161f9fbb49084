import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { formatDate } from '../../domain/format';
import { effectiveSettings } from '../settings/officeSettings';
import { narrativeBlocks, type ReportBlock } from './blocks';
import { draftOf, sectionsOf, type DraftRow } from './drafts';
import { generatedBlocks } from './sachberichtChapters';
import type { SachberichtFigures } from './sachberichtFigures';
import { latestSnapshot, type SnapshotInfo } from './snapshots';

export const DEFAULT_RECIPIENT = 'Bezirksregierung Arnsberg, Dezernat 36 – Kommunale Integrationszentren';

export interface PreviewChapter {
  sectionId: string;
  key: string;
  /** "3." for the third enabled chapter; the annex has none. */
  number: string | null;
  title: string;
  status: string;
  statusLabel: string;
  generated: ReportBlock[];
  narrative: ReportBlock[];
  /** A chapter that lives on the office's text and has none yet. */
  narrativeMissing: boolean;
}

export interface SachberichtPreview {
  draftId: string;
  title: string;
  snapshot: SnapshotInfo;
  smallCountThreshold: number;
  cover: {
    title: string;
    subtitle: string;
    officeName: string;
    officeUnit: string | null;
    facts: Array<[label: string, value: string]>;
  };
  chapters: PreviewChapter[];
}

function cover(draft: DraftRow, f: SachberichtFigures): SachberichtPreview['cover'] {
  const fy = f.fundingYear;
  const facts: Array<[string, string]> = [
    ['Zuwendungsempfänger', [f.office.name, f.office.unit].filter(Boolean).join(', ')],
    ['Förderjahr', String(f.year)],
    ['Berichtszeitraum', `${formatDate(`${f.year}-01-01`)} bis ${formatDate(f.periodEnd)}`],
    ['Stichtag der Zahlen', formatDate(f.reportingDate)],
    ['Empfänger', draft.recipient ?? DEFAULT_RECIPIENT],
    ['Bewilligungsbehörde', 'Bezirksregierung Arnsberg, Dezernat 36'],
  ];
  if (fy?.grantNoticeDate) facts.push(['Zuwendungsbescheid vom', formatDate(fy.grantNoticeDate)]);
  const reference = draft.reference ?? fy?.grantNoticeRef;
  if (reference) facts.push(['Aktenzeichen', reference]);
  if (fy?.guidelineVersion) facts.push(['Förderrichtlinie', fy.guidelineVersion]);
  return {
    title: draft.title,
    subtitle: `Kommunales Integrationsmanagement (KIM) – Sachbericht zum Verwendungsnachweis ${f.year}`,
    officeName: f.office.name,
    officeUnit: f.office.unit,
    facts,
  };
}

/**
 * The Sachbericht as the app previews it and the Word export writes it: cover facts and every enabled chapter
 * with its generated part (from the latest snapshot, small counts suppressed) and the office's text.
 */
export function sachberichtPreview(ctx: Context, draftId: string): SachberichtPreview {
  const draft = draftOf(ctx, draftId);
  if (draft.kind !== 'SACHBERICHT') throw new ApiError('CONFLICT', `„${draft.title}“ ist kein Sachbericht.`);
  const snapshot = latestSnapshot(ctx, draftId);
  if (!snapshot) {
    throw new ApiError('CONFLICT', `Für „${draft.title}“ gibt es noch keinen Zahlenstand. Bitte zuerst einen Zahlenstand zum Stichtag erstellen.`);
  }
  const { figures, ...info } = snapshot;
  const threshold = effectiveSettings(ctx).smallCountThreshold;
  let number = 0;
  const chapters = sectionsOf(ctx, draftId).filter((s) => s.enabled).map((s): PreviewChapter => {
    const narrative = narrativeBlocks(s.narrative);
    const annex = s.key === 'annex';
    return {
      sectionId: s.id, key: s.key, number: annex ? null : `${++number}.`, title: s.title, status: s.status, statusLabel: s.statusLabel,
      generated: s.generated ? generatedBlocks(s.key, figures, threshold) : [],
      narrative, narrativeMissing: !s.generated && narrative.length === 0,
    };
  });
  return {
    draftId, title: draft.title, snapshot: info, smallCountThreshold: threshold,
    cover: cover(draft, figures), chapters,
  };
}

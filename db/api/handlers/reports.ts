import { z } from 'zod';
import { method } from '../define';
import { bool, choice, date, id, input, int, optionalChoice, optionalDate, optionalId, optionalText, text } from '../fields';
import { REPORT_KINDS, REPORT_SECTION_STATUSES } from '../../domain/enums';
import {
  createSachbericht, draftOf, listDrafts, reorderSections, sectionsOf, updateSection,
} from '../../services/reports/drafts';
import { latestSnapshot, snapshotDiff, snapshotsOf, takeSnapshot } from '../../services/reports/snapshots';
import { sachberichtPreview } from '../../services/reports/sachberichtPreview';
import { exportSachbericht } from '../../exports/reports/sachberichtDocx';
import { createConcept, diffDrafts, publishDraft } from '../../services/reports/concepts';
import { conceptPreview } from '../../services/reports/conceptPreview';
import { exportConcept } from '../../exports/reports/conceptDocx';

const WRITES = ['report_drafts', 'report_sections'];

/** Sachbericht drafts: chapters with the office's text, snapshots of the figures, preview and comparison. */
export const reportMethods = {
  'reports.list': method({
    input: z.strictObject({ kind: optionalChoice('Berichtsart', REPORT_KINDS) }).optional(),
    run: (ctx, filter) => listDrafts(ctx, { kind: filter?.kind ?? null }),
  }),
  'reports.get': method({
    input: input({ id: id('Bericht') }),
    run: (ctx, { id: draftId }) => {
      const draft = draftOf(ctx, draftId);
      const latest = latestSnapshot(ctx, draftId);
      const snapshotCount = (ctx.sqlite.prepare('SELECT count(*) AS n FROM report_snapshots WHERE draft_id = ?').get(draftId) as { n: number }).n;
      return {
        draft,
        sections: sectionsOf(ctx, draftId),
        latestSnapshot: latest ? { id: latest.id, takenAt: latest.takenAt, reportingDate: latest.reportingDate, createdBy: latest.createdBy } : null,
        snapshotCount,
      };
    },
  }),
  'reports.createSachbericht': method({
    input: input({
      year: int('Förderjahr', 2000, 2100),
      reportingDate: optionalDate('Stichtag'),
      recipient: optionalText('Empfänger', 300),
      reference: optionalText('Aktenzeichen', 120),
    }),
    writes: WRITES,
    run: (ctx, values) => createSachbericht(ctx, values),
  }),
  'reports.createConcept': method({
    input: input({ versionLabel: text('Version', 120), basedOnDraftId: optionalId('Grundlage') }),
    writes: WRITES,
    run: (ctx, values) => createConcept(ctx, values),
  }),
  'reports.publish': method({
    input: input({ draftId: id('Bericht') }),
    writes: ['report_drafts', 'report_snapshots'],
    run: (ctx, { draftId }) => publishDraft(ctx, draftId),
  }),
  'reports.diff': method({
    input: input({ fromDraftId: id('Frühere Version'), toDraftId: id('Neuere Version') }),
    run: (ctx, { fromDraftId, toDraftId }) => diffDrafts(ctx, fromDraftId, toDraftId),
  }),
  'reports.updateSection': method({
    input: input({
      id: id('Kapitel'),
      title: text('Titel', 200).optional(),
      enabled: bool('Im Bericht').optional(),
      position: int('Position', 1, 1000).optional(),
      // Not longText: an omitted text must keep the stored one (autosave sends only what changed), not clear it.
      narrative: z.string({ error: 'Text: Text erwartet.' }).max(100_000, { error: 'Text: Höchstens 100000 Zeichen.' }).optional(),
      status: choice('Status', REPORT_SECTION_STATUSES).optional(),
    }),
    writes: ['report_sections'],
    run: (ctx, change) => updateSection(ctx, change),
  }),
  'reports.reorderSections': method({
    input: input({ draftId: id('Bericht'), sectionIds: z.array(id('Kapitel'), { error: 'Kapitel: Liste erwartet.' }).max(200) }),
    writes: ['report_sections'],
    run: (ctx, { draftId, sectionIds }) => reorderSections(ctx, draftId, sectionIds),
  }),
  'reports.takeSnapshot': method({
    input: input({ draftId: id('Bericht'), reportingDate: date('Stichtag') }),
    writes: ['report_snapshots', 'report_drafts'],
    run: (ctx, { draftId, reportingDate }) => takeSnapshot(ctx, draftId, reportingDate),
  }),
  'reports.snapshots': method({
    input: input({ draftId: id('Bericht') }),
    run: (ctx, { draftId }) => snapshotsOf(ctx, draftId, 100).map(({ figures: _f, ...info }) => info),
  }),
  'reports.snapshotDiff': method({
    input: input({ draftId: id('Bericht') }),
    run: (ctx, { draftId }) => snapshotDiff(ctx, draftId),
  }),
  'reports.preview': method({
    input: input({ draftId: id('Bericht') }),
    run: (ctx, { draftId }) => sachberichtPreview(ctx, draftId),
  }),
  'reports.conceptPreview': method({
    input: input({ draftId: id('Bericht'), markChanges: bool('Änderungen markieren').optional() }),
    run: (ctx, { draftId, markChanges }) => conceptPreview(ctx, draftId, { markChanges: markChanges ?? false }),
  }),
};

/** The Word files of reports. */
export const reportExportMethods = {
  'exports.sachbericht': method({
    input: input({ draftId: id('Bericht') }),
    writes: ['report_exports'],
    run: (ctx, { draftId }) => exportSachbericht(ctx, draftId),
  }),
  'exports.konzept': method({
    input: input({ draftId: id('Bericht'), markChanges: bool('Änderungen markieren').optional() }),
    run: (ctx, { draftId, markChanges }) => exportConcept(ctx, draftId, markChanges ?? false),
  }),
};

import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DocumentKind, ReportKind, ReportSectionStatus } from '../domain/enums';
import { flag, idColumn, timestamps } from './columns';
import { decisions } from './decisions';

/** Files kept in the data folder's files/ directory; the row holds metadata and the relative path. */
export const documents = sqliteTable('documents', {
  id: idColumn(),
  kind: text('kind').$type<DocumentKind>().notNull(),
  title: text('title').notNull(),
  version: text('version'),
  fileName: text('file_name'),
  storedPath: text('stored_path'),
  mimeType: text('mime_type'),
  sizeBytes: integer('size_bytes'),
  sha256: text('sha256'),
  adoptedByDecisionId: text('adopted_by_decision_id').references((): AnySQLiteColumn => decisions.id),
  adoptedOn: text('adopted_on'),
  ...timestamps,
}, (t) => [index('documents_kind_idx').on(t.kind)]);

/** A Sachbericht per funding year, or a version of the KIM-Konzept Fortschreibung. */
export const reportDrafts = sqliteTable('report_drafts', {
  id: idColumn(),
  kind: text('kind').$type<ReportKind>().notNull(),
  year: integer('year'),
  title: text('title').notNull(),
  versionLabel: text('version_label'),
  reportingDate: text('reporting_date'),
  recipient: text('recipient'),
  reference: text('reference'),
  status: text('status').$type<'DRAFT' | 'PUBLISHED'>().notNull(),
  publishedAt: text('published_at'),
  basedOnDraftId: text('based_on_draft_id').references((): AnySQLiteColumn => reportDrafts.id),
  ...timestamps,
}, (t) => [index('report_drafts_kind_year_idx').on(t.kind, t.year)]);

export const reportSections = sqliteTable('report_sections', {
  id: idColumn(),
  draftId: text('draft_id').notNull().references(() => reportDrafts.id, { onDelete: 'cascade' }),
  key: text('key').notNull(),
  parentKey: text('parent_key'),
  position: integer('position').notNull(),
  title: text('title').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  generated: flag('generated'),
  narrative: text('narrative'),
  status: text('status').$type<ReportSectionStatus>().notNull().default('DRAFT'),
  ...timestamps,
}, (t) => [index('report_sections_draft_idx').on(t.draftId, t.position)]);

/** Figures frozen at a reporting date, so a report regenerates with identical numbers later. */
export const reportSnapshots = sqliteTable('report_snapshots', {
  id: idColumn(),
  draftId: text('draft_id').notNull().references(() => reportDrafts.id, { onDelete: 'cascade' }),
  takenAt: text('taken_at').notNull(),
  reportingDate: text('reporting_date').notNull(),
  dataJson: text('data_json').notNull(),
  createdBy: text('created_by'),
}, (t) => [index('report_snapshots_draft_idx').on(t.draftId, t.takenAt)]);

export const reportExports = sqliteTable('report_exports', {
  id: idColumn(),
  draftId: text('draft_id').notNull().references(() => reportDrafts.id, { onDelete: 'cascade' }),
  snapshotId: text('snapshot_id').references(() => reportSnapshots.id),
  fileName: text('file_name').notNull(),
  exportedAt: text('exported_at').notNull(),
  exportedBy: text('exported_by'),
});

import type { FileChild } from 'docx';
import type { Context } from '../../core/context';
import { formatDate } from '../../domain/format';
import { LABELS } from '../../domain/labels';
import type { TaskRow } from '../../services/tasks/listTasks';
import type { ResponsibleProvider } from '../../services/municipalityProfile/responsibility';
import { bold, bullets, facts, heading, paragraph } from '../docx/blocks';
import { renderDocx } from '../docx/document';
import { dataTable, DATE_CM, STATUS_CM, type Cell } from '../docx/table';
import { exportFile, type ExportFile } from '../exportFile';
import { suppressedCount } from './smallCounts';
import { loadSteckbriefData, type SteckbriefData } from './steckbriefData';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function municipalityName(data: SteckbriefData): string {
  const m = data.profile.municipality;
  return `${LABELS.municipalityStatus[m.status]} ${m.name}`;
}

function keyFacts(data: SteckbriefData): FileChild[] {
  const p = data.profile;
  const last = p.roundTables.find((r) => r.heldOn === p.lastContactOn);
  const next = p.roundTables.filter((r) => r.planned).at(-1);
  const owed = p.agreements.open.length + p.agreements.overdue.length;
  return facts([
    ['Kommune', `${municipalityName(data)}${p.municipality.officialKey ? ` (Gemeindeschlüssel ${p.municipality.officialKey})` : ''}`],
    ['Letzter Kontakt', last ? `${formatDate(last.heldOn)}, ${last.title}` : 'bisher kein Runder Tisch in der Kommune'],
    ['Hinweis', p.contactWarning && last ? bold(`Seit mehr als ${p.contactWarningMonths} Monaten kein Runder Tisch in der Kommune`) : null],
    ['Nächster Termin', next ? `${formatDate(next.heldOn)}, ${next.title}` : null],
    ['Vereinbarungen', `${owed} offen${p.agreements.overdue.length > 0 ? `, davon ${p.agreements.overdue.length} überfällig` : ''}; `
      + `${p.agreements.completed.length} erledigt`],
  ], 2300);
}

function postLines(provider: ResponsibleProvider): string {
  if (provider.posts.length === 0) return '–';
  return provider.posts.map((post) => (post.status === 'FILLED' && post.holderName
    ? `${post.holderName} (${post.label})`
    : `${post.label}: ${LABELS.postStatus[post.status]}`)).join('\n');
}

function providerTable(data: SteckbriefData): FileChild[] {
  const { providers } = data.profile;
  if (providers.length === 0) return [paragraph('Für die Kommune ist derzeit kein Träger zuständig eingetragen.')];
  return [dataTable({
    columns: [{ header: 'Träger', weight: 3 }, { header: 'Zielgruppe', weight: 2.4 }, { header: 'Case Management', weight: 3.6 }],
    rows: providers.map((p): Cell[] => [
      p.providerName,
      [...new Set(p.assignments.map((a) => LABELS.targetGroup[a.targetGroup] + (a.countyWide ? ' (kreisweit)' : '')))].join('\n'),
      postLines(p),
    ]),
  })];
}

function caseFigures(data: SteckbriefData): FileChild[] {
  const f = data.caseFigures;
  if (!f) return [];
  const t = data.smallCountThreshold;
  const right = { align: 'right' as const };
  return [
    heading('Case Management in Zahlen', 2),
    dataTable({
      columns: [{ header: 'Zeitraum', weight: 1 }, { header: 'Neue Fälle', cm: 2.6, ...right }, { header: 'Aktive Fälle', cm: 2.6, ...right },
        { header: 'Abgeschlossen', cm: 2.8, ...right }, { header: 'Kontakte', cm: 2.6, ...right }],
      rows: [[`${formatDate(f.periodStart)}–${formatDate(f.periodEnd)}`, suppressedCount(f.newCases, t), suppressedCount(f.activeCases, t),
        suppressedCount(f.closedCases, t), suppressedCount(f.contacts, t)]],
    }),
    paragraph(`Summe über alle Träger. Werte unter ${t} werden als „< ${t}“ ausgewiesen.${f.sources ? ` Quelle: ${f.sources}.` : ''}`,
      { small: true, spaceBefore: 60 }),
  ];
}

function roundTableTable(data: SteckbriefData): FileChild[] {
  const t = data.smallCountThreshold;
  const rows = data.recentRoundTables;
  if (rows.length === 0) return [paragraph('In den letzten 24 Monaten fand kein Runder Tisch in der Kommune statt.')];
  return [dataTable({
    columns: [{ header: 'Datum', cm: DATE_CM }, { header: 'Runder Tisch', weight: 1 }, { header: 'Teilnehmende', cm: 2.8, align: 'right' }],
    rows: rows.map((r): Cell[] => [
      formatDate(r.heldOn),
      { main: r.title, notes: [[r.title.includes(LABELS.roundTableFormat[r.format]) ? null : LABELS.roundTableFormat[r.format], r.otherMunicipalityNames ? `gemeinsam mit ${r.otherMunicipalityNames}` : null]
        .filter(Boolean).join(' · ')] },
      r.headCount > 0 ? suppressedCount(r.headCount, t) : '',
    ]),
  })];
}

function agreementState(task: TaskRow): Cell {
  if (task.overdue) return { main: 'überfällig', notes: [plural(task.daysOverdue, 'Tag', 'Tage')], bold: true };
  return LABELS.taskStatus[task.status];
}

function agreementTable(data: SteckbriefData): FileChild[] {
  const { open, overdue } = data.profile.agreements;
  const rows = [...overdue, ...open];
  if (rows.length === 0) return [paragraph('Es sind keine Vereinbarungen offen.')];
  return [dataTable({
    columns: [{ header: 'Vereinbarung', weight: 3 }, { header: 'Verantwortlich', weight: 1.6 }, { header: 'Fällig am', cm: DATE_CM },
      { header: 'Stand', cm: STATUS_CM }],
    rows: rows.map((task): Cell[] => [
      { main: task.title, notes: [task.roundTableTitle ? `${task.roundTableTitle}` : null] },
      task.ownerName, formatDate(task.dueDate), agreementState(task),
    ]),
  })];
}

function themeList(data: SteckbriefData): FileChild[] {
  const { themes } = data.profile;
  if (themes.length === 0) return [paragraph('Bisher sind keine Themen mit Bezug zur Kommune erfasst.')];
  return bullets(themes.map((theme) => {
    const details = [theme.fieldOfActionLabel, LABELS.themeStatus[theme.status]].filter(Boolean).join('; ');
    return `${theme.title} (${details})`;
  }));
}

/**
 * The one-page "Steckbrief" for a talk with the mayor or the municipality's integration officer: who is
 * responsible, when KIM was last there, what was agreed and is still open, which themes concern the town.
 * Counts of people per municipality are suppressed below the office's threshold, as the page leaves the office.
 */
export function steckbriefBlocks(data: SteckbriefData): FileChild[] {
  return [
    heading(`Steckbrief ${municipalityName(data)}`, 1),
    paragraph(`Kommunales Integrationsmanagement · Stand ${formatDate(data.profile.today)}`, { small: true, spaceAfter: 160 }),
    ...keyFacts(data),
    heading('Zuständige Träger und Case Management', 2),
    ...providerTable(data),
    ...caseFigures(data),
    heading('Runde Tische der letzten 24 Monate', 2),
    ...roundTableTable(data),
    heading('Offene Vereinbarungen', 2),
    ...agreementTable(data),
    heading('Themen mit Bezug zur Kommune', 2),
    ...themeList(data),
  ];
}

export async function exportSteckbrief(ctx: Context, municipalityId: string): Promise<ExportFile> {
  const data = loadSteckbriefData(ctx, municipalityId);
  const title = `Steckbrief ${municipalityName(data)}`;
  const buffer = await renderDocx({
    title, subject: 'Kommunales Integrationsmanagement', letterhead: data.letterhead,
    parts: [{ header: 'letterhead', children: steckbriefBlocks(data) }],
  });
  return exportFile(`${data.profile.today} Steckbrief ${data.profile.municipality.name}`, 'docx', buffer);
}

import type { FileChild } from 'docx';
import { LABELS } from '../../domain/labels';
import { countLabel, formatDate } from '../../domain/format';
import { bullets, deeper, facts, heading, italic, paragraph, textBlock, type HeadingDepth } from '../docx/blocks';
import { dataTable } from '../docx/table';
import type { GroupStatus } from './data/groupStatus';

function period(from: string | null, to: string | null): string | null {
  if (!from && !to) return null;
  if (from && to) return `${formatDate(from)} bis ${formatDate(to)}`;
  return from ? `seit ${formatDate(from)}` : `bis ${formatDate(to)}`;
}

function meetingsLine(g: GroupStatus): string {
  const parts = [g.meetingsHeld === 0 ? 'noch keine Sitzung durchgeführt' : `${countLabel(g.meetingsHeld, 'Sitzung', 'Sitzungen')} durchgeführt`];
  if (g.lastMeetingOn) parts.push(`zuletzt am ${formatDate(g.lastMeetingOn)}`);
  if (g.nextMeetingOn) parts.push(`nächste am ${formatDate(g.nextMeetingOn)}`);
  return parts.join(', ');
}

function groupPage(g: GroupStatus, asOf: string, depth: HeadingDepth, first: boolean): FileChild[] {
  const report = g.nextReport
    ? `${formatDate(g.nextReport.dueDate)}${g.nextReport.topic ? ` – ${g.nextReport.topic}` : ''}${g.nextReport.dueDate < asOf ? ' (überfällig)' : ''}`
    : 'kein Bericht offen';
  const commission = g.commission
    ? `Beschluss ${g.commission.number ?? ''} vom ${formatDate(g.commission.decidedOn)}`.replace('  ', ' ')
    : null;
  return [
    heading(g.name, depth, { pageBreakBefore: !first }),
    ...facts([
      ['Art', LABELS.committeeKind[g.kind]],
      ['Beauftragung', commission],
      ['Leitung', g.lead],
      ['Laufzeit', period(g.startDate, g.plannedEndDate)],
      ['Mitglieder', String(g.memberCount)],
      ['Sitzungen', meetingsLine(g)],
      ['Nächster Bericht', report],
    ], 2300),
    ...(g.mandate ? [heading('Auftrag', deeper(depth, 1)), ...textBlock(g.mandate)] : []),
    ...(g.themes.length > 0
      ? [heading('Themen', deeper(depth, 1)),
        ...bullets(g.themes.map((t) => `${t.title} (${LABELS.themeStatus[t.status]})`))]
      : []),
    heading('Maßnahmen', deeper(depth, 1)),
    g.measures.length > 0
      ? dataTable({
        columns: [{ header: 'Maßnahme', weight: 60 }, { header: 'Status', weight: 20 }, { header: 'Zeitraum', cm: 4.2 }],
        rows: g.measures.map((m) => [m.title, LABELS.measureStatus[m.status], period(m.startDate, m.endDate) ?? '–']),
      })
      : paragraph(italic('Noch keine Maßnahmen erfasst.')),
  ];
}

/** "Sachstand der Arbeitsgremien": one page per active project group, working group or working circle. */
export function groupStatusSection(groups: readonly GroupStatus[], asOf: string, depth: HeadingDepth): FileChild[] {
  if (groups.length === 0) {
    return [heading('Sachstand der Arbeitsgremien', depth), paragraph(italic('Es gibt keine aktiven Arbeitsgremien.'))];
  }
  return [
    heading('Sachstand der Arbeitsgremien', depth),
    paragraph(`Stand: ${formatDate(asOf)}. Je Projektgruppe, Arbeitsgruppe und Arbeitskreis eine Seite.`, { small: true }),
    ...groups.flatMap((g, i) => groupPage(g, asOf, deeper(depth, 1), i === 0)),
  ];
}

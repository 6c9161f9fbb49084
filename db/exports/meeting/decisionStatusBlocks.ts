import type { FileChild } from 'docx';
import { LABELS } from '../../domain/labels';
import { countLabel, formatDate } from '../../domain/format';
import { deeper, heading, italic, paragraph, textBlock, type HeadingDepth } from '../docx/blocks';
import { DATE_CM, STATUS_CM, dataTable } from '../docx/table';
import type { FollowUpReport, FollowUpState, FollowUpTask } from '../../services/tasks/followUpReport';
import { dateOf } from '../../domain/dates';

const STATE: Record<FollowUpState, string> = { OVERDUE: 'mit überfälligen Aufgaben', OPEN: 'in Umsetzung', DONE: 'erledigt' };

function taskState(t: FollowUpTask): string {
  if (t.status === 'DONE') return t.completedOn ? `erledigt am ${formatDate(t.completedOn)}` : 'erledigt';
  const label = LABELS.taskStatus[t.status];
  return t.overdue ? `${label}, ${countLabel(t.daysOverdue, 'Tag', 'Tage')} überfällig` : label;
}

/** Why a task is late and what was last noted, as small lines under its title (a column of their own would starve the title). */
function taskNotes(t: FollowUpTask): string[] {
  return [
    t.delayReason ? `Verzögerung: ${t.delayReason}` : '',
    t.lastNote ? `Vermerk vom ${formatDate(t.lastNote.notedOn)}: ${t.lastNote.text}` : '',
  ].filter(Boolean);
}

function followUpTable(tasks: readonly FollowUpTask[]) {
  return dataTable({
    columns: [
      { header: 'Aufgabe', weight: 62 }, { header: 'Zuständig', weight: 38 },
      { header: 'Frist', cm: DATE_CM }, { header: 'Stand', cm: STATUS_CM },
    ],
    rows: tasks.map((t) => [{ main: t.title, notes: taskNotes(t) }, t.ownerName || '–', formatDate(t.dueDate) || '–', taskState(t)]),
  });
}

/**
 * "Stand der Beschlüsse" from 3b's follow-up report: each decision with owed tasks or tasks finished since the
 * last meeting, their state, delay reasons and latest notes; then tasks agreed without a decision.
 */
export function decisionStatusSection(report: FollowUpReport, depth: HeadingDepth): FileChild[] {
  const { totals, since } = report;
  const intro = paragraph(`Stand: ${formatDate(report.asOf)}. Aufgeführt sind Beschlüsse mit offenen Aufgaben und mit Aufgaben, `
    + `die ${since ? `seit der letzten Sitzung am ${formatDate(dateOf(since.startsAt))}` : 'bisher'} erledigt wurden.`, { small: true });
  if (report.decisions.length === 0 && report.meetingTasks.length === 0) {
    return [heading('Stand der Beschlüsse', depth), intro, paragraph(italic('Es gibt keine offenen Beschlüsse.'))];
  }
  const summary = `${countLabel(totals.decisions, 'Beschluss', 'Beschlüsse')}, ${countLabel(totals.openTasks, 'offene Aufgabe', 'offene Aufgaben')}`
    + ` (davon ${totals.overdueTasks} überfällig), ${totals.completedSince} seit der letzten Sitzung erledigt.`;
  return [
    heading('Stand der Beschlüsse', depth),
    intro,
    paragraph(summary),
    ...report.decisions.flatMap((d) => [
      heading(`${d.number ? `Beschluss ${d.number}` : 'Beschluss'} vom ${formatDate(d.decidedOn)}`, deeper(depth, 1)),
      paragraph([d.meetingSequenceNo != null ? `${d.meetingSequenceNo}. Sitzung` : 'Sitzung', ` · ${d.resultText} · ${STATE[d.state]}`],
        { small: true, keepNext: true }),
      ...textBlock(d.text),
      followUpTable(d.tasks),
    ]),
    ...(report.meetingTasks.length > 0
      ? [heading('Weitere Vereinbarungen aus den Sitzungen', deeper(depth, 1)), followUpTable(report.meetingTasks)]
      : []),
  ];
}

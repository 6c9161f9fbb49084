import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../helpers/core';
import { readRows } from '../../helpers/database';
import { docxParts, docxText, paragraphsWithStyle, tables } from '../../helpers/docx';
import { find, parseIcs, prop } from '../../helpers/ics';

/** The exports on the demo Kreis: every meeting of every committee, checked against what the database holds. */
let t: TestCore;
let meetings: Array<{ id: string; committeeId: string; kind: string; sequenceNo: number; startsAt: string; status: string }>;
const read = <T>(sql: string, ...params: unknown[]): T[] => readRows<T>(t.dataDir, sql, ...params);

beforeAll(async () => {
  t = await testCore({ now: '2026-11-17T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: true });
  meetings = read(`SELECT m.id, m.committee_id AS committeeId, c.kind, m.sequence_no AS sequenceNo, m.starts_at AS startsAt, m.status
    FROM meetings m JOIN committees c ON c.id = m.committee_id ORDER BY c.kind <> 'STEERING_GROUP', m.starts_at`);
});
afterAll(() => t.dispose());

describe('exports on the demo data', () => {
  it('writes a calendar entry for every meeting at its Berlin wall time', async () => {
    expect(meetings.length).toBeGreaterThan(20);
    for (const m of meetings) {
      const file = await t.api.send('exports.calendar', { meetingId: m.id });
      const [event] = find(parseIcs(Buffer.from(file.dataBase64, 'base64').toString('utf8')), 'VEVENT');
      expect(prop(event, 'DTSTART')?.value, m.id).toBe(m.startsAt.replace(/[-:]/g, '') + '00');
      expect(prop(event, 'UID')?.value).toBe(`${m.id}@kim-desk`);
    }
  });

  it('writes minutes of every held steering-group meeting with each item, decision and attendee the records hold', async () => {
    const held = meetings.filter((m) => m.kind === 'STEERING_GROUP' && (m.status === 'HELD' || m.status === 'MINUTES_APPROVED'));
    expect(held.length).toBeGreaterThanOrEqual(8);
    for (const m of held) {
      const docx = Buffer.from((await t.api.send('exports.minutes', { meetingId: m.id })).dataBase64, 'base64');
      const text = await docxText(docx);
      const { document } = docxParts(docx);
      const items = read<{ title: string }>('SELECT title FROM agenda_items WHERE meeting_id = ? ORDER BY position', m.id);
      expect(paragraphsWithStyle(document, 'Heading2').filter((h) => h.startsWith('TOP ')), m.id)
        .toEqual(items.map((item, i) => `TOP ${i + 1}: ${item.title}`));
      for (const d of read<{ number: string; text: string }>('SELECT number, text FROM decisions WHERE meeting_id = ?', m.id)) {
        expect(text, d.number).toContain(`Beschluss ${d.number}: ${d.text}`);
      }
      const attended = read<{ n: number }>('SELECT count(*) AS n FROM meeting_attendance WHERE meeting_id = ?', m.id)[0].n;
      const [attendance] = tables(document);
      expect(attendance.headerRows).toBe(1);
      expect(attendance.rows.length - 1, m.id).toBe(attended);
    }
  });

  it('assembles the pack of the next steering-group meeting with the previous minutes and the open decisions', async () => {
    const next = meetings.find((m) => m.kind === 'STEERING_GROUP' && m.status === 'PLANNED')!;
    const docx = Buffer.from((await t.api.send('exports.meetingPack', { meetingId: next.id })).dataBase64, 'base64');
    const { document } = docxParts(docx);
    const h1 = paragraphsWithStyle(document, 'Heading1');
    expect(h1).toEqual([
      `Einladung zur ${next.sequenceNo}. Sitzung der Lenkungsgruppe KI/KIM`,
      `Ergebnisprotokoll der ${next.sequenceNo - 1}. Sitzung der Lenkungsgruppe KI/KIM`,
      'Stand der Beschlüsse',
      'Sachstand der Arbeitsgremien',
    ]);
    const open = read<{ number: string }>(`SELECT DISTINCT d.number FROM decisions d JOIN action_items t ON t.decision_id = d.id
      JOIN meetings m ON m.id = d.meeting_id
      WHERE m.committee_id = ? AND t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED') ORDER BY d.number`, next.committeeId);
    expect(open.length).toBeGreaterThan(0);
    const h2 = paragraphsWithStyle(document, 'Heading2');
    for (const { number } of open) expect(h2.some((h) => h.startsWith(`Beschluss ${number} vom`)), number).toBe(true);
    const active = read<{ name: string }>(`SELECT name FROM committees
      WHERE kind IN ('PROJECT_GROUP', 'WORKING_GROUP', 'WORKING_CIRCLE') AND status = 'ACTIVE'`);
    for (const { name } of active) expect(h2, name).toContain(name);
    expect(await docxText(docx)).not.toMatch(/undefined|null|NaN/);
  });
});

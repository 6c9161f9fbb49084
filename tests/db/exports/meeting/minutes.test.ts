import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, docxText, paragraphsWithStyle, tables } from '../../../helpers/docx';
import { runSql, seededCore, type MeetingExportSeed } from '../../../helpers/seedMeetingExport';
import type { TestCore } from '../../../helpers/core';
import { testContext } from '../../../helpers/context';
import { buildMinutes } from '../../../../db/services/minutes/buildMinutes';
import { contentHashOf } from '../../../../db/services/minutes/contentHash';

let t: TestCore;
let seed: MeetingExportSeed;

beforeAll(async () => ({ t, seed } = await seededCore()));
afterAll(() => t.dispose());

const minutesOf = async (meetingId: string) => {
  const file = await t.api.send('exports.minutes', { meetingId });
  const docx = Buffer.from(file.dataBase64, 'base64');
  return { file, docx, text: await docxText(docx), ...docxParts(docx) };
};

describe('exports.minutes (draft)', () => {
  it('is named as a draft and headed as the Ergebnisprotokoll of the meeting', async () => {
    const m = await minutesOf(seed.previousMeetingId);
    expect(m.file.fileName).toBe('2025-01-22 Protokoll-Entwurf LG KI-KIM 2. Sitzung.docx');
    expect(paragraphsWithStyle(m.document, 'Heading1')).toEqual(['Ergebnisprotokoll der 2. Sitzung der Lenkungsgruppe KI/KIM']);
    const lines = m.text.split('\n').filter(Boolean);
    expect(lines.slice(1, 8)).toEqual([
      'Entwurf – noch nicht genehmigt.',
      'Datum:\tMittwoch, 22.01.2025',
      'Uhrzeit:\t14:00–15:30 Uhr',
      'Ort:\tKreishaus, Raum 101',
      'Sitzungsleitung:\tJürgen Müller',
      'Protokoll:\tRenée Weiß',
      'Beginn 14:05 Uhr.',
    ]);
  });

  it('lists attendance by status with the deputy who represented a member, guests last, and states the quorum', async () => {
    const m = await minutesOf(seed.previousMeetingId);
    const [attendance] = tables(m.document);
    expect(attendance.headerRows).toBe(1);
    expect(attendance.rows[0]).toEqual(['Name', 'Organisation / Sitz', 'Teilnahme', 'Bemerkung']);
    const byName = Object.fromEntries(attendance.rows.slice(1).map((r) => [r[0], r.slice(2)]));
    expect(byName).toEqual({
      'Jürgen Müller': ['anwesend', 'Vorsitz'],
      'Renée Weiß': ['anwesend', 'Geschäftsführung'],
      'Ulrike Böhm': ['anwesend', ''],
      'Önder Yılmaz': ['vertreten durch Grete Schäfer', ''],
      'Paul Groß': ['entschuldigt', ''],
      'Dr. Anna Kühn': ['Gast', 'Gast zu TOP 2'],
    });
    expect(attendance.rows.slice(1).map((r) => r[2])).toEqual(['anwesend', 'anwesend', 'anwesend', 'vertreten durch Grete Schäfer', 'entschuldigt', 'Gast']);
    expect(m.text).toMatch(/Beschlussfähigkeit: 3 von 4 stimmberechtigte[n]? Sitze[n]? anwesend oder vertreten; erforderlich sind 3 .*Beschlussfähigkeit ist gegeben\./);
  });

  it('writes each item with its text, decisions with counted results, tasks and carried-over reasons', async () => {
    const m = await minutesOf(seed.previousMeetingId);
    expect(paragraphsWithStyle(m.document, 'Heading2')).toEqual([
      'Teilnahme',
      'TOP 1: Begrüßung und Feststellung der Beschlussfähigkeit',
      'TOP 2: Gründung der Projektgruppe Übergänge Schule–Beruf',
      'TOP 3: Bericht des Arbeitskreises Gesundheit',
      'Weitere Vereinbarungen',
    ]);
    expect(m.text).toContain('Frau Weiß erläutert den Vorschlag.\n\nDie Träger unterstützen ihn.');
    expect(m.text).toContain('Beschluss LG 2025/01: Die Lenkungsgruppe richtet die Projektgruppe „Übergänge Schule–Beruf“ ein.');
    expect(m.text).toContain('Ergebnis: mit 3 Ja, 0 Nein, 1 Enthaltung beschlossen (Beauftragung einer Gruppe).');
    expect(m.text).toContain('Vertagt. Der Bericht lag noch nicht vor.');
    expect(m.text).toContain('Ende der Sitzung um 15:25 Uhr.');
    expect(m.text).not.toContain('Berichtigungen');
    const [, decisionTasks, otherTasks] = tables(m.document);
    expect(decisionTasks.headerRows).toBe(1);
    expect(decisionTasks.rows.slice(1)).toEqual([
      ['Schulamt um Mitwirkung bitten', 'Abt. 51', '10.02.2025', 'erledigt'],
      ['Auftaktsitzung der Projektgruppe einberufen', 'Renée Weiß', '20.02.2025', 'in Arbeit'],
    ]);
    expect(otherTasks.rows.slice(1)).toEqual([['Raumplanung für 2025 klären', 'Geschäftsstelle', '31.03.2025', 'offen']]);
  });

  it('is refused for a meeting that has not been held', async () => {
    await expect(t.api.send('exports.minutes', { meetingId: seed.meetingId })).rejects.toMatchObject({
      code: 'CONFLICT', message: expect.stringContaining('ist noch nicht durchgeführt'),
    });
  });
});

describe('exports.minutes (approved, with a later correction)', () => {
  let sealedHash: string;
  beforeAll(() => {
    runSql(t, `UPDATE minutes SET status = 'APPROVED', approved_in_meeting_id = ?, approved_on = '2025-03-12' WHERE meeting_id = ?`,
      seed.meetingId, seed.previousMeetingId);
    runSql(t, "UPDATE meetings SET status = 'MINUTES_APPROVED' WHERE id = ?", seed.previousMeetingId);
    runSql(t, `INSERT INTO minutes_amendments (id, minutes_id, amended_on, reason, text, agenda_item_id, created_at, updated_at)
      SELECT 'amend-1', id, '2025-04-02', 'Name falsch geschrieben', 'Statt „Müler“ muss es „Müller“ heißen.',
        (SELECT agenda_item_id FROM decisions WHERE id = ?), '2025-04-02T08:00:00Z', '2025-04-02T08:00:00Z'
      FROM minutes WHERE meeting_id = ?`, seed.decisionId, seed.previousMeetingId);
    const reader = testContext({ dataDir: t.dataDir });
    try {
      sealedHash = contentHashOf(buildMinutes(reader.ctx, seed.previousMeetingId));
    } finally {
      reader.dispose();
    }
    runSql(t, 'UPDATE minutes SET content_hash = ? WHERE meeting_id = ?', sealedHash, seed.previousMeetingId);
  });

  it('says where it was approved, lists corrections with date and reason, and prints the content hash', async () => {
    const m = await minutesOf(seed.previousMeetingId);
    expect(m.file.fileName).toBe('2025-01-22 Protokoll LG KI-KIM 2. Sitzung.docx');
    expect(m.text).toContain('Genehmigt in der 3. Sitzung am 12.03.2025.');
    expect(paragraphsWithStyle(m.document, 'Heading2')).toContain('Berichtigungen nach der Genehmigung');
    expect(m.text).toContain('02.04.2025 (TOP 2): Name falsch geschrieben\n\nStatt „Müler“ muss es „Müller“ heißen.');
    expect(m.text).toContain(`Prüfsumme des genehmigten Inhalts (SHA-256): ${sealedHash}`);
    expect(m.text).not.toContain('weicht von der genehmigten Fassung ab');
  });

  it('warns on the first page when the stored record no longer matches the approved hash', async () => {
    runSql(t, "UPDATE agenda_items SET minutes_text = 'Nachträglich geändert.' WHERE id = (SELECT agenda_item_id FROM decisions WHERE id = ?)", seed.decisionId);
    const m = await minutesOf(seed.previousMeetingId);
    expect(m.text).toContain('Achtung: Der gespeicherte Inhalt weicht von der genehmigten Fassung ab (Prüfsumme stimmt nicht).');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIME } from '../../../../db/exports/exportFile';
import { docxParts, docxText, paragraphsWithStyle, tables } from '../../../helpers/docx';
import { runSql, seededCore, type MeetingExportSeed } from '../../../helpers/seedMeetingExport';
import type { TestCore } from '../../../helpers/core';

let t: TestCore;
let seed: MeetingExportSeed;

beforeAll(async () => ({ t, seed } = await seededCore()));
afterAll(() => t.dispose());

const bytes = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64');
const sql = (statement: string, ...params: unknown[]) => runSql(t, statement, ...params);

describe('exports.invitation', () => {
  it('returns a Word file named by date, committee and meeting', async () => {
    const file = await t.api.send('exports.invitation', { meetingId: seed.meetingId });
    expect(file.fileName).toBe('2025-03-12 Einladung LG KI-KIM 3. Sitzung.docx');
    expect(file.mimeType).toBe(MIME.docx);
    expect(bytes(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the letter: recipients, letter date, subject, facts, request for deputies, signature', async () => {
    const text = await docxText(bytes(await t.api.send('exports.invitation', { meetingId: seed.meetingId })));
    const lines = text.split('\n').filter(Boolean);
    expect(lines.slice(0, 5)).toEqual([
      'An die Mitglieder der Lenkungsgruppe KI/KIM',
      'und ihre Stellvertretungen',
      '26.02.2025',
      'Einladung zur 3. Sitzung der Lenkungsgruppe KI/KIM',
      'Sehr geehrte Damen und Herren,',
    ]);
    expect(lines).toContain('Datum:\tMittwoch, 12.03.2025');
    expect(lines).toContain('Uhrzeit:\t14:00–16:00 Uhr');
    expect(lines).toContain('Ort:\tKreishaus, Raum 101 (Erdgeschoss)');
    expect(lines).toContain('Online:\thttps://meet.example/lg-3');
    expect(text).toContain('Sie können vor Ort oder über den angegebenen Link online teilnehmen.');
    expect(text).toContain('geben Sie bitte Ihrer Stellvertretung Bescheid');
    expect(lines.slice(-3)).toEqual(['Renée Weiß', 'Gesamtkoordination KIM', 'Koordinierungsstelle KIM Kreis Musterland']);
  });

  it('lists the agenda as a numbered table with kinds, presenters, minutes and the planned total', async () => {
    const { document } = docxParts(bytes(await t.api.send('exports.invitation', { meetingId: seed.meetingId })));
    const [agenda] = tables(document);
    expect(agenda.headerRows).toBe(1);
    expect(agenda.rows[0]).toEqual(['TOP', 'Thema', 'Art', 'Vortrag', 'Zeit']);
    expect(agenda.rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '']);
    expect(agenda.rows[1]).toEqual(['1', 'Begrüßung und Feststellung der Beschlussfähigkeit', 'Information', '', '5\u00a0Min.']);
    expect(agenda.rows[4]).toEqual(['4',
      'Wohnraum für Geflüchtete: Maßnahmenvorschläge\nVorlage der Träger zur Wohnungssuche\nBezug: Thema „Wohnraum für Geflüchtete“',
      'Beschluss', 'Önder Yılmaz', '40\u00a0Min.']);
    expect(agenda.rows[5][1]).toBe('Bericht des Arbeitskreises Gesundheit\nAus einer früheren Sitzung vertagt: Der Bericht lag noch nicht vor.');
    expect(agenda.rows.at(-1)).toEqual(['', 'Geplante Zeit insgesamt\nSitzungsdauer: 120\u00a0Min.', '', '', '100\u00a0Min.']);
  });

  it('is structured for screen readers: heading styles, German language, letterhead and page numbers', async () => {
    const docx = bytes(await t.api.send('exports.invitation', { meetingId: seed.meetingId }));
    const { document, styles, headers, footers, core } = docxParts(docx);
    expect(paragraphsWithStyle(document, 'Heading1')).toEqual(['Einladung zur 3. Sitzung der Lenkungsgruppe KI/KIM']);
    expect(paragraphsWithStyle(document, 'Heading2')).toEqual(['Tagesordnung']);
    expect(styles).toContain('<w:lang w:val="de-DE"/>');
    expect(headers.join('')).toContain('Bahnhofstraße 12');
    expect(footers.join('')).toMatch(/NUMPAGES/);
    expect(core).toContain('<dc:title>Einladung zur 3. Sitzung der Lenkungsgruppe KI/KIM</dc:title>');
  });

  it('is signed by the overall coordination when the committee has no Geschäftsführung seat', async () => {
    const text = await docxText(bytes(await t.api.send('exports.invitation', { meetingId: seed.groupMeetingId })));
    const lines = text.split('\n').filter(Boolean);
    expect(lines[0]).toBe('An die Mitglieder der Projektgruppe Übergänge Schule–Beruf');
    expect(lines.slice(-3)).toEqual(['Renée Weiß', 'Gesamtkoordination KIM', 'Koordinierungsstelle KIM Kreis Musterland']);
  });

  it('dates the letter today (Berlin) while the invitation is not recorded as sent', async () => {
    sql('UPDATE meetings SET invitation_sent_on = NULL WHERE id = ?', seed.meetingId);
    try {
      const lines = (await docxText(bytes(await t.api.send('exports.invitation', { meetingId: seed.meetingId })))).split('\n');
      expect(lines).toContain('01.03.2025');
      expect(lines).not.toContain('26.02.2025');
    } finally {
      sql("UPDATE meetings SET invitation_sent_on = '2025-02-26' WHERE id = ?", seed.meetingId);
    }
  });
});

describe('exports.agenda', () => {
  it('is the agenda alone: heading, facts and the same table, without the letter', async () => {
    const file = await t.api.send('exports.agenda', { meetingId: seed.meetingId });
    expect(file.fileName).toBe('2025-03-12 Tagesordnung LG KI-KIM 3. Sitzung.docx');
    const docx = bytes(file);
    const { document } = docxParts(docx);
    expect(paragraphsWithStyle(document, 'Heading1')).toEqual(['Tagesordnung der 3. Sitzung der Lenkungsgruppe KI/KIM']);
    const text = await docxText(docx);
    expect(text).toContain('Mittwoch, 12.03.2025');
    expect(text).not.toContain('Sehr geehrte');
    const [agenda] = tables(document);
    expect(agenda.headerRows).toBe(1);
    expect(agenda.rows).toHaveLength(9);
  });
});

describe('refusals', () => {
  it('answers NOT_FOUND for an unknown meeting and CONFLICT for a cancelled one', async () => {
    await expect(t.api.send('exports.invitation', { meetingId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    sql("UPDATE meetings SET status = 'CANCELLED' WHERE id = ?", seed.meetingId);
    try {
      for (const name of ['exports.invitation', 'exports.agenda', 'exports.meetingPack'] as const) {
        await expect(t.api.send(name, { meetingId: seed.meetingId }), name).rejects.toMatchObject({
          code: 'CONFLICT', message: expect.stringContaining('3. Sitzung am 12.03.2025 ist abgesagt'),
        });
      }
    } finally {
      sql("UPDATE meetings SET status = 'INVITED' WHERE id = ?", seed.meetingId);
    }
  });
});

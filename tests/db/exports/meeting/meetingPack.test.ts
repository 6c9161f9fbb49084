import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, docxText, paragraphsWithStyle, tables } from '../../../helpers/docx';
import { seededCore, type MeetingExportSeed } from '../../../helpers/seedMeetingExport';
import type { TestCore } from '../../../helpers/core';

let t: TestCore;
let seed: MeetingExportSeed;

beforeAll(async () => ({ t, seed } = await seededCore()));
afterAll(() => t.dispose());

async function pack(meetingId: string) {
  const file = await t.api.send('exports.meetingPack', { meetingId });
  const docx = Buffer.from(file.dataBase64, 'base64');
  return { file, text: await docxText(docx), ...docxParts(docx) };
}

describe('exports.meetingPack', () => {
  let p: Awaited<ReturnType<typeof pack>>;
  beforeAll(async () => { p = await pack(seed.meetingId); });

  it('is one Word file whose parts each start a new page: cover, invitation, previous minutes, decisions, groups', () => {
    expect(p.file.fileName).toBe('2025-03-12 Sitzungsunterlagen LG KI-KIM 3. Sitzung.docx');
    expect(p.document.match(/<w:sectPr[ >]/g)).toHaveLength(5);
    expect(p.document).not.toMatch(/<w:type w:val="continuous"\/>/);
    expect(paragraphsWithStyle(p.document, 'Heading1')).toEqual([
      'Einladung zur 3. Sitzung der Lenkungsgruppe KI/KIM',
      'Ergebnisprotokoll der 2. Sitzung der Lenkungsgruppe KI/KIM',
      'Stand der Beschlüsse',
      'Sachstand der Arbeitsgremien',
    ]);
  });

  it('opens with a table of contents whose page numbers are filled in and ascending', () => {
    const toc = p.document.match(/<w:sdt>[\s\S]*?<\/w:sdt>/)?.[0] ?? '';
    const entries = (toc.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [])
      .map((para) => (para.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, '')))
      .filter((texts) => texts.length === 2);
    expect(entries.map(([title]) => title)).toEqual(paragraphsWithStyle(p.document, 'Heading1'));
    const pages = entries.map(([, page]) => Number(page));
    expect(pages[0]).toBe(2);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('lists the enclosures in the invitation', () => {
    expect(p.text).toContain('Anlagen: Ergebnisprotokoll der 2. Sitzung der Lenkungsgruppe KI/KIM; Stand der Beschlüsse; Sachstand der Arbeitsgremien');
  });

  it('shows decisions with unfinished tasks or tasks finished since the last meeting, with overdue days, reasons and notes', () => {
    const headings = paragraphsWithStyle(p.document, 'Heading2');
    expect(headings).toContain('Beschluss LG 2025/01 vom 22.01.2025');
    expect(headings.some((h) => h.includes('LG 2024/01'))).toBe(false);
    expect(p.text).toContain('Stand: 01.03.2025. Aufgeführt sind Beschlüsse mit offenen Aufgaben und mit Aufgaben, die seit der letzten Sitzung am 22.01.2025 erledigt wurden.');
    expect(p.text).toContain('1 Beschluss, 2 offene Aufgaben (davon 1 überfällig), 1 seit der letzten Sitzung erledigt.');
    expect(p.text).toContain('2. Sitzung · mit 3 Ja, 0 Nein, 1 Enthaltung beschlossen · mit überfälligen Aufgaben');
    // The last two task tables: those of the previous minutes come before.
    const statusTables = tables(p.document).filter((tbl) => tbl.rows[0].join('|') === 'Aufgabe|Zuständig|Frist|Stand').slice(-2);
    expect(statusTables.every((tbl) => tbl.headerRows === 1)).toBe(true);
    expect(statusTables.map((tbl) => tbl.rows.slice(1))).toEqual([
      [
        ['Schulamt um Mitwirkung bitten', 'Abt. 51', '10.02.2025', 'erledigt am 05.02.2025'],
        ['Auftaktsitzung der Projektgruppe einberufen\nVerzögerung: Terminfindung mit den Schulen dauert länger.\nVermerk vom 25.02.2025: Zwei Terminvorschläge an die Schulen verschickt.',
          'Renée Weiß', '20.02.2025', 'in Arbeit, 9 Tage überfällig'],
      ],
      [['Raumplanung für 2025 klären', 'Geschäftsstelle', '31.03.2025', 'offen']],
    ]);
    expect(headings).toContain('Weitere Vereinbarungen aus den Sitzungen');
  });

  it('gives every active working body its own page, and leaves closed ones out', () => {
    const groups = paragraphsWithStyle(p.document, 'Heading2').slice(-2);
    expect(groups).toEqual(['Projektgruppe Übergänge Schule–Beruf', 'AK Gesundheit']);
    expect(p.text).not.toContain('AG Wohnen');
    const circleHeading = p.document.match(/<w:p>(?:(?!<w:p>)[\s\S])*?AK Gesundheit<\/w:t>/)?.[0] ?? '';
    expect(circleHeading).toContain('<w:pageBreakBefore/>');
    for (const line of [
      'Art:\tProjektgruppe',
      'Beauftragung:\tBeschluss LG 2025/01 vom 22.01.2025',
      'Leitung:\tSören Lüdtke',
      'Laufzeit:\t01.02.2025 bis 30.06.2026',
      'Mitglieder:\t2',
      'Sitzungen:\t1 Sitzung durchgeführt, zuletzt am 20.02.2025, nächste am 10.04.2025',
      'Nächster Bericht:\t30.06.2025 – Zwischenbericht',
      'Übergang Schule–Beruf (beauftragt)',
      'Leitung:\tCaritas Eifel',
      'Laufzeit:\tseit 01.05.2024',
      'Sitzungen:\tnoch keine Sitzung durchgeführt',
      'Nächster Bericht:\tkein Bericht offen',
    ]) expect(p.text.split('\n'), line).toContain(line);
    const measures = tables(p.document).find((tbl) => tbl.rows[0][0] === 'Maßnahme')!;
    expect(measures.rows.slice(1)).toEqual([['Berufsorientierungstage für neu zugewanderte Jugendliche', 'beschlossen', '01.04.2025 bis 31.12.2025']]);
  });

  it('for a project group shows the minutes of its last meeting drafted from the records, and no other groups', async () => {
    const g = await pack(seed.groupMeetingId);
    expect(paragraphsWithStyle(g.document, 'Heading1')).toEqual([
      'Einladung zur 2. Sitzung der Projektgruppe Übergänge Schule–Beruf',
      'Ergebnisprotokoll der 1. Sitzung der Projektgruppe Übergänge Schule–Beruf',
      'Stand der Beschlüsse',
      'Sachstand der Arbeitsgremien',
    ]);
    expect(g.text).toContain('Vorschau aus den erfassten Daten – das Protokoll ist noch nicht angelegt.');
    expect(g.text).toContain('Die Anwesenheit ist nicht erfasst.');
    expect(g.text).toContain('Es gibt keine offenen Beschlüsse.');
    expect(g.text).toContain('Es gibt keine aktiven Arbeitsgremien.');
  });
});

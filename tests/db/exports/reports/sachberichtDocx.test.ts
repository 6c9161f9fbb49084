import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { docxParts, docxText, paragraphsWithStyle, tables, type DocxParts } from '../../../helpers/docx';

/** The Sachbericht 2024 of the demo Kreis as a Word file, read back and checked against the database. */
let t: TestCore;
let draftId: string;
let docx: Buffer;
let parts: DocxParts;
let text: string;
const read = <T>(sql: string, ...params: unknown[]): T[] => readRows<T>(t.dataDir, sql, ...params);

async function exportDocx(): Promise<Buffer> {
  return Buffer.from((await t.api.send('exports.sachbericht', { draftId })).dataBase64, 'base64');
}
const tableAfter = (caption: string) => {
  const all = tables(parts.document);
  // Each table follows its caption paragraph; find the table whose position follows the caption's text in the XML.
  const at = parts.document.indexOf(`>${caption}</w:t>`);
  const index = (parts.document.slice(0, at).match(/<w:tbl>/g) ?? []).length;
  return all[index];
};

beforeAll(async () => {
  t = await testCore({ now: '2025-03-01T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: true });
  draftId = (await t.api.send('reports.createSachbericht', { year: 2024, reference: 'KIM-2024/17' })).id;
  const { sections } = await t.api.send('reports.get', { id: draftId });
  await t.api.send('reports.updateSection', {
    id: sections.find((s) => s.key === 'effects')!.id,
    narrative: 'Die Ziele des Jahres wurden erreicht.\n\nAbweichungen:\n- Eine Stelle war drei Monate unbesetzt.\n- Die Mittel für Veranstaltungen wurden nicht ausgeschöpft.',
  });
  await t.api.send('reports.updateSection', { id: sections.find((s) => s.key === 'outlook')!.id, enabled: false });
  await t.api.send('reports.takeSnapshot', { draftId, reportingDate: '2024-12-31' });
  docx = await exportDocx();
  parts = docxParts(docx);
  text = await docxText(docx);
});
afterAll(() => t.dispose());

describe('the Sachbericht as a Word file', () => {
  it('has a cover with office, year, recipient, grant notice and reference', () => {
    const grant = read<{ d: string }>("SELECT grant_notice_date AS d FROM funding_years WHERE year = 2024")[0].d;
    expect(paragraphsWithStyle(parts.document, 'Title')).toEqual(['Sachbericht 2024']);
    for (const line of ['Kommunales Integrationszentrum Kreis Euskirchen', 'Förderjahr:', 'Bezirksregierung Arnsberg, Dezernat 36',
      `Zuwendungsbescheid vom:${grant.split('-').reverse().join('.')}`, 'Aktenzeichen:KIM-2024/17']) {
      expect(text.replace(/\t/g, '')).toContain(line);
    }
  });

  it('numbers the enabled chapters as real headings, leaves out disabled ones, and lists them in a filled table of contents', () => {
    const h1 = paragraphsWithStyle(parts.document, 'Heading1');
    expect(h1[0]).toBe('1. Zusammenfassung und Kennzahlen');
    expect(h1.at(-1)).toBe('Anhang');
    expect(h1).toHaveLength(11);
    expect(h1.some((h) => h.includes('Ausblick'))).toBe(false);
    expect(paragraphsWithStyle(parts.document, 'Heading2')).toContain('Mitglieder der Lenkungsgruppe');
    expect(parts.document).toContain('TOC \\h \\o &quot;1-2&quot;');
    // docx writes the entries with their page numbers, so Word shows them without updating fields.
    expect(parts.document).toMatch(/1\. Zusammenfassung und Kennzahlen[\s\S]{0,2000}?<w:t[^>]*>\d+<\/w:t>/);
  });

  it('writes the text of the office as paragraphs and bullet points', () => {
    expect(text).toContain('Die Ziele des Jahres wurden erreicht.\n\nAbweichungen:');
    expect((parts.document.match(/<w:numPr>/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Eine Stelle war drei Monate unbesetzt.');
  });

  it('gives every table a repeated header row, is German and numbers its pages', () => {
    const all = tables(parts.document);
    expect(all.length).toBeGreaterThan(15);
    expect(all.every((tbl) => tbl.headerRows === 1)).toBe(true);
    expect(parts.styles).toContain('<w:lang w:val="de-DE"/>');
    expect(parts.footers.join('')).toMatch(/PAGE/);
    expect(parts.footers.join('')).toMatch(/NUMPAGES/);
  });

  it('includes the two charts as PNG pictures with alternative text', () => {
    const pngs = [...parts.all.keys()].filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(pngs).toHaveLength(2);
    for (const name of pngs) expect(parts.all.get(name)!.subarray(1, 4).toString('latin1')).toBe('PNG');
    const descriptions = [...parts.document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toHaveLength(2);
    expect(descriptions[0]).toMatch(/^Balkendiagramm: geförderte und besetzte Vollzeitäquivalente je Baustein 2024\. Baustein 1/);
    expect(descriptions[1]).toMatch(/^Balkendiagramm: Runde Tische und weitere Formate je Kommune 2024\. Bad Münstereifel: \d+/);
  });

  it('shows the figures the database holds', () => {
    const meetings = read<{ n: number }>(`SELECT count(*) AS n FROM meetings m JOIN committees c ON c.id = m.committee_id
      WHERE c.kind = 'STEERING_GROUP' AND m.status IN ('HELD', 'MINUTES_APPROVED') AND substr(m.starts_at, 1, 4) = '2024'`)[0].n;
    const decisions = read<{ n: number }>(`SELECT count(*) AS n FROM decisions d JOIN meetings m ON m.id = d.meeting_id
      JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'STEERING_GROUP' AND substr(d.decided_on, 1, 4) = '2024'`)[0].n;
    const key = tableAfter('Kennzahlen des Förderjahres');
    const value = (label: string) => key.rows.find((r) => r[0] === label)?.[1];
    expect(value('Sitzungen der Lenkungsgruppe')).toBe(String(meetings));
    expect(value('Beschlüsse der Lenkungsgruppe')).toBe(String(decisions));

    const perTown = read<{ name: string; n: number }>(`SELECT mu.name, count(rt.id) AS n FROM municipalities mu
      LEFT JOIN round_table_municipalities rm ON rm.municipality_id = mu.id
      LEFT JOIN round_tables rt ON rt.id = rm.round_table_id AND rt.held_on LIKE '2024-%' WHERE mu.active = 1 GROUP BY mu.id`);
    const towns = tableAfter('Runde Tische und weitere Formate je Kommune');
    expect(towns.rows[0]).toEqual(['Kommune', 'Termine']);
    expect(new Map(towns.rows.slice(1).map(([n, c]) => [n, c]))).toEqual(new Map(perTown.map((r) => [r.name, String(r.n)])));

    const spent = read<{ cents: number }>(`SELECT sum(e.amount_cents) AS cents FROM expenses e JOIN funding_years y ON y.id = e.funding_year_id
      WHERE y.year = 2024`)[0].cents;
    const money = tableAfter('Geplante und verausgabte Mittel (Grundlage des zahlenmäßigen Nachweises)');
    expect(money.rows.at(-1)![2]).toBe(`${(spent / 100).toLocaleString('de-DE', { minimumFractionDigits: 2 })}\u00a0€`);
  });

  it('suppresses small case-management counts', () => {
    const cm = tableAfter('Case Management nach Kommune');
    expect(cm.rows.slice(1).some((r) => r.includes('< 3'))).toBe(true);
    expect(cm.rows.slice(1).flat().some((cell) => /^[12]$/.test(cell))).toBe(false);
  });

  it('regenerates the same document from the snapshot after the records changed, and logs each export', async () => {
    await t.api.send('events.create', { heldOn: '2024-06-01', kind: 'EVENT', title: 'Nachgetragenes Fest', participants: 40 });
    const file = await exportDocx();
    // Bookmark and drawing ids come from docx's running counters; everything else must match byte for byte.
    const stable = (xml: string) => xml.replace(/_Toc\d+/g, '_Toc').replace(/ (w:)?id="\d+"/g, ' id=""');
    expect(stable(docxParts(file).document)).toBe(stable(parts.document));
    expect(await docxText(file)).toBe(text);
    expect(read<{ n: number }>('SELECT count(*) AS n FROM report_exports WHERE draft_id = ?', draftId)[0].n).toBe(2);
    expect(read<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE entity = 'report_exports'")[0].n).toBe(2);
  });
});

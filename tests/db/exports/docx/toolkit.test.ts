import { describe, expect, it } from 'vitest';
import { bold, bullets, facts, figure, heading, paragraph, textBlock } from '../../../../db/exports/docx/blocks';
import { renderDocx, tableOfContents } from '../../../../db/exports/docx/document';
import { TEXT_WIDTH } from '../../../../db/exports/docx/page';
import { columnWidths, dataTable } from '../../../../db/exports/docx/table';
import { exportFile, safeFileName } from '../../../../db/exports/exportFile';
import { docxParts, docxText, paragraphsWithStyle, tables } from '../../../helpers/docx';

const letterhead = {
  officeName: 'Koordinierungsstelle KIM Kreis Musterland', officeUnit: 'Amt für Integration',
  addressLines: 'Bahnhofstraße 12\n54321 Musterstadt', email: 'kim@example.org', phone: '01234 5678',
};

async function sample() {
  return renderDocx({
    title: 'Prüfdokument', subject: 'Werkzeugtest', letterhead,
    parts: [
      { header: 'none', footer: 'none', children: [paragraph('Deckblatt'), ...tableOfContents('Inhalt', 2)] },
      {
        header: 'letterhead',
        children: [
          heading('Größere Überschrift', 1),
          ...facts([['Datum', 'Mittwoch, 12.03.2025'], ['Ort', null]]),
          heading('Übersicht der Maßnahmen', 2),
          dataTable({
            columns: [{ header: 'Maßnahme', weight: 3 }, { header: 'Betrag', cm: 3, align: 'right' }],
            rows: [['Sprachcafé für Ältere', '1.234,56 €'], [{ main: 'Beratung in Herkunftssprachen', notes: ['Träger: Caritas'] }, '57,00 €']],
            footer: ['Summe', '1.291,56 €'],
          }),
          heading('Einzelheiten', 3),
          ...textBlock('Erster Absatz.\nZweite Zeile.\n\nZweiter Absatz.'),
          ...bullets(['Punkt eins', [bold('Punkt'), ' zwei']]),
        ],
      },
      { header: 'slim', children: [heading('Anhang', 1), paragraph('Schluss.')] },
    ],
  });
}

describe('the Word toolkit', () => {
  it('writes real heading styles with outline levels, so navigation and the table of contents work', async () => {
    const docx = await sample();
    const { document, styles } = docxParts(docx);
    expect(paragraphsWithStyle(document, 'Heading1')).toEqual(['Größere Überschrift', 'Anhang']);
    expect(paragraphsWithStyle(document, 'Heading2')).toEqual(['Übersicht der Maßnahmen']);
    expect(paragraphsWithStyle(document, 'Heading3')).toEqual(['Einzelheiten']);
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
      const style = styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
      expect(style, id).toContain('w:ascii="Arial"');
    }
  });

  it('declares German as the language of every run through the document defaults', async () => {
    const { styles } = docxParts(await sample());
    const defaults = styles.match(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="de-DE"/>');
  });

  it('spells out automatic line spacing, which LibreOffice otherwise reads as an exact height that clips pictures', async () => {
    const { styles } = docxParts(await sample());
    const spacings = styles.match(/<w:spacing [^>]*w:line="\d+"[^>]*\/>/g) ?? [];
    expect(spacings.length).toBeGreaterThan(0);
    for (const spacing of spacings) expect(spacing).toContain('w:lineRule="auto"');
  });

  it('keeps umlauts and ß intact in text, core properties and headers', async () => {
    const docx = await sample();
    const text = await docxText(docx);
    for (const s of ['Größere Überschrift', 'Sprachcafé für Ältere', 'Träger: Caritas', 'Zweiter Absatz.']) {
      expect(text).toContain(s);
    }
    const { core, headers, document } = docxParts(docx);
    // A single line break stays a break inside the paragraph; a blank line starts a new paragraph.
    expect(document).toContain('<w:t xml:space="preserve">Erster Absatz.</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Zweite Zeile.</w:t>');
    expect(core).toContain('<dc:title>Prüfdokument</dc:title>');
    expect(headers.join('')).toContain('Bahnhofstraße 12');
  });

  it('marks the first table row as a header row repeated on each page, and fills the width exactly', async () => {
    const { document } = docxParts(await sample());
    const [table] = tables(document);
    expect(table.headerRows).toBe(1);
    expect(table.rows[0]).toEqual(['Maßnahme', 'Betrag']);
    expect(table.rows[2]).toEqual(['Beratung in Herkunftssprachen\nTräger: Caritas', '57,00 €']);
    expect(table.rows.at(-1)).toEqual(['Summe', '1.291,56 €']);
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    expect(document).toContain('<w:cantSplit/>');
    const grid = [...(document.match(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/)?.[0] ?? '').matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });

  it('leaves the header cells to the bold of the table-header style instead of switching it off run by run', async () => {
    const { document } = docxParts(await sample());
    const headerRow = document.match(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tr>/)?.[0] ?? '';
    expect(headerRow).toContain('Maßnahme');
    expect(headerRow).not.toMatch(/<w:b w:val="false"\/>/);
  });

  it('shares the width among flexible columns after the fixed ones, to the twip', () => {
    const widths = columnWidths([{ header: 'A', weight: 1 }, { header: 'B', cm: 2.4 }, { header: 'C', weight: 2 }], 9000);
    expect(widths[1]).toBe(1360);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(widths[2]).toBeGreaterThan(widths[0] * 1.9);
  });

  it('numbers the pages "Seite X von Y" in the footer with PAGE and NUMPAGES fields', async () => {
    const { footers } = docxParts(await sample());
    const numbered = footers.filter((f) => f.includes('Seite'));
    expect(numbered.length).toBeGreaterThan(0);
    for (const footer of numbered) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(footer).toContain('Prüfdokument');
    }
  });

  it('puts the full letterhead on the first page of a letter part and an empty header on a cover', async () => {
    const { document, all } = docxParts(await sample());
    const rels = all.get('word/_rels/document.xml.rels')!.toString('utf8');
    const target = (rid: string) => all.get(`word/${rels.match(new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`))![1]}`)!.toString('utf8');
    const sections = document.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(3);
    const headerOf = (section: string, type: string) => target(section.match(new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`))![1]);
    expect(headerOf(sections[0], 'first')).not.toContain('<w:t');
    expect(headerOf(sections[1], 'first')).toContain('Koordinierungsstelle KIM Kreis Musterland');
    expect(headerOf(sections[1], 'first')).toContain('Tel. 01234 5678 · E-Mail kim@example.org');
    expect(headerOf(sections[1], 'default')).not.toContain('Bahnhofstraße');
    expect(headerOf(sections[2], 'first')).toContain('Prüfdokument');
    expect(sections.every((sec) => sec.includes('<w:titlePg/>'))).toBe(true);
  });

  it('fills the table of contents with the headings and their page numbers, without a field update', async () => {
    const { document } = docxParts(await sample());
    const toc = document.match(/<w:sdt>[\s\S]*?<\/w:sdt>/)?.[0] ?? '';
    expect(toc).toContain('TOC \\h \\o &quot;1-2&quot;');
    const entries = (toc.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).map((p) => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('|'))
      .filter(Boolean);
    expect(entries).toEqual(['Größere Überschrift|2', 'Übersicht der Maßnahmen|2', 'Anhang|3']);
    expect(docxParts(await sample()).all.get('word/settings.xml')!.toString('utf8')).not.toContain('updateFields');
  });
});

// The smallest valid PNG: one transparent pixel.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('figures', () => {
  it('embed a PNG at the given size with alternative text and a caption', async () => {
    const docx = await renderDocx({
      title: 'Grafik', letterhead: null,
      parts: [{ children: figure(PIXEL, { widthCm: 12, heightCm: 6, altText: 'Balkendiagramm: 12 Sitzungen 2024, 9 im Jahr 2023', caption: 'Abbildung 1: Sitzungen je Jahr' }) }],
    });
    const { document, all } = docxParts(docx);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Balkendiagramm: 12 Sitzungen 2024, 9 im Jahr 2023"/);
    // 12 × 6 cm in EMU (360 000 per cm), to the pixel docx rounds to.
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(document)!.map(Number);
    expect(Math.abs(cx - 4_320_000)).toBeLessThan(9525);
    expect(Math.abs(cy - 2_160_000)).toBeLessThan(9525);
    expect([...all.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(await docxText(docx)).toContain('Abbildung 1: Sitzungen je Jahr');
  });
});

describe('export files', () => {
  it('are JSON-safe with a file name Windows accepts and umlauts kept', () => {
    expect(safeFileName('2025-03-12 Einladung LG KI/KIM 3. Sitzung', 'docx')).toBe('2025-03-12 Einladung LG KI-KIM 3. Sitzung.docx');
    expect(safeFileName('Bericht: Über "alles"?  ', 'docx')).toBe('Bericht- Über -alles.docx');
    expect(safeFileName('...', 'ics')).toBe('Export.ics');
    const file = exportFile('Termin Übergänge', 'ics', 'BEGIN:VCALENDAR\r\n');
    expect(file).toEqual({ fileName: 'Termin Übergänge.ics', mimeType: 'text/calendar; charset=utf-8', dataBase64: Buffer.from('BEGIN:VCALENDAR\r\n').toString('base64') });
    expect(JSON.parse(JSON.stringify(file))).toEqual(file);
  });
});

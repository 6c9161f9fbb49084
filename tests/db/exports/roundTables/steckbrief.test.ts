import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParts, docxText, paragraphsWithStyle, tables } from '../../../helpers/docx';
import { exportScenario, type ExportScenario } from './scenario';

let s: ExportScenario;
beforeAll(async () => { s = await exportScenario(); });
afterAll(() => s.w.dispose());

async function steckbrief(id = s.w.municipality.zuelpich) {
  const file = await s.w.t.api.send('exports.municipalityProfile', { id });
  const docx = Buffer.from(file.dataBase64, 'base64');
  return { file, docx, parts: docxParts(docx), text: await docxText(docx) };
}

describe('the Steckbrief of a municipality (.docx)', () => {
  it('is a Word file named by day and town, titled and in German', async () => {
    const { file, parts } = await steckbrief();
    expect(file).toMatchObject({
      fileName: '2025-07-10 Steckbrief Zülpich.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(parts.core).toContain('<dc:title>Steckbrief Stadt Zülpich</dc:title>');
    expect(parts.styles).toContain('w:val="de-DE"');
    expect(parts.headers.join('')).toContain('Kommunales Integrationszentrum Kreis Euskirchen');
  });

  it('is structured by real headings, so screen readers and the navigation pane see its parts', async () => {
    const { parts } = await steckbrief();
    expect(paragraphsWithStyle(parts.document, 'Heading1')).toEqual(['Steckbrief Stadt Zülpich']);
    expect(paragraphsWithStyle(parts.document, 'Heading2')).toEqual([
      'Zuständige Träger und Case Management', 'Case Management in Zahlen', 'Runde Tische der letzten 24 Monate', 'Offene Vereinbarungen',
      'Themen mit Bezug zur Kommune',
    ]);
    expect(tables(parts.document).every((t) => t.headerRows === 1)).toBe(true);
  });

  it('names last contact, the providers with their case managers, and the open agreements overdue first', async () => {
    const { parts, text } = await steckbrief();
    expect(text).toContain('Letzter Kontakt:\t10.06.2025, Runder Tisch Integration Zülpich');
    expect(text).toContain('Vereinbarungen:\t3 offen, davon 1 überfällig; 1 erledigt');
    const [providers, , roundTables, agreements] = tables(parts.document);
    expect(providers.rows).toEqual([
      ['Träger', 'Zielgruppe', 'Case Management'],
      ['Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.', 'Erwachsene ab 18 Jahren', 'Önder Yılmaz (CM DRK 1)\nCM DRK 2: unbesetzt'],
      ['Katholische Jugendagentur Bonn gGmbH', 'junge Menschen von 6 bis 27 Jahren (kreisweit)', 'CM KJA 1: ausgeschrieben'],
    ]);
    expect(roundTables.rows.map((r) => r[0])).toEqual(['Datum', '10.06.2025', '05.11.2024']);
    expect(roundTables.rows[2][1]).toBe('Bördekonferenz Integration\nEntwicklungskonferenz · gemeinsam mit Kall');
    expect(agreements.rows).toEqual([
      ['Vereinbarung', 'Verantwortlich', 'Fällig am', 'Stand'],
      ['CM-Sprechstunde im Rathaus einrichten; Raum klären\nRunder Tisch Integration Zülpich', 'Jürgen Müller', '30.06.2025', 'überfällig\n10 Tage'],
      ['=Begleitungen mit dem "Ehrenamt" abstimmen\nRunder Tisch Integration Zülpich', 'Flüchtlingshilfe Zülpich', '30.09.2025', 'offen'],
      ['Sprachkursbedarf in Kall erheben\nBördekonferenz Integration', 'DRK KV Euskirchen', '31.12.2025', 'offen'],
    ]);
  });

  it('suppresses small head counts and case figures below the office threshold, zero and large counts stay', async () => {
    const { parts, text } = await steckbrief();
    const [, figures, roundTables] = tables(parts.document);
    expect(figures.rows).toEqual([
      ['Zeitraum', 'Neue Fälle', 'Aktive Fälle', 'Abgeschlossen', 'Kontakte'],
      ['01.01.2025–30.06.2025', '< 3', '14', '0', '61'],
    ]);
    expect(roundTables.rows.map((r) => r[2])).toEqual(['Teilnehmende', '7', '< 3']);
    expect(text).toContain('Werte unter 3 werden als „< 3“ ausgewiesen. Quelle: Testdaten.');

    const settings = await s.w.t.api.send('settings.get');
    await s.w.t.api.send('settings.update', { ...settings, smallCountThreshold: 15 });
    try {
      const raised = tables((await steckbrief()).parts.document);
      expect(raised[1].rows[1]).toEqual(['01.01.2025–30.06.2025', '< 15', '< 15', '0', '61']);
      expect(raised[2].rows.map((r) => r[2])).toEqual(['Teilnehmende', '< 15', '< 15']);
    } finally {
      await s.w.t.api.send('settings.update', settings);
    }
  });

  it('says so when a municipality has no round tables, agreements or themes', async () => {
    const { text, parts } = await steckbrief(s.w.municipality.dahlem);
    expect(text).toContain('Letzter Kontakt:\tbisher kein Runder Tisch in der Kommune');
    expect(text).toContain('In den letzten 24 Monaten fand kein Runder Tisch in der Kommune statt.');
    expect(text).toContain('Es sind keine Vereinbarungen offen.');
    expect(text).toContain('Bisher sind keine Themen mit Bezug zur Kommune erfasst.');
    expect(paragraphsWithStyle(parts.document, 'Heading2')).not.toContain('Case Management in Zahlen');
  });

  it('points out a contact older than the configured months', async () => {
    expect((await steckbrief()).text).not.toContain('Hinweis:');
    await s.w.reopen('2026-06-11T09:00:00Z');
    try {
      const { text, parts } = await steckbrief();
      expect(text).toContain('Hinweis:\tSeit mehr als 12 Monaten kein Runder Tisch in der Kommune');
      // Two years back from 11.06.2026 the 2024 conference still counts; the 2022 tour does not.
      expect(tables(parts.document)[2].rows.map((r) => r[0])).toEqual(['Datum', '10.06.2025', '05.11.2024']);
    } finally {
      await s.w.reopen('2025-07-10T09:00:00Z');
    }
  });

  it('refuses an unknown municipality', async () => {
    const error = await s.w.t.api.send('exports.municipalityProfile', { id: 'gone' }).catch((e) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Kommune wurde nicht gefunden.' });
  });
});

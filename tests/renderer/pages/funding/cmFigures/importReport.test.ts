import { describe, expect, it } from 'vitest';
import { importedText, importView, type ImportReport } from '../../../../../renderer/pages/funding/cmFigures/importReport';

const base: ImportReport = {
  valid: true, dryRun: true, imported: false, adapter: 'CSV (deutsche Spaltennamen)', separator: ';', rowCount: 3,
  createCount: 2, replaceCount: 1, errors: [], moreErrors: 0, warnings: [], rows: [],
};

describe('the import report', () => {
  it('offers to import all rows of a valid file and says nothing was imported yet', () => {
    const view = importView(base);
    expect(view.canImport).toBe(true);
    expect(view.importLabel).toBe('3 Zeilen importieren');
    expect(view.counts).toEqual([
      { label: 'Gelesene Zeilen', value: '3' }, { label: 'Gültige Zeilen', value: '3' }, { label: 'Fehlerhafte Zeilen', value: '0' },
      { label: 'Neu anzulegen', value: '2' }, { label: 'Zu ersetzen', value: '1' },
    ]);
    expect(view.status).toBe('Alle 3 Zeilen sind gültig. Es wurde noch nichts importiert.');
    expect(importView({ ...base, rowCount: 1 }).status).toBe('Die Zeile ist gültig. Es wurde noch nichts importiert.');
  });

  it('lists each problem by line and column and blocks the import', () => {
    const view = importView({
      ...base, valid: false,
      errors: [
        { row: 3, column: 'Kontakte', message: 'Zeile 3, Spalte ‚Kontakte‘: „-4“ ist keine Zahl ab 0.' },
        { row: 3, column: null, message: 'Zeile 3: dieselbe Kombination steht schon in Zeile 2.' },
      ],
    });
    expect(view.canImport).toBe(false);
    expect(view.issues).toEqual([
      { key: '0', line: '3', column: 'Kontakte', problem: '„-4“ ist keine Zahl ab 0.' },
      { key: '1', line: '3', column: '–', problem: 'Dieselbe Kombination steht schon in Zeile 2.' },
    ]);
    expect(view.counts.slice(1, 5).map((c) => c.value)).toEqual(['2', '1', '0', '0']);
    expect(view.status).toBe('Die Datei hat 2 Probleme. Es wurde nichts importiert; bitte korrigieren Sie die Datei und wählen Sie sie erneut aus.');
  });

  it('counts every row as faulty when the file itself is unreadable', () => {
    const view = importView({ ...base, valid: false, rowCount: 0, errors: [{ row: 1, column: null, message: 'Zeile 1: Die Spalte ‚Kontakte‘ fehlt.' }] });
    expect(view.counts[1].value).toBe('0');
    const whole = importView({ ...base, valid: false, errors: [{ row: null, column: null, message: 'Die Datei enthält keine Zeilen.' }] });
    expect(whole.counts[2].value).toBe('3');
    expect(whole.issues[0]).toMatchObject({ line: '–', problem: 'Die Datei enthält keine Zeilen.' });
  });

  it('sums up a finished import', () => {
    expect(importedText({ ...base, imported: true })).toBe('3 Zeilen importiert: 2 Einträge neu angelegt, 1 Eintrag ersetzt.');
    expect(importedText({ ...base, rowCount: 1, createCount: 1, replaceCount: 0 })).toBe('1 Zeile importiert: 1 Eintrag neu angelegt.');
  });
});

import { describe, expect, it } from 'vitest';
import { scanPersonalData } from '../../../../db/services/privacy/scan';
import { validIban } from '../../../../db/services/privacy/detectors/contact';
import { loadDemoData } from '../../../../db/demo';
import { testContext } from '../../../helpers/context';
import { testCore } from '../../../helpers/core';
import { CORPUS } from './corpus';

const kinds = (text: string) => scanPersonalData(text).map((f) => [f.kind, f.excerpt]);

describe('a privacy finding', () => {
  it('says what was found, where, and why, in German', () => {
    expect(scanPersonalData('Laut Frau Yılmaz fehlt die Übersetzung.')).toEqual([{
      kind: 'NAME', severity: 'high', start: 5, end: 16, excerpt: 'Frau Yılmaz',
      label: 'Personenname nach ‚Frau‘', explanation: 'Sieht aus wie ein Personenname (nach ‚Frau‘)',
    }]);
  });

  it('counts offsets as JavaScript strings do, so the form can highlight text.slice(start, end)', () => {
    const text = '😀 Rückruf von Herrn Okafor unter 0176 12345678.';
    for (const f of scanPersonalData(text)) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(kinds(text)).toEqual([['NAME', 'Herrn Okafor'], ['PHONE', '0176 12345678']]);
  });

  it('marks a plain full date as low severity and a birth date as high', () => {
    const [plain] = scanPersonalData('Der Widerspruch vom 22.07.2024 ist offen.');
    expect(plain).toMatchObject({ kind: 'DATE', severity: 'low', label: 'vollständiges Datum' });
    expect(plain.explanation).toContain('Monat und Jahr genügen meist');
    expect(scanPersonalData('Die Klientin, geb. 12.03.1985, lebt allein.')[0]).toMatchObject({
      kind: 'BIRTH_DATE', severity: 'high', excerpt: '12.03.1985', explanation: 'Sieht aus wie ein Geburtsdatum (bei ‚geb.‘)',
    });
  });

  it('finds nothing in empty or blank text', () => {
    expect(scanPersonalData('')).toEqual([]);
    expect(scanPersonalData(' \n\t')).toEqual([]);
  });
});

describe('names', () => {
  it('are found after titles, family words, naming words, and as known given names', () => {
    expect(kinds('Herr Dr. Weber und Frau K. berieten Familie Al-Hassan.')).toEqual([
      ['NAME', 'Herr Dr. Weber'], ['NAME', 'Frau K.'], ['NAME', 'Familie Al-Hassan'],
    ]);
    expect(kinds('Ein Jugendlicher namens Samir, sein Bruder, Dawit, und Olena Kovalenko.')).toEqual([
      ['NAME', 'Samir'], ['NAME', 'Dawit'], ['NAME', 'Olena Kovalenko'],
    ]);
  });

  it('are told from the capitalised nouns German puts in the same places', () => {
    expect(kinds('Weil die Mutter Angst vor Behörden hat, kam die Frauenberatungsstelle dazu.')).toEqual([]);
    expect(kinds('Die Tochter Aleyna besucht die fünfte Klasse.')).toEqual([['NAME', 'Aleyna']]);
    expect(kinds('Frau Bürgermeisterin eröffnete; eine Frau Mitte dreißig sprach.')).toEqual([]);
    expect(kinds('Der Kurs findet im Pfarrheim St. Martin statt.')).toEqual([]);
  });
});

describe('numbers', () => {
  it('take an IBAN only with a valid check digit, unless the text calls it an IBAN', () => {
    expect(validIban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(validIban('DE88 3704 0044 0532 0130 00')).toBe(false);
    expect(kinds('Überweisung auf DE89 3704 0044 0532 0130 00.')).toEqual([['IBAN', 'DE89 3704 0044 0532 0130 00']]);
    expect(kinds('Referenz DE88 3704 0044 0532 0130 00.').filter(([k]) => k === 'IBAN')).toEqual([]);
    expect(kinds('IBAN: DE88 3704 0044 0532 0130 00')).toEqual([['IBAN', 'DE88 3704 0044 0532 0130 00']]);
  });

  it('report the most specific reading where readings overlap', () => {
    // The digit groups of an IBAN look like a phone number, a labelled file number like a date or a phone number.
    expect(kinds('Konto DE89 3704 0044 0532 0130 00')).toEqual([['IBAN', 'DE89 3704 0044 0532 0130 00']]);
    expect(kinds('Az. 0815/2024 der Ausländerbehörde')).toEqual([['FILE_NUMBER', '0815/2024']]);
    expect(kinds('Die Sozialversicherungsnummer 65 180539 W 012 ist bekannt.')).toEqual([['FILE_NUMBER', '65 180539 W 012']]);
  });

  it('leave legal references, money, years and counts alone', () => {
    expect(kinds('Nach § 25a AufenthG; 10.000 € im Jahr 2024; 19199 Ausländerinnen; Drucksache 18/1234; Am Montag 3 Termine.')).toEqual([]);
  });
});

describe('nationality with family details', () => {
  it('is reported beside a name inside it, since both need rewriting', () => {
    expect(kinds('Die syrische Familie Al-Hassan mit vier Kindern sucht eine Wohnung.')).toEqual([
      ['NATIONALITY_FAMILY', 'syrische Familie Al-Hassan mit vier Kindern'], ['NAME', 'Familie Al-Hassan'],
    ]);
  });

  it('leaves statements about groups alone', () => {
    expect(kinds('Familien aus Syrien und afghanische Jugendliche finden kaum Wohnraum.')).toEqual([]);
  });
});

describe('realistic text', () => {
  it('passes the anonymised demo cases, findings and round-table notes without a single alarm', () => {
    const t = testContext();
    try {
      loadDemoData(t.ctx);
      const texts = t.ctx.sqlite.prepare(`SELECT summary FROM case_reconstructions WHERE summary IS NOT NULL
        UNION ALL SELECT description FROM findings UNION ALL SELECT role FROM reconstruction_participants
        UNION ALL SELECT coalesce(notes, '') || ' ' || coalesce(topics, '') FROM round_tables`).pluck().all() as string[];
      expect(texts.length).toBeGreaterThan(100);
      expect(texts.flatMap((text) => scanPersonalData(text).map((f) => `${f.kind} „${f.excerpt}“ in: ${text}`))).toEqual([]);
    } finally {
      t.dispose();
    }
  });

  it('scans a form-sized text fast enough to run on every keystroke', () => {
    const text = CORPUS.map((s) => s.text).join(' ').slice(0, 20_000);
    scanPersonalData(text);
    const started = performance.now();
    const found = scanPersonalData(text);
    expect(performance.now() - started).toBeLessThan(250);
    expect(found.length).toBeGreaterThan(100);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });
});

describe('privacy.scan', () => {
  it('gives the form the same findings, on the text exactly as typed', async () => {
    const t = await testCore();
    try {
      const text = '  Herr Demir, Tel. 0176 12345678  ';
      expect(await t.api.send('privacy.scan', { text })).toEqual(scanPersonalData(text));
      expect((await t.api.send('privacy.scan', { text }))[0]).toMatchObject({ start: 2, excerpt: 'Herr Demir' });
      expect(await t.api.send('privacy.scan', { text: '' })).toEqual([]);
      await expect(t.api.send('privacy.scan', { text: 'x'.repeat(20_001) })).rejects.toMatchObject({
        code: 'VALIDATION', issues: [{ field: 'text', message: 'Text: Höchstens 20.000 Zeichen.' }],
      });
    } finally {
      t.dispose();
    }
  });
});

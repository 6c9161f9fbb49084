import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../../../renderer/pages/funding/years/amountInput';

describe('parseAmount: euro amounts typed into rate and plan fields', () => {
  it('reads German notation with thousands dots, decimal comma and a euro sign into cents', () => {
    expect(parseAmount('57.000', 'Fördersatz')).toEqual({ ok: true, cents: 5_700_000 });
    expect(parseAmount('57.000,00 €', 'Fördersatz')).toEqual({ ok: true, cents: 5_700_000 });
    expect(parseAmount('57000,5', 'Fördersatz')).toEqual({ ok: true, cents: 5_700_050 });
    expect(parseAmount('1.234.567,89 €', 'Fördersatz')).toEqual({ ok: true, cents: 123_456_789 });
    expect(parseAmount('  0,99 ', 'Fördersatz')).toEqual({ ok: true, cents: 99 });
    expect(parseAmount('0', 'Planansatz')).toEqual({ ok: true, cents: 0 });
  });

  it('asks for a value when the field is empty', () => {
    expect(parseAmount('   ', 'Planansatz')).toEqual({ ok: false, message: 'Planansatz: Bitte ausfüllen.' });
  });

  it('refuses negative amounts with their own message', () => {
    expect(parseAmount('-1', 'Fördersatz')).toEqual({ ok: false, message: 'Fördersatz: Bitte einen Betrag ohne Minuszeichen eingeben.' });
    expect(parseAmount('−57.000,00', 'Fördersatz')).toMatchObject({ ok: false });
  });

  it('refuses text that is no amount, or is ambiguous, and says how to write one', () => {
    for (const text of ['abc', '57.5', '57,000.00', '12.34,5', '5,', '57,123']) {
      const result = parseAmount(text, 'Fördersatz');
      expect(result, text).toEqual({
        ok: false,
        message: 'Fördersatz: Bitte einen Betrag wie 57.000,00 eingeben (Komma vor den Cent, Punkt nur als Tausendertrennzeichen).',
      });
    }
  });
});

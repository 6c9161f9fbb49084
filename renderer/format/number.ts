/** Groups the integer part with '.' as German text does: 1234567 → '1.234.567'. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A number in German notation with at most `maxDecimals` decimals: 1234.5 → '1.234,5'. */
export function formatNumber(value: number | null | undefined, maxDecimals = 2, minDecimals = 0): string {
  if (value == null || !Number.isFinite(value)) return '';
  const fixed = Math.abs(value).toFixed(maxDecimals);
  let [int, frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  while (frac.length < minDecimals) frac += '0';
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${groupThousands(int)}${frac ? `,${frac}` : ''}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** Whole numbers as typed in a form ('12', ' 1.000 '); empty means no value. */
export function parseInteger(text: string): Parsed<number | null> {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return { ok: true, value: null };
  if (/^-?\d+$/.test(t) || /^-?\d{1,3}(\.\d{3})+$/.test(t)) return { ok: true, value: Number(t.replace(/\./g, '')) };
  return { ok: false };
}

/** File sizes for people, not programmers: '512 Byte', '1,5 KB', '12,3 MB'. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

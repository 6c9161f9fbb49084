/**
 * A horizontal grouped bar chart as SVG: categories down the left (long names such as "Case Management (B2)" stay
 * readable), one bar per series, the value written at the end of each bar. Plain shapes and text only, so
 * resvg rasterises it without a browser.
 */
export interface BarChartSpec {
  categories: readonly string[];
  series: ReadonlyArray<{ name: string; values: readonly number[] }>;
  /** Writes a value on its bar, in German notation. */
  formatValue: (value: number) => string;
  width?: number;
}

export interface Svg {
  svg: string;
  width: number;
  height: number;
}

/** Dark blue and a lighter blue: distinguishable in greyscale print and for common colour-vision deficiencies. */
const COLORS = ['#1F3864', '#7FA7D9', '#C55A11', '#70AD47'];
const FONT = 'Liberation Sans';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rough width of a text in Liberation Sans at `size` px, enough to size the label column. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

export function barChart(spec: BarChartSpec): Svg {
  const width = spec.width ?? 1000;
  const fontSize = 20;
  const bar = 24;
  const barGap = 4;
  const groupGap = 18;
  const legend = spec.series.length > 1 ? 44 : 0;
  const labelWidth = Math.min(width * 0.55, Math.max(80, ...spec.categories.map((c) => textWidth(c, fontSize))) + 16);
  const valueRoom = 80;
  const plotWidth = width - labelWidth - valueRoom;
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values));
  const scale = max > 0 ? plotWidth / max : 0;
  const groupHeight = spec.series.length * bar + (spec.series.length - 1) * barGap;
  const height = legend + spec.categories.length * (groupHeight + groupGap) + groupGap;
  const parts: string[] = [];

  spec.series.forEach((s, i) => {
    if (!legend) return;
    const x = labelWidth + i * 200;
    parts.push(`<rect x="${x}" y="10" width="20" height="20" fill="${COLORS[i % COLORS.length]}"/>`,
      `<text x="${x + 28}" y="27" font-size="${fontSize}" fill="#222">${escape(s.name)}</text>`);
  });
  spec.categories.forEach((category, c) => {
    const top = legend + groupGap + c * (groupHeight + groupGap);
    parts.push(`<text x="${labelWidth - 12}" y="${top + groupHeight / 2 + fontSize * 0.35}" font-size="${fontSize}" text-anchor="end" fill="#222">${escape(category)}</text>`);
    spec.series.forEach((s, i) => {
      const value = s.values[c] ?? 0;
      const y = top + i * (bar + barGap);
      const w = Math.max(value > 0 ? 2 : 0, value * scale);
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${COLORS[i % COLORS.length]}"/>`,
        `<text x="${(labelWidth + w + 8).toFixed(1)}" y="${y + bar / 2 + fontSize * 0.35}" font-size="${fontSize - 2}" fill="#222">${escape(spec.formatValue(value))}</text>`);
    });
  });
  parts.push(`<line x1="${labelWidth}" y1="${legend + 6}" x2="${labelWidth}" y2="${height - 6}" stroke="#595959" stroke-width="2"/>`);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

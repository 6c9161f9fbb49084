import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { Svg } from './barChart';

/**
 * Liberation Sans from the system when it is there (Debian's fonts-liberation, the metric twin of Arial the
 * documents use), so the same chart rasterises to the same pixels; otherwise whatever the system offers.
 */
const LIBERATION = ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf'];

export function svgToPng(chart: Svg, pixelWidth = 1600): Buffer {
  const fontFiles = LIBERATION.filter((f) => existsSync(f));
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: 'width', value: pixelWidth },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'Liberation Sans' },
  });
  return Buffer.from(resvg.render().asPng());
}

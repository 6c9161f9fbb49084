/**
 * Colours for SVG charts, taken from the KERN palette as literal values (SVG presentation attributes do not
 * resolve CSS variables everywhere). Each pair with white text or on white meets WCAG AA for graphics (3:1).
 */
export const CHART_COLORS = {
  primary: '#1A3DA5',
  danger: '#B3261E',
  warning: '#9A5B00',
  success: '#1E7A3C',
  muted: '#5F6368',
  grid: '#D9DCE1',
  text: '#1F2937',
} as const;

/** Axis and tooltip settings every chart shares: German numbers, legible text. */
export const AXIS_TICK = { fill: CHART_COLORS.text, fontSize: 13 } as const;

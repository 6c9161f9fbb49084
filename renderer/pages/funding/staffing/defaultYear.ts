/**
 * The year the staffing proof opens with when the address names none: the office's current year when it is a funding
 * year, else the latest funding year before it (the report being written), else the current year itself.
 */
export function defaultYear(fundingYears: readonly number[], today: string): number {
  const current = Number(today.slice(0, 4));
  if (fundingYears.includes(current)) return current;
  const earlier = fundingYears.filter((y) => y < current);
  return earlier.length > 0 ? Math.max(...earlier) : current;
}

/** The years the picker offers: every funding year and the one shown, newest first. */
export function pickerYears(fundingYears: readonly number[], shown: number): number[] {
  return [...new Set([...fundingYears, shown])].sort((a, b) => b - a);
}

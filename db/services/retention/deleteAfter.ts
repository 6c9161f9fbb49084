import type { Context } from '../../core/context';
import { DEFAULT_SETTINGS, readOfficeSettings } from '../settings/officeSettings';

/** Adds calendar months; a day the target month lacks falls back to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The office's retention rule for reconstructions; the default applies before the office is set up. */
export function reconstructionRetentionMonths(ctx: Context): number {
  return readOfficeSettings(ctx)?.reconstructionRetentionMonths ?? DEFAULT_SETTINGS.reconstructionRetentionMonths;
}

/** The day from which a reconstruction's summary, case code and free texts are due for purging. */
export function reconstructionDeleteAfter(ctx: Context, heldOn: string): string {
  return addMonths(heldOn, reconstructionRetentionMonths(ctx));
}

import type { Context } from '../../core/context';
import { DEFAULT_SETTINGS, readOfficeSettings } from '../settings/officeSettings';

/** The office's limits for contact warnings and small counts, with the domain's defaults before setup. */
export function officeLimits(ctx: Context): { smallCountThreshold: number; contactWarningMonths: number } {
  const office = readOfficeSettings(ctx);
  return {
    smallCountThreshold: office?.smallCountThreshold ?? DEFAULT_SETTINGS.smallCountThreshold,
    contactWarningMonths: office?.contactWarningMonths ?? DEFAULT_SETTINGS.contactWarningMonths,
  };
}

/** The same day `months` earlier; a day the month lacks (31 in a 30-day month) falls back to that month's last day. */
export function monthsBefore(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) - 1 - months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(isoDate.slice(8, 10)), last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * "No contact for longer than N months": the last round table lies before the same day N months ago, or there
 * never was one. Exactly N months ago is not yet a warning.
 */
export function needsContact(lastContactOn: string | null, today: string, months: number): boolean {
  return lastContactOn == null || lastContactOn < monthsBefore(today, months);
}

export interface ContactDates {
  /** The last round table (any format) held there on or before today. */
  lastContactOn: string | null;
  /** The next one already planned after today. */
  nextPlannedOn: string | null;
}

/** Contact dates per municipality; municipalities never visited are missing from the map. */
export function contactDates(ctx: Context, today: string, municipalityIds?: readonly string[]): Map<string, ContactDates> {
  const filter = municipalityIds ? 'WHERE rm.municipality_id IN (SELECT value FROM json_each(@ids))' : '';
  const rows = ctx.sqlite.prepare(`SELECT rm.municipality_id AS id,
      max(CASE WHEN r.held_on <= @today THEN r.held_on END) AS lastContactOn,
      min(CASE WHEN r.held_on > @today THEN r.held_on END) AS nextPlannedOn
    FROM round_table_municipalities rm JOIN round_tables r ON r.id = rm.round_table_id ${filter}
    GROUP BY rm.municipality_id`).all(municipalityIds ? { today, ids: JSON.stringify(municipalityIds) } : { today }) as
    Array<ContactDates & { id: string }>;
  return new Map(rows.map(({ id, ...dates }) => [id, dates]));
}

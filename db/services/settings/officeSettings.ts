import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { settings } from '../../schema';
import type { Context } from '../../core/context';
import { int, optionalText, text } from '../../api/fields';
import { recordAudit } from '../audit';

const KEY = 'office';

export const officeSettingsFields = {
  officeName: text('Name des Büros', 200),
  officeUnit: optionalText('Organisationseinheit', 200),
  addressLines: optionalText('Anschrift', 500),
  email: optionalText('E-Mail', 254),
  phone: optionalText('Telefon', 40),
  smallCountThreshold: int('Kleinzahlen unterdrücken unter', 1, 20),
  contactWarningMonths: int('Warnung ohne Kontakt nach Monaten', 1, 60),
  backupKeep: int('Aufzubewahrende Sicherungen', 1, 100),
  reconstructionRetentionMonths: int('Löschfrist Fallrekonstruktionen (Monate)', 1, 120),
  // Optional so that a form which does not show them yet keeps the stored values (see writeOfficeSettings).
  prioritisedWithoutGroupAlertDays: int('Warnung: priorisiert ohne Gruppe nach Tagen', 1, 3650).optional(),
  carryOverAlertCount: int('Warnung: Thema ohne Beschluss vertagt (Anzahl)', 1, 20).optional(),
};

export const officeSettingsSchema = z.strictObject(officeSettingsFields);
export type OfficeSettings = z.output<typeof officeSettingsSchema>;

/**
 * Defaults from the domain brief: small counts below 3 suppressed, 12 months without contact, 24 months retention;
 * gap alerts for a theme prioritised 90 days without a group and for a theme carried over twice without a decision.
 */
export const DEFAULT_SETTINGS: Required<Omit<OfficeSettings, 'officeName'>> = {
  officeUnit: null,
  addressLines: null,
  email: null,
  phone: null,
  smallCountThreshold: 3,
  contactWarningMonths: 12,
  backupKeep: 10,
  reconstructionRetentionMonths: 24,
  prioritisedWithoutGroupAlertDays: 90,
  carryOverAlertCount: 2,
};

/** The settings in effect, defaults included, also before the office was set up. */
export function effectiveSettings(ctx: Context): Required<Omit<OfficeSettings, 'officeName'>> {
  return { ...DEFAULT_SETTINGS, ...readOfficeSettings(ctx) };
}

export function readOfficeSettings(ctx: Context): OfficeSettings | undefined {
  const row = ctx.db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return undefined;
  return { ...DEFAULT_SETTINGS, ...(JSON.parse(row.valueJson) as Partial<OfficeSettings>) } as OfficeSettings;
}

export function writeOfficeSettings(ctx: Context, input: OfficeSettings): OfficeSettings {
  return ctx.write(() => {
    const before = readOfficeSettings(ctx) ?? null;
    const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const next = { ...DEFAULT_SETTINGS, ...before, ...given } as OfficeSettings;
    const valueJson = JSON.stringify(next);
    ctx.db.insert(settings).values({ key: KEY, valueJson, updatedAt: ctx.nowIso() })
      .onConflictDoUpdate({ target: settings.key, set: { valueJson, updatedAt: ctx.nowIso() } }).run();
    recordAudit(ctx, 'settings', KEY, before ? 'UPDATE' : 'CREATE', before, next);
    return next;
  });
}

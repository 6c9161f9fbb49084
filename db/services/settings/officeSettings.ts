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
};

export const officeSettingsSchema = z.strictObject(officeSettingsFields);
export type OfficeSettings = z.output<typeof officeSettingsSchema>;

/** Defaults from the domain brief: small counts below 3 suppressed, 12 months without contact, 24 months retention. */
export const DEFAULT_SETTINGS: Omit<OfficeSettings, 'officeName'> = {
  officeUnit: null,
  addressLines: null,
  email: null,
  phone: null,
  smallCountThreshold: 3,
  contactWarningMonths: 12,
  backupKeep: 10,
  reconstructionRetentionMonths: 24,
};

export function readOfficeSettings(ctx: Context): OfficeSettings | undefined {
  const row = ctx.db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return undefined;
  return { ...DEFAULT_SETTINGS, ...(JSON.parse(row.valueJson) as Partial<OfficeSettings>) } as OfficeSettings;
}

export function writeOfficeSettings(ctx: Context, next: OfficeSettings): OfficeSettings {
  return ctx.write(() => {
    const before = readOfficeSettings(ctx) ?? null;
    const valueJson = JSON.stringify(next);
    ctx.db.insert(settings).values({ key: KEY, valueJson, updatedAt: ctx.nowIso() })
      .onConflictDoUpdate({ target: settings.key, set: { valueJson, updatedAt: ctx.nowIso() } }).run();
    recordAudit(ctx, 'settings', KEY, before ? 'UPDATE' : 'CREATE', before, next);
    return next;
  });
}

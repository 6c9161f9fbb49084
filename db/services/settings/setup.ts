import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { loadDemoData } from '../../demo';
import { DEFAULT_SETTINGS, readOfficeSettings, writeOfficeSettings } from './officeSettings';

export function setupStatus(ctx: Context) {
  const office = readOfficeSettings(ctx);
  const demo = ctx.db.select({ n: sql<number>`count(*)` }).from(auditLog).where(eq(auditLog.entity, 'demo')).get();
  return { configured: office !== undefined, officeName: office?.officeName ?? null, demoLoaded: (demo?.n ?? 0) > 0 };
}

/** First start: names the office and optionally loads the demo Kreis, all or nothing. */
export function initializeOffice(ctx: Context, input: { officeName: string; demo: boolean }) {
  return ctx.write(() => {
    if (readOfficeSettings(ctx)) {
      throw new ApiError('CONFLICT', 'KIM Desk ist bereits eingerichtet. Den Namen des Büros ändern Sie unter Einstellungen.');
    }
    writeOfficeSettings(ctx, { ...DEFAULT_SETTINGS, officeName: input.officeName });
    const demo = input.demo ? loadDemoData(ctx) : null;
    return { officeName: input.officeName, demo };
  });
}

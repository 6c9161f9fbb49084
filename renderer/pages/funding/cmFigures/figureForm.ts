import type { FieldIssue, FieldSpec, Option } from '../../../components/form/fieldSpec';

/** Field labels as the core words them, so its messages ("Kontakte: …") land at the right field. */
export const FIGURE_LABELS = {
  periodStart: 'Zeitraum von',
  periodEnd: 'Zeitraum bis',
  providerOrganisationId: 'Träger',
  municipalityId: 'Kommune',
  fieldOfAction: 'Handlungsfeld',
  newCases: 'Neue Fälle',
  activeCases: 'Aktive Fälle',
  closedCases: 'Abgeschlossene Fälle',
  contacts: 'Kontakte',
  accompaniments: 'Begleitungen',
  referrals: 'Verweisberatungen',
  avgDurationDays: 'Durchschnittliche Dauer (Tage)',
  source: 'Quelle',
} as const;

export const COUNT_FIELDS = ['newCases', 'activeCases', 'closedCases', 'contacts', 'accompaniments', 'referrals'] as const;
export const KEY_FIELDS = ['periodStart', 'periodEnd', 'providerOrganisationId', 'municipalityId', 'fieldOfAction'] as const;

/** The backend's plausibility rules in one paragraph, shown above the form. */
export const PLAUSIBILITY_HINT = 'Prüfregeln: Der Zeitraum liegt in einem Kalenderjahr und beginnt nicht in der Zukunft. '
  + 'Zahlen sind ganz und nicht negativ. Abgeschlossene Fälle sind höchstens so viele wie aktive und neue Fälle zusammen. '
  + 'Eine durchschnittliche Dauer gibt es nur, wenn es Fälle gibt. Zeiträume desselben Trägers, derselben Kommune und '
  + 'desselben Handlungsfelds dürfen sich nicht überschneiden.';

export interface FigureOptions {
  providers: readonly Option[];
  municipalities: readonly Option[];
  fields: readonly Option[];
}

const L = FIGURE_LABELS;

/** The identifying fields of an entry; only a new entry chooses them. */
export function keyFieldSpecs(options: FigureOptions): FieldSpec[] {
  return [
    { name: 'periodStart', label: L.periodStart, kind: 'date', required: true },
    { name: 'periodEnd', label: L.periodEnd, kind: 'date', required: true },
    { name: 'providerOrganisationId', label: L.providerOrganisationId, kind: 'select', required: true, options: options.providers },
    { name: 'municipalityId', label: L.municipalityId, kind: 'select', options: options.municipalities, hint: 'Leer lassen, wenn die Zahlen nicht nach Kommunen aufgeschlüsselt sind' },
    { name: 'fieldOfAction', label: L.fieldOfAction, kind: 'select', options: options.fields, hint: 'Leer lassen für die Gesamtzahlen' },
  ];
}

/** The figures themselves, editable in a new and an existing entry. */
export function countFieldSpecs(): FieldSpec[] {
  return [
    ...COUNT_FIELDS.map((name): FieldSpec => ({ name, label: L[name], kind: 'integer', required: true })),
    { name: 'avgDurationDays', label: L.avgDurationDays, kind: 'text', maxLength: 12, hint: 'Zum Beispiel 182,5; leer lassen, wenn nicht erfasst' },
    { name: 'source', label: L.source, kind: 'text', maxLength: 200, hint: 'Zum Beispiel „Monatsliste Träger“' },
  ];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/**
 * A German decimal number: '182,5', '1.200', '1.200,75'. A '.' only groups thousands, so '182.5' is refused
 * rather than read as 1.825 days or 182,5 days – both would be a silent guess.
 */
export function parseDecimal(text: string): Parsed<number | null> {
  const t = text.trim().replace(/[\s\u00a0]/g, '');
  if (t === '') return { ok: true, value: null };
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(t);
  if (!m) return { ok: false };
  const value = Number(`${m[1]}${m[2].replace(/\./g, '')}.${m[3] ?? '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** A stored number for an edit field: 182.5 → '182,5'. */
export function decimalText(value: number | null | undefined): string {
  return value == null ? '' : String(value).replace('.', ',');
}

/**
 * The form's input (numbers already parsed by the form) → the upsert input: the average duration is typed as
 * German text and parsed here, so '182,5' works and '182.5' is refused at its field.
 */
export function toUpsertInput(input: Record<string, unknown>): { input: Record<string, unknown>; issues: FieldIssue[] } {
  const duration = parseDecimal(String(input.avgDurationDays ?? ''));
  const out: Record<string, unknown> = { ...input };
  for (const key of ['municipalityId', 'fieldOfAction', 'source'] as const) {
    if (key in out) out[key] = out[key] === '' ? null : out[key];
  }
  if (!duration.ok) {
    return { input: out, issues: [{ field: 'avgDurationDays', message: `${L.avgDurationDays}: Bitte eine Zahl wie 182,5 eingeben.` }] };
  }
  out.avgDurationDays = duration.value;
  return { input: out, issues: [] };
}

export interface FigureKey {
  id?: string;
  periodStart: string;
  periodEnd: string;
  providerOrganisationId: string;
  municipalityId: string | null;
  fieldOfAction: string | null;
}

/** The stored entry a new one would silently replace (same period, provider, municipality and field). */
export function sameKeyEntry<T extends FigureKey>(rows: readonly T[], key: FigureKey): T | undefined {
  return rows.find((r) => r.periodStart === key.periodStart && r.periodEnd === key.periodEnd
    && r.providerOrganisationId === key.providerOrganisationId && (r.municipalityId ?? null) === (key.municipalityId ?? null)
    && (r.fieldOfAction ?? null) === (key.fieldOfAction ?? null));
}

/** Values of an existing entry for the edit form (the average duration in German notation). */
export function figureFormRecord(row: Record<string, unknown>): Record<string, unknown> {
  return { ...row, avgDurationDays: decimalText(row.avgDurationDays as number | null) };
}

import { formatCentsPlain, parseMoney } from '../../format/money';
import { formatFte, parseFte } from '../../format/fte';
import { parseInteger, type Parsed } from '../../format/number';
import type { FieldIssue, FieldSpec, FormValues } from './fieldSpec';

/** The values a form starts with: the record's, shown in German notation, or the field defaults for a new one. */
export function toFormValues(fields: readonly FieldSpec[], record?: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const raw = record ? record[field.name] : undefined;
    if (field.kind === 'checkbox') {
      values[field.name] = record ? Boolean(raw) : Boolean(field.defaultValue ?? false);
    } else if (!record) {
      values[field.name] = typeof field.defaultValue === 'string' ? field.defaultValue : '';
    } else if (field.kind === 'money') {
      values[field.name] = formatCentsPlain(raw as number | null);
    } else if (field.kind === 'fte') {
      values[field.name] = formatFte(raw as number | null);
    } else {
      values[field.name] = raw == null ? '' : String(raw);
    }
  }
  return values;
}

const NUMBER_HINTS: Record<'money' | 'fte' | 'integer', string> = {
  money: 'Bitte einen Betrag wie 57.000,00 eingeben.',
  fte: 'Bitte eine Zahl wie 0,5 eingeben.',
  integer: 'Bitte eine ganze Zahl eingeben.',
};

const PARSERS: Record<'money' | 'fte' | 'integer', (text: string) => Parsed<number | null>> = {
  money: parseMoney,
  fte: parseFte,
  integer: parseInteger,
};

/**
 * Form values → the API input. Numbers typed in German notation become numbers (money in cents); text that is
 * no number at all becomes a field issue here, everything else is for the core to judge, so its German messages
 * are the only rules.
 */
export function fromFormValues(fields: readonly FieldSpec[], values: FormValues): { input: Record<string, unknown>; issues: FieldIssue[] } {
  const input: Record<string, unknown> = {};
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'checkbox') {
      input[field.name] = Boolean(value);
    } else if (field.kind === 'money' || field.kind === 'fte' || field.kind === 'integer') {
      const parsed = PARSERS[field.kind](String(value ?? ''));
      if (parsed.ok) input[field.name] = parsed.value;
      else issues.push({ field: field.name, message: `${field.label}: ${NUMBER_HINTS[field.kind]}` });
    } else {
      input[field.name] = String(value ?? '');
    }
  }
  return { input, issues };
}

/**
 * Which field an issue belongs to. Issues name a path ('fte', 'members.0.personId'); a refusal without issues
 * (e.g. "Name: Dieser Wert ist bereits vergeben.") still names its field by label, so it lands there too.
 */
export function issuesByField(fields: readonly FieldSpec[], issues: readonly FieldIssue[], message?: string): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  const add = (name: string, text: string) => byField.set(name, [...(byField.get(name) ?? []), text]);
  const names = new Set(fields.map((f) => f.name));
  for (const issue of issues) {
    const name = issue.field.split('.')[0];
    if (names.has(name)) add(name, issue.message);
  }
  if (issues.length === 0 && message) {
    const field = fields.find((f) => message.startsWith(`${f.label}:`));
    if (field) add(field.name, message);
  }
  return byField;
}

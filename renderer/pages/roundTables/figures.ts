import { formatNumber } from '../../format/number';

/** A share 0..1 as German percent ('66,7 %'); a dash when nothing was owed yet. */
export function formatRate(rate: number | null | undefined): string {
  if (rate == null || !Number.isFinite(rate)) return '–';
  return `${formatNumber(rate * 100, 1)} %`;
}

/** '1 Tag', '12 Tage'; a dash for no value. */
export function formatDays(days: number | null | undefined): string {
  if (days == null || !Number.isFinite(days)) return '–';
  const rounded = Math.round(days * 10) / 10;
  return `${formatNumber(rounded, 1)} ${rounded === 1 ? 'Tag' : 'Tage'}`;
}

/** How long ago the last contact was, in words a reader takes in at once. */
export function contactAgo(days: number | null | undefined): string {
  if (days == null) return 'noch nie';
  if (days === 0) return 'heute';
  if (days < 60) return `vor ${days} ${days === 1 ? 'Tag' : 'Tagen'}`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `vor ${months} Monaten`;
  return `vor ${formatNumber(days / 365.25, 1)} Jahren`;
}

/** The warning sentence for a municipality the office has not met for too long. */
export function contactWarningText(name: string, lastContactOn: string | null, months: number, formatDate: (iso: string) => string): string {
  return lastContactOn
    ? `Mit ${name} gab es seit mehr als ${months} Monaten keinen Kontakt (zuletzt am ${formatDate(lastContactOn)}).`
    : `Mit ${name} ist noch kein Termin erfasst.`;
}

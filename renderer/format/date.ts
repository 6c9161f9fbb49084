const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const LOCAL_TIME = /T(\d{2}):(\d{2})/;

/** 'YYYY-MM-DD' (or a longer ISO string) → 'dd.mm.yyyy'; empty for no value. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * A local meeting time 'YYYY-MM-DDTHH:mm' → 'dd.mm.yyyy, HH:mm Uhr'. Meeting times are stored as
 * Berlin wall-clock time, so no time-zone conversion happens here.
 */
export function formatLocalDateTime(local: string | null | undefined): string {
  if (!local) return '';
  const date = formatDate(local);
  const t = LOCAL_TIME.exec(local);
  return t ? `${date}, ${t[1]}:${t[2]} Uhr` : date;
}

/**
 * An instant (ISO with zone, e.g. a backup's createdAt) → Berlin wall-clock 'dd.mm.yyyy, HH:mm Uhr'.
 * The office works in Germany whatever the machine's zone is set to.
 */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('de-DE', {
      timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(at).map((p) => [p.type, p.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
}

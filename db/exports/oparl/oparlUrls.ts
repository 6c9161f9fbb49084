import { berlinToInstant } from '../../domain/dates';

/**
 * OParl identifies every object by a URL. The export is a file, not a server, so the URLs live under the
 * reserved `.invalid` domain (RFC 2606): stable (built from the record ids, so a second export names the
 * same records alike) and never resolvable by accident.
 */
export const OPARL_BASE = 'https://kim-desk.invalid/oparl';
export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';

export type OparlType = 'System' | 'Body' | 'Organization' | 'Person' | 'Membership' | 'Meeting' | 'AgendaItem' | 'File' | 'Location';

export const typeUri = (type: OparlType) => `https://schema.oparl.org/1.1/${type}`;

const PATH: Record<Exclude<OparlType, 'System'>, string> = {
  Body: 'body', Organization: 'organization', Person: 'person', Membership: 'membership', Meeting: 'meeting',
  AgendaItem: 'agendaItem', File: 'file', Location: 'location',
};

export const systemUrl = () => `${OPARL_BASE}/system`;
export const bodyListUrl = () => `${OPARL_BASE}/body`;
export const objectUrl = (type: Exclude<OparlType, 'System'>, id: string) => `${OPARL_BASE}/${PATH[type]}/${encodeURIComponent(id)}`;
/** The external lists of a body ("all meetings of the body"), as OParl clients page through them. */
export const bodyListOf = (bodyUrl: string, list: string) => `${bodyUrl}/${list}`;

/**
 * Where the file behind an OParl File can be had. KIM Desk generates these documents on demand (invitation,
 * minutes) or keeps them in its data folder (documents); there is no web server to fetch them from. The
 * `kim-desk:` scheme names them for a reader of the export, e.g. `kim-desk:exports/minutes/<meeting id>`
 * (the same file as „Protokoll exportieren“ in the app) or `kim-desk:documents/<document id>`; it is
 * deliberately not resolvable outside the app.
 */
export const localFileUri = (path: string) => `kim-desk:${path.split('/').map(encodeURIComponent).join('/')}`;

/** A Berlin wall time ('2025-03-12T14:00') as an RFC 3339 date-time with its offset ('2025-03-12T14:00:00+01:00'). */
export function berlinDateTime(localDateTime: string): string {
  const instant = berlinToInstant(localDateTime);
  const wall = Date.UTC(Number(localDateTime.slice(0, 4)), Number(localDateTime.slice(5, 7)) - 1, Number(localDateTime.slice(8, 10)),
    Number(localDateTime.slice(11, 13)), Number(localDateTime.slice(14, 16)));
  const offset = Math.round((wall - instant.getTime()) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${localDateTime.slice(0, 16)}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An OParl external list holding everything on one page. */
export function externalList(data: readonly unknown[]) {
  return {
    data,
    pagination: { totalElements: data.length, elementsPerPage: Math.max(data.length, 1), currentPage: 1, totalPages: 1 },
    links: {},
  };
}

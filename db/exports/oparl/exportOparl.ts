import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { readOfficeSettings } from '../../services/settings/officeSettings';
import type { ExportFile } from '../exportFile';
import { buildMeetings } from './oparlMeetings';
import { buildOrganizations, compact, type OparlObject } from './oparlOrganizations';
import {
  bodyListOf, bodyListUrl, externalList, objectUrl, OPARL_VERSION, systemUrl, typeUri,
} from './oparlUrls';

/**
 * The export is an offline copy of what an OParl 1.1 server would answer: `responses` maps every URL an OParl
 * client would request (the system, the body list, the body's external lists, every object) to the JSON it
 * would get. A reader starts at `entryPoint` and follows URLs by looking them up in `responses`.
 */
export interface OparlDocument {
  oparlVersion: string;
  entryPoint: string;
  exportedAt: string;
  responses: Record<string, unknown>;
}

/** The Kreis' official key, when the member towns' keys share it ("05366…" → "05366000"). */
function kreisKey(ctx: Context): string | undefined {
  const keys = ctx.sqlite.prepare('SELECT DISTINCT substr(official_key, 1, 5) FROM municipalities WHERE official_key IS NOT NULL')
    .pluck().all() as string[];
  return keys.length === 1 ? `${keys[0]}000` : undefined;
}

export function buildOparlDocument(ctx: Context): OparlDocument {
  return ctx.sqlite.transaction(() => {
    const office = readOfficeSettings(ctx);
    const bodyUrl = objectUrl('Body', 'kim');
    const org = buildOrganizations(ctx, bodyUrl);
    const meet = buildMeetings(ctx, org.committeeUrl);
    const lists = {
      organization: externalList([...org.committees, ...org.institutions]),
      person: externalList(org.persons),
      membership: externalList(org.memberships),
      meeting: externalList(meet.meetings),
      agendaItem: externalList(meet.agendaItems),
      file: externalList(meet.files),
      paper: externalList([]),
      locationList: externalList(meet.locations),
    };
    const body = compact({
      id: bodyUrl,
      type: typeUri('Body'),
      system: systemUrl(),
      name: office?.officeName ?? 'KIM-Koordinierungsstelle',
      ags: kreisKey(ctx),
      classification: 'Kreis',
      contactEmail: office?.email,
      organization: bodyListOf(bodyUrl, 'organization'),
      person: bodyListOf(bodyUrl, 'person'),
      meeting: bodyListOf(bodyUrl, 'meeting'),
      paper: bodyListOf(bodyUrl, 'paper'),
      agendaItem: bodyListOf(bodyUrl, 'agendaItem'),
      file: bodyListOf(bodyUrl, 'file'),
      membership: bodyListOf(bodyUrl, 'membership'),
      locationList: bodyListOf(bodyUrl, 'locationList'),
      legislativeTerm: [],
    });
    const system = {
      id: systemUrl(),
      type: typeUri('System'),
      oparlVersion: OPARL_VERSION,
      body: bodyListUrl(),
      name: 'KIM Desk',
    };
    const responses: Record<string, unknown> = {
      [system.id]: system,
      [bodyListUrl()]: externalList([body]),
      [body.id]: body,
    };
    for (const [name, list] of Object.entries(lists)) {
      responses[bodyListOf(bodyUrl, name)] = list;
      for (const object of list.data as OparlObject[]) responses[object.id] = object;
    }
    return { oparlVersion: OPARL_VERSION, entryPoint: system.id, exportedAt: ctx.nowIso(), responses };
  }).deferred();
}

export function exportOparl(ctx: Context): ExportFile {
  const document = buildOparlDocument(ctx);
  return {
    fileName: `kim-desk-oparl-${berlinToday(ctx.clock)}.json`,
    mimeType: 'application/json',
    dataBase64: Buffer.from(JSON.stringify(document, null, 1), 'utf8').toString('base64'),
  };
}

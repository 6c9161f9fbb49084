import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../../../db/core/createCore';
import { testCore, type TestCore } from '../../../helpers/core';
import { inspectDatabase } from '../../../helpers/database';
import { loadOparlSchemas, oparlErrors, type OparlValidators } from './oparlSchemas';

type Json = Record<string, unknown>;
interface OparlDocument { oparlVersion: string; entryPoint: string; exportedAt: string; responses: Record<string, Json> }

const BASE = 'https://kim-desk.invalid/oparl/';
const TYPE = (name: string) => `https://schema.oparl.org/1.1/${name}`;

let t: TestCore;
let db: Database.Database;
let validators: OparlValidators;
let file: { fileName: string; mimeType: string; dataBase64: string };
let doc: OparlDocument;

const decode = (f: { dataBase64: string }): OparlDocument => JSON.parse(Buffer.from(f.dataBase64, 'base64').toString('utf8'));
const objects = () => Object.values(doc.responses).filter((r) => typeof r.type === 'string');
const ofType = (name: string) => objects().filter((o) => o.type === TYPE(name));
const list = (name: string) => doc.responses[`${BASE}body/kim/${name}`] as { data: Json[]; pagination: Json; links: Json };

/** Every object nested anywhere in a value (embedded agenda items, files, locations, memberships). */
function nested(value: unknown, found: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => nested(v, found));
  else if (value && typeof value === 'object') {
    const object = value as Json;
    if (typeof object.type === 'string') found.push(object);
    Object.values(object).forEach((v) => nested(v, found));
  }
  return found;
}

/** Every URL of this export mentioned anywhere, ids and references alike. */
function urls(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.startsWith(BASE)) found.add(value);
  else if (Array.isArray(value)) value.forEach((v) => urls(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => urls(v, found));
  return found;
}

beforeAll(async () => {
  validators = loadOparlSchemas();
  t = await testCore({ now: '2026-11-21T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kreis Euskirchen – Kommunales Integrationszentrum', demo: true });
  // The demo's agenda items are all public; one item with a decision is made non-public, as a personnel matter would be.
  const writer = new Database(join(t.dataDir, DATABASE_FILE));
  writer.prepare('UPDATE agenda_items SET is_public = 0 WHERE id = (SELECT agenda_item_id FROM decisions WHERE agenda_item_id IS NOT NULL ORDER BY id LIMIT 1)').run();
  writer.close();
  file = await t.api.send('exports.oparl', {});
  doc = decode(file);
  db = inspectDatabase(t);
}, 120_000);
afterAll(() => {
  db?.close();
  t?.dispose();
});

describe('exports.oparl: the committees as OParl 1.1', () => {
  it('is a JSON file named by the day, entered through the System object', () => {
    expect(file.fileName).toBe('kim-desk-oparl-2026-11-21.json');
    expect(file.mimeType).toBe('application/json');
    expect(doc.oparlVersion).toBe('https://schema.oparl.org/1.1/');
    expect(doc.responses[doc.entryPoint]).toMatchObject({ type: TYPE('System'), oparlVersion: 'https://schema.oparl.org/1.1/' });
  });

  it('validates every object, served or embedded, against the OParl 1.1 schemas', () => {
    const all = nested(doc.responses);
    expect(new Set(all.map((o) => String(o.type).replace('https://schema.oparl.org/1.1/', '')))).toEqual(
      new Set(['System', 'Body', 'Organization', 'Person', 'Membership', 'Meeting', 'AgendaItem', 'File', 'Location']),
    );
    const problems = all.flatMap((o) => oparlErrors(validators, o).map((e) => `${String(o.id)}: ${e}`));
    expect(problems).toEqual([]);
  });

  it('serves each object under its id, identical to where it is embedded, with stable URLs built from record ids', () => {
    for (const object of nested(doc.responses)) {
      expect(doc.responses[object.id as string], String(object.id)).toEqual(object);
      expect(object.id).toMatch(/^https:\/\/kim-desk\.invalid\/oparl\/(system|body|organization|person|membership|meeting|agendaItem|file|location)(\/[^/]+)?$/);
    }
    const steering = db.prepare("SELECT id FROM committees WHERE kind = 'STEERING_GROUP'").pluck().get() as string;
    expect(doc.responses[`${BASE}organization/${steering}`]).toMatchObject({ name: 'Lenkungsgruppe KI/KIM' });
  });

  it('leaves no reference dangling: every URL of the export can be looked up in it', () => {
    const missing = [...urls(doc.responses)].filter((url) => !Object.hasOwn(doc.responses, url));
    expect(missing).toEqual([]);
  });

  it('lists everything of the body in external lists of one page', () => {
    const body = ofType('Body')[0];
    expect(body).toMatchObject({ name: 'Kreis Euskirchen – Kommunales Integrationszentrum', ags: '05366000', legislativeTerm: [] });
    for (const name of ['organization', 'person', 'membership', 'meeting', 'agendaItem', 'file', 'paper', 'locationList']) {
      const { data, pagination } = list(name);
      expect(pagination, name).toMatchObject({ totalElements: data.length, currentPage: 1, totalPages: 1 });
      for (const object of data) expect(oparlErrors(validators, object), String(object.id)).toEqual([]);
    }
    expect(list('meeting').data).toHaveLength(db.prepare('SELECT count(*) FROM meetings').pluck().get() as number);
    expect(list('membership').data).toHaveLength(db.prepare('SELECT count(*) FROM committee_memberships').pluck().get() as number);
  });

  it('types the steering group as Gremium and the working groups as Arbeitsgruppe; member organisations as Institution', () => {
    const byName = (name: string) => ofType('Organization').find((o) => o.name === name);
    expect(byName('Lenkungsgruppe KI/KIM')).toMatchObject({ organizationType: 'Gremium', classification: 'Lenkungsgruppe', shortName: 'LG KI/KIM' });
    expect(byName('AG Wohnen')).toMatchObject({ organizationType: 'Arbeitsgruppe', classification: 'Arbeitsgruppe' });
    const onBehalfOf = new Set(ofType('Membership').map((m) => m.onBehalfOf).filter(Boolean));
    expect(onBehalfOf.size).toBeGreaterThan(0);
    for (const url of onBehalfOf) expect(doc.responses[url as string]).toMatchObject({ organizationType: 'Institution' });
  });

  it('gives memberships their German role, voting right and period; persons are named members without contact details', () => {
    const roles = new Set(ofType('Membership').map((m) => `${String(m.role)}:${String(m.votingRight)}`));
    expect(roles).toContain('stimmberechtigt:true');
    expect(roles).toContain('Vorsitz:true');
    expect(roles).toContain('beratend:false');
    const members = new Set(db.prepare('SELECT person_id FROM committee_memberships WHERE person_id IS NOT NULL').pluck().all());
    expect(ofType('Person')).toHaveLength(members.size);
    for (const person of ofType('Person')) {
      expect(Object.keys(person)).not.toContain('email');
      expect(Object.keys(person)).not.toContain('phone');
      expect((person.membership as Json[]).every((m) => m.person === person.id)).toBe(true);
    }
  });

  it('dates meetings in Berlin time with the offset of the season, and publishes approved minutes only', () => {
    for (const meeting of ofType('Meeting')) {
      const month = Number(String(meeting.start).slice(5, 7));
      if (month <= 2 || month === 12) expect(meeting.start, String(meeting.name)).toMatch(/\+01:00$/);
      if (month >= 5 && month <= 9) expect(meeting.start, String(meeting.name)).toMatch(/\+02:00$/);
      expect(Date.parse(String(meeting.end))).toBeGreaterThan(Date.parse(String(meeting.start)));
    }
    const approved = db.prepare("SELECT meeting_id FROM minutes WHERE status = 'APPROVED'").pluck().all() as string[];
    const withProtocol = ofType('Meeting').filter((m) => m.resultsProtocol);
    expect(withProtocol.map((m) => m.id).sort()).toEqual(approved.map((id) => `${BASE}meeting/${id}`).sort());
    expect(withProtocol[0].resultsProtocol).toMatchObject({
      name: expect.stringMatching(/^Ergebnisprotokoll – .+ am \d{2}\.\d{2}\.\d{4}$/),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      accessUrl: expect.stringMatching(/^kim-desk:exports\/minutes\//),
    });
  });

  it('numbers agenda items, states results, attaches linked documents, and keeps resolutions of non-public items out', () => {
    const items = ofType('AgendaItem');
    expect(items.length).toBe(db.prepare('SELECT count(*) FROM agenda_items').pluck().get());
    const withResolution = items.filter((i) => i.resolutionText);
    expect(withResolution.length).toBeGreaterThan(0);
    expect(withResolution.some((i) => String(i.result).endsWith('beschlossen'))).toBe(true);
    const withDocuments = items.filter((i) => i.auxiliaryFile);
    expect(withDocuments.length).toBe(db.prepare("SELECT count(DISTINCT agenda_item_id) FROM agenda_item_links WHERE target_type = 'DOCUMENT'").pluck().get());
    for (const f of withDocuments.flatMap((i) => i.auxiliaryFile as Json[])) expect(f.accessUrl).toMatch(/^kim-desk:documents\//);
    const closed = items.filter((i) => i.public === false);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ result: expect.stringMatching(/beschlossen$/) });
    expect(closed[0]).not.toHaveProperty('resolutionText');
  });

  it('names the same records with the same URLs in a second export', async () => {
    const again = decode(await t.api.send('exports.oparl', {}));
    expect(Object.keys(again.responses)).toEqual(Object.keys(doc.responses));
    expect(again.responses).toEqual(doc.responses);
  });
});

describe('the OParl schema check itself', () => {
  it('fails loudly when the shared schema folder is missing', () => {
    expect(() => loadOparlSchemas('/nonexistent/oparl-1.1-schema')).toThrow(/OParl 1\.1 schemas not found at \/nonexistent/);
  });

  it('catches objects that break the schemas', () => {
    expect(oparlErrors(validators, { id: 'https://x.invalid/m/1', type: TYPE('Meeting'), start: '12.03.2025 14:00' }))
      .toEqual(['Meeting/start must match format "date-time"']);
    expect(oparlErrors(validators, { id: 'not a url', type: TYPE('AgendaItem') })).toEqual([
      "AgendaItem must have required property 'order'", 'AgendaItem/id must match format "url"',
    ]);
  });
});

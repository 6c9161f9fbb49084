import { municipalities, organisations } from '../schema';
import type { MunicipalityStatus, OrganisationKind } from '../domain/enums';
import type { DemoBuilder } from './builder';

/** The eleven towns of Kreis Euskirchen with their official municipality keys (AGS 05366…). */
export const MUNICIPALITIES: ReadonlyArray<{ name: string; status: MunicipalityStatus; officialKey: string }> = [
  { name: 'Bad Münstereifel', status: 'STADT', officialKey: '05366004' },
  { name: 'Blankenheim', status: 'GEMEINDE', officialKey: '05366008' },
  { name: 'Dahlem', status: 'GEMEINDE', officialKey: '05366012' },
  { name: 'Euskirchen', status: 'STADT', officialKey: '05366016' },
  { name: 'Hellenthal', status: 'GEMEINDE', officialKey: '05366020' },
  { name: 'Kall', status: 'GEMEINDE', officialKey: '05366024' },
  { name: 'Mechernich', status: 'STADT', officialKey: '05366028' },
  { name: 'Nettersheim', status: 'GEMEINDE', officialKey: '05366032' },
  { name: 'Schleiden', status: 'STADT', officialKey: '05366036' },
  { name: 'Weilerswist', status: 'GEMEINDE', officialKey: '05366040' },
  { name: 'Zülpich', status: 'STADT', officialKey: '05366044' },
];

export const MUNICIPALITY_NAMES = MUNICIPALITIES.map((m) => m.name);
export const munKey = (name: string) => `mun:${name}`;
export const adminKey = (name: string) => `org:admin:${name}`;

/** The CM providers (seed 002, 3.4), with their municipalities; the seed lists Zülpich twice for DRK. */
export const PROVIDERS = [
  { key: 'org:caritasEifel', municipalities: ['Schleiden', 'Hellenthal', 'Dahlem', 'Blankenheim', 'Mechernich'] },
  { key: 'org:caritasEu', municipalities: ['Euskirchen', 'Bad Münstereifel'] },
  { key: 'org:drk', municipalities: ['Kall', 'Zülpich', 'Nettersheim', 'Weilerswist'] },
  { key: 'org:kja', municipalities: MUNICIPALITY_NAMES },
] as const;

interface OrgSpec {
  key: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  unitCode?: string;
  parent?: string;
  municipality?: string;
}

const KREIS_UNITS: OrgSpec[] = [
  { key: 'org:kreis', name: 'Kreisverwaltung Euskirchen', shortName: 'Kreis Euskirchen', kind: 'KREIS_UNIT' },
  { key: 'org:gb2', name: 'Geschäftsbereich II „Jugend, Bildung und Integration“', shortName: 'GB II', kind: 'KREIS_UNIT', unitCode: 'II', parent: 'org:kreis' },
  { key: 'org:gb4', name: 'Geschäftsbereich IV „Gesundheit und Soziales“', shortName: 'GB IV', kind: 'KREIS_UNIT', unitCode: 'IV', parent: 'org:kreis' },
  { key: 'org:abt49', name: 'Abteilung 49 „Kommunales Bildungs- und Integrationszentrum“', shortName: 'KoBIZ', kind: 'KREIS_UNIT', unitCode: '49', parent: 'org:gb2' },
  { key: 'org:team491', name: 'Team 49.1 „Kommunales Integrationszentrum“', shortName: 'KI', kind: 'KREIS_UNIT', unitCode: '49.1', parent: 'org:abt49' },
  { key: 'org:team492', name: 'Team 49.2 „Kommunales Bildungszentrum“', shortName: 'Bildungszentrum', kind: 'KREIS_UNIT', unitCode: '49.2', parent: 'org:abt49' },
  { key: 'org:abt51', name: 'Abteilung 51 „Jugend und Familie“', shortName: 'Jugendamt', kind: 'KREIS_UNIT', unitCode: '51', parent: 'org:gb2' },
  { key: 'org:abt32', name: 'Abteilung 32 „Ausländer-/Einbürgerungsbehörde“', shortName: 'ABH/EBH', kind: 'KREIS_UNIT', unitCode: '32', parent: 'org:kreis' },
  { key: 'org:abt10', name: 'Abteilung 10 „Zentrale Dienste“', shortName: 'Zentrale Dienste', kind: 'KREIS_UNIT', unitCode: '10', parent: 'org:kreis' },
  { key: 'org:abt50', name: 'Abteilung 50 „Soziales“', shortName: 'Sozialamt', kind: 'KREIS_UNIT', unitCode: '50', parent: 'org:gb4' },
  { key: 'org:abt53', name: 'Abteilung 53 „Gesundheit“', shortName: 'Gesundheitsamt', kind: 'KREIS_UNIT', unitCode: '53', parent: 'org:gb4' },
];

const EXTERNAL: OrgSpec[] = [
  { key: 'org:aa', name: 'Agentur für Arbeit – Geschäftsstelle Euskirchen', shortName: 'Agentur für Arbeit', kind: 'EMPLOYMENT_AGENCY' },
  { key: 'org:jc', name: 'Jobcenter EU-aktiv', shortName: 'Jobcenter', kind: 'JOBCENTER' },
  { key: 'org:ip', name: 'Integration Point im Jobcenter EU-aktiv', shortName: 'Integration Point', kind: 'JOBCENTER', parent: 'org:jc' },
  { key: 'org:schulaufsicht', name: 'Schulaufsicht – Generalie „Integration durch Bildung“', shortName: 'Schulaufsicht', kind: 'SCHOOL_AUTHORITY' },
  { key: 'org:bra', name: 'Bezirksregierung Arnsberg, Dezernat 36 (KfI)', shortName: 'BR Arnsberg', kind: 'OTHER' },
  { key: 'org:integreat', name: 'Tür an Tür Digitalfabrik gGmbH (Integreat)', shortName: 'Integreat', kind: 'OTHER' },
  { key: 'org:caritasEifel', name: 'Caritasverband für die Region Eifel e. V.', shortName: 'Caritas Eifel', kind: 'WELFARE_PROVIDER' },
  { key: 'org:caritasEu', name: 'Caritasverband für das Kreisdekanat Euskirchen e. V.', shortName: 'Caritas Euskirchen', kind: 'WELFARE_PROVIDER' },
  { key: 'org:drk', name: 'Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.', shortName: 'DRK KV Euskirchen', kind: 'WELFARE_PROVIDER' },
  { key: 'org:kja', name: 'Katholische Jugendagentur Bonn gGmbH', shortName: 'KJA Bonn', kind: 'WELFARE_PROVIDER' },
  { key: 'org:debtAdvice', name: 'Schuldner- und Insolvenzberatung der Wohlfahrtsverbände', shortName: 'Schuldnerberatung', kind: 'OTHER' },
  { key: 'org:volunteersMechernich', name: 'Ehrenamtsinitiative „Ankommen in Mechernich“', shortName: 'Ankommen Mechernich', kind: 'VOLUNTEER_INITIATIVE', municipality: 'Mechernich' },
  { key: 'org:volunteersSchleiden', name: 'Helferkreis Willkommen im Schleidener Tal', shortName: 'Helferkreis Schleiden', kind: 'VOLUNTEER_INITIATIVE', municipality: 'Schleiden' },
];

export function insertMasterData(b: DemoBuilder): void {
  b.insert(municipalities, MUNICIPALITIES.map((m) => ({ id: b.id(munKey(m.name)), ...m, active: true })));

  const admins: OrgSpec[] = MUNICIPALITIES.map((m) => ({
    key: adminKey(m.name),
    name: `${m.status === 'STADT' ? 'Stadtverwaltung' : 'Gemeindeverwaltung'} ${m.name}`,
    shortName: `${m.status === 'STADT' ? 'Stadt' : 'Gemeinde'} ${m.name}`,
    kind: 'MUNICIPALITY_ADMIN',
    municipality: m.name,
  }));
  b.insert(organisations, [...KREIS_UNITS, ...EXTERNAL, ...admins].map((o) => ({
    id: b.id(o.key),
    name: o.name,
    shortName: o.shortName ?? null,
    kind: o.kind,
    unitCode: o.unitCode ?? null,
    parentId: o.parent ? b.id(o.parent) : null,
    municipalityId: o.municipality ? b.id(munKey(o.municipality)) : null,
  })));
}

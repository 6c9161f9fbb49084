import { rmSync } from 'node:fs';
import { tempDir, testCore, type TestCore } from '../../../helpers/core';

/**
 * A small Kreis through the API: three municipalities, two CM providers for adults, a county-wide provider for
 * young people, an expired assignment, CM posts at the providers, and the KIM team. `reopen` starts the core
 * again on the same folder with another "today", so tests let time pass by clock injection.
 */
export interface RoundTableWorld {
  t: TestCore;
  municipality: { zuelpich: string; kall: string; dahlem: string };
  org: { drk: string; kja: string; caritas: string; zuelpichAdmin: string; ki: string };
  person: { cm: string; clerk: string; coordinator: string };
  post: { drk1: string; drk2: string; kja1: string; caritas1: string };
  reopen(now: string): Promise<TestCore>;
  dispose(): void;
}

export async function roundTableWorld(now = '2025-06-15T10:00:00Z'): Promise<RoundTableWorld> {
  const dataDir = tempDir('kim-rt-');
  let t = await testCore({ now, dataDir });
  const api = t.api;
  await api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: false });
  const mun = async (name: string, status: 'STADT' | 'GEMEINDE') => (await api.send('municipalities.create', { name, status })).id;
  const municipality = { zuelpich: await mun('Zülpich', 'STADT'), kall: await mun('Kall', 'GEMEINDE'), dahlem: await mun('Dahlem', 'GEMEINDE') };
  const org = async (name: string, kind: 'WELFARE_PROVIDER' | 'MUNICIPALITY_ADMIN' | 'KREIS_UNIT', shortName?: string) =>
    (await api.send('organisations.create', { name, kind, shortName })).id;
  const orgs = {
    drk: await org('Deutsches Rotes Kreuz Kreisverband Euskirchen e. V.', 'WELFARE_PROVIDER', 'DRK KV Euskirchen'),
    kja: await org('Katholische Jugendagentur Bonn gGmbH', 'WELFARE_PROVIDER', 'KJA Bonn'),
    caritas: await org('Caritasverband für die Region Eifel e. V.', 'WELFARE_PROVIDER', 'Caritas Eifel'),
    zuelpichAdmin: await org('Stadtverwaltung Zülpich', 'MUNICIPALITY_ADMIN', 'Stadt Zülpich'),
    ki: await org('Team 49.1 „Kommunales Integrationszentrum“', 'KREIS_UNIT', 'KI'),
  };
  const person = async (name: string, organisationId: string) => (await api.send('persons.create', { name, organisationId })).id;
  const persons = {
    cm: await person('Önder Yılmaz', orgs.drk),
    clerk: await person('Jürgen Müller', orgs.zuelpichAdmin),
    coordinator: await person('Anna Schäfer', orgs.ki),
  };
  const post = async (label: string, host: string, status: 'FILLED' | 'VACANT' | 'ADVERTISED', holder: string | null = null) =>
    (await api.send('posts.create', {
      label, fundingModule: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', fte: 1, hostOrganisationId: host, holderPersonId: holder, status,
    })).id;
  const posts = {
    drk1: await post('CM DRK 1', orgs.drk, 'FILLED', persons.cm),
    drk2: await post('CM DRK 2', orgs.drk, 'VACANT'),
    kja1: await post('CM KJA 1', orgs.kja, 'ADVERTISED'),
    caritas1: await post('CM Caritas Eifel 1', orgs.caritas, 'VACANT'),
  };
  const assign = (values: Record<string, unknown>) => api.send('providerAssignments.create', {
    targetGroup: 'ADULTS_18_PLUS', validFrom: '2021-09-01', ...values,
  } as never);
  await assign({ providerOrganisationId: orgs.drk, municipalityId: municipality.zuelpich });
  await assign({ providerOrganisationId: orgs.drk, municipalityId: municipality.kall });
  await assign({ providerOrganisationId: orgs.kja, countyWide: true, targetGroup: 'YOUNG_6_27' });
  await assign({ providerOrganisationId: orgs.caritas, municipalityId: municipality.zuelpich, validTo: '2024-12-31' });
  await assign({ providerOrganisationId: orgs.caritas, municipalityId: municipality.dahlem });

  const world: RoundTableWorld = {
    get t() { return t; },
    municipality, org: orgs, person: persons, post: posts,
    async reopen(next: string) {
      t.dispose();
      t = await testCore({ now: next, dataDir });
      return t;
    },
    dispose() {
      t.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}

/** A round table in Zülpich on 10.06.2025 with the four kinds of participants the office records. */
export function zuelpichRoundTable(w: RoundTableWorld, extra: Record<string, unknown> = {}) {
  return {
    format: 'ROUND_TABLE' as const,
    title: 'Runder Tisch Integration Zülpich',
    heldOn: '2025-06-10',
    startTime: '15:30',
    location: 'Rathaus Zülpich, Markt 21',
    municipalityIds: [w.municipality.zuelpich],
    topics: 'Wohnungssuche; Vermieteransprache',
    notes: 'Der Mehrwert von KIM wird gesehen.',
    participants: [
      { role: 'KIM_TEAM' as const, organisationId: w.org.ki, personId: w.person.coordinator, headCount: 2 },
      { role: 'MUNICIPAL_STAFF' as const, organisationId: w.org.zuelpichAdmin, personId: w.person.clerk, headCount: 2 },
      { role: 'CM_PROVIDER' as const, organisationId: w.org.drk, headCount: 1 },
      { role: 'VOLUNTEERS' as const, headCount: 2, note: 'Flüchtlingshilfe Zülpich' },
    ],
    ...extra,
  };
}

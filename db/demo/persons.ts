import { persons } from '../schema';
import type { DemoBuilder } from './builder';
import { adminKey, MUNICIPALITIES } from './masterData';
import { mailSlug, nameSource } from './names';

interface PersonSpec {
  key: string;
  fn: string;
  org: string;
  from?: string;
  to?: string;
}

const KREIS: PersonSpec[] = [
  { key: 'p:gb2Lead', fn: 'Leitung Geschäftsbereich II', org: 'org:gb2' },
  { key: 'p:gb2Deputy', fn: 'Stellvertretende Leitung Geschäftsbereich II', org: 'org:gb2' },
  { key: 'p:gb4Rep', fn: 'Koordination Geschäftsbereich IV', org: 'org:gb4' },
  { key: 'p:gb4Deputy', fn: 'Referent*in Geschäftsbereich IV', org: 'org:gb4' },
  { key: 'p:abt49Lead', fn: 'Abteilungsleitung KoBIZ', org: 'org:abt49' },
  { key: 'p:abt49Deputy', fn: 'Stellvertretende Abteilungsleitung KoBIZ', org: 'org:abt49' },
  { key: 'p:kiLead', fn: 'Teamleitung Kommunales Integrationszentrum', org: 'org:team491' },
  { key: 'p:kiDeputy', fn: 'Stellvertretende Teamleitung KI', org: 'org:team491' },
  { key: 'p:bzLead', fn: 'Teamleitung Kommunales Bildungszentrum', org: 'org:team492' },
  { key: 'p:abt51Lead', fn: 'Abteilungsleitung Jugend und Familie', org: 'org:abt51' },
  { key: 'p:abt51Deputy', fn: 'Sachgebietsleitung Soziale Dienste', org: 'org:abt51' },
  { key: 'p:abt32Lead', fn: 'Abteilungsleitung Ausländer-/Einbürgerungsbehörde', org: 'org:abt32' },
  { key: 'p:abt32Deputy', fn: 'Sachgebietsleitung Aufenthalt', org: 'org:abt32' },
  { key: 'p:abt10Lead', fn: 'Abteilungsleitung Zentrale Dienste', org: 'org:abt10' },
  { key: 'p:abt10Deputy', fn: 'Teamleitung Personalmanagement', org: 'org:abt10' },
  { key: 'p:abt53', fn: 'Sozialpsychiatrischer Dienst', org: 'org:abt53' },
  { key: 'p:abt50', fn: 'Sachgebietsleitung Leistungen nach dem AsylbLG', org: 'org:abt50' },
];

const KIM_TEAM: PersonSpec[] = [
  { key: 'p:ks1', fn: 'Gesamtkoordination KIM', org: 'org:team491', from: '2021-05-01' },
  { key: 'p:ks2', fn: 'Koordination Case Management und ABH-Querschnitt', org: 'org:team491', from: '2021-07-01' },
  { key: 'p:ks3', fn: 'Koordination Interkulturelle Öffnung', org: 'org:team491', from: '2021-09-01' },
  { key: 'p:ks4Former', fn: 'Koordination Bildung für nachhaltige Entwicklung', org: 'org:team491', from: '2021-10-01', to: '2024-10-31' },
  { key: 'p:ks4', fn: 'Koordination Bildung für nachhaltige Entwicklung', org: 'org:team491', from: '2025-01-01' },
  { key: 'p:assistant', fn: 'Verwaltungsassistenz KIM', org: 'org:team491', from: '2021-07-01' },
  { key: 'p:cmIp', fn: 'Case Management im Integration Point', org: 'org:ip', from: '2023-04-01' },
  { key: 'p:cmBne', fn: 'Case Management Schwerpunkt BNE (Sozialraum Mechernich)', org: 'org:team491', from: '2023-03-01' },
  { key: 'p:cmAbh', fn: 'Case Management Schwerpunkt Ausländeramt', org: 'org:abt32', from: '2024-04-01' },
  { key: 'p:b3Advice', fn: 'Perspektivberatung in der Ausländerbehörde (Baustein 3)', org: 'org:abt32', from: '2022-09-01' },
];

const PROVIDER_STAFF: PersonSpec[] = [
  { key: 'p:caritasEifelLead', fn: 'Fachbereichsleitung Migration und Integration', org: 'org:caritasEifel' },
  { key: 'p:caritasEifelDeputy', fn: 'Koordination Migrationsdienste', org: 'org:caritasEifel' },
  { key: 'p:caritasEifelCm1', fn: 'Case Management KIM', org: 'org:caritasEifel', from: '2021-10-01' },
  { key: 'p:caritasEifelCm2', fn: 'Case Management KIM', org: 'org:caritasEifel', from: '2022-02-01' },
  { key: 'p:caritasEuLead', fn: 'Fachdienstleitung Integration und Migration', org: 'org:caritasEu' },
  { key: 'p:caritasEuDeputy', fn: 'Koordination Fachdienst Integration', org: 'org:caritasEu' },
  { key: 'p:caritasEuCm1', fn: 'Case Management KIM', org: 'org:caritasEu', from: '2021-09-01' },
  { key: 'p:caritasEuCm2', fn: 'Case Management KIM', org: 'org:caritasEu', from: '2022-04-01' },
  { key: 'p:drkLead', fn: 'Bereichsleitung Soziale Arbeit', org: 'org:drk' },
  { key: 'p:drkDeputy', fn: 'Teamleitung Migration', org: 'org:drk' },
  { key: 'p:drkCm1', fn: 'Case Management KIM', org: 'org:drk', from: '2021-10-01' },
  { key: 'p:drkCm2Former', fn: 'Case Management KIM', org: 'org:drk', from: '2022-03-01', to: '2024-11-30' },
  { key: 'p:drkCm2', fn: 'Case Management KIM', org: 'org:drk', from: '2025-03-01' },
  { key: 'p:kjaLead', fn: 'Regionalleitung Jugendmigrationsdienst', org: 'org:kja' },
  { key: 'p:kjaDeputy', fn: 'Fachberatung Jugendmigrationsdienst', org: 'org:kja' },
  { key: 'p:kjaCm1', fn: 'Case Management KIM (6–27 Jahre)', org: 'org:kja', from: '2021-11-01' },
  { key: 'p:kjaCm2Former', fn: 'Case Management KIM (6–27 Jahre)', org: 'org:kja', from: '2022-05-01', to: '2024-12-31' },
  { key: 'p:kjaCm2', fn: 'Case Management KIM (6–27 Jahre)', org: 'org:kja', from: '2025-07-01' },
];

const EXTERNAL: PersonSpec[] = [
  { key: 'p:aaRepFormer', fn: 'Teamleitung Arbeitsvermittlung', org: 'org:aa', to: '2023-12-31' },
  { key: 'p:aaRep', fn: 'Teamleitung Arbeitsvermittlung', org: 'org:aa', from: '2024-01-01' },
  { key: 'p:aaDeputy', fn: 'Beauftragte*r für Chancengleichheit am Arbeitsmarkt', org: 'org:aa' },
  { key: 'p:jcRep', fn: 'Bereichsleitung Markt und Integration', org: 'org:jc' },
  { key: 'p:jcDeputy', fn: 'Teamleitung Leistungen', org: 'org:jc' },
  { key: 'p:ipLead', fn: 'Teamleitung Integration Point', org: 'org:ip' },
  { key: 'p:schoolRep', fn: 'Schulaufsicht, Generalie Integration durch Bildung', org: 'org:schulaufsicht' },
  { key: 'p:braDesk', fn: 'Sachbearbeitung KIM-Förderung', org: 'org:bra' },
  { key: 'p:debtAdvisor', fn: 'Fachberatung Schuldnerberatung', org: 'org:debtAdvice' },
  { key: 'p:volMechernich', fn: 'Sprecher*in der Initiative', org: 'org:volunteersMechernich' },
  { key: 'p:volSchleiden', fn: 'Koordination Helferkreis', org: 'org:volunteersSchleiden' },
];

/** One integration contact per town hall; the three steering-group towns also send a deputy. */
function municipalStaff(): PersonSpec[] {
  const staff: PersonSpec[] = MUNICIPALITIES.map((m) => ({
    key: `p:mun:${m.name}`, fn: 'Ansprechperson Integration im Rathaus', org: adminKey(m.name),
  }));
  staff.push(
    { key: 'p:lg:Euskirchen', fn: 'Fachbereichsleitung Soziales', org: adminKey('Euskirchen') },
    { key: 'p:lg:MechernichFormer', fn: 'Amtsleitung Soziales', org: adminKey('Mechernich'), to: '2024-12-31' },
    { key: 'p:lg:Mechernich', fn: 'Amtsleitung Soziales', org: adminKey('Mechernich'), from: '2025-01-01' },
    { key: 'p:lg:Hellenthal', fn: 'Fachbereichsleitung Bürgerdienste', org: adminKey('Hellenthal') },
  );
  return staff;
}

const DOMAINS: Record<string, string> = {
  'org:aa': 'arbeitsagentur.example', 'org:jc': 'jobcenter-eu.example', 'org:ip': 'jobcenter-eu.example',
  'org:schulaufsicht': 'schulaufsicht.example', 'org:bra': 'bezreg.example', 'org:debtAdvice': 'schuldnerberatung.example',
  'org:caritasEifel': 'caritas-eifel.example', 'org:caritasEu': 'caritas-eu.example', 'org:drk': 'drk-eu.example',
  'org:kja': 'kja-bonn.example',
};

// Subscriber numbers never start with 0 in Germany, so these look right but cannot reach anybody.
const AREA_CODES: Record<string, string> = {
  'Bad Münstereifel': '02253', Blankenheim: '02449', Dahlem: '02447', Euskirchen: '02251', Hellenthal: '02482',
  Kall: '02441', Mechernich: '02443', Nettersheim: '02486', Schleiden: '02445', Weilerswist: '02254', Zülpich: '02252',
};

export const ALL_PERSON_SPECS = [...KREIS, ...KIM_TEAM, ...PROVIDER_STAFF, ...EXTERNAL, ...municipalStaff()];

export function insertPersons(b: DemoBuilder): void {
  const nextName = nameSource(b.rng);
  let extension = 100;
  b.insert(persons, ALL_PERSON_SPECS.map((spec) => {
    const { first, last, name } = nextName();
    const town = spec.org.startsWith('org:admin:') ? spec.org.slice('org:admin:'.length) : null;
    const domain = town ? `${mailSlug(town)}.example` : DOMAINS[spec.org] ?? 'kreis-euskirchen.example';
    const volunteer = spec.org.startsWith('org:volunteers');
    extension += 7;
    b.names.set(spec.key, name);
    return {
      id: b.id(spec.key),
      name,
      function: spec.fn,
      organisationId: b.id(spec.org),
      email: volunteer ? null : `${mailSlug(first)}.${mailSlug(last)}@${domain}`,
      phone: volunteer ? null : `${AREA_CODES[town ?? 'Euskirchen']} 0${extension}`,
      validFrom: spec.from ?? null,
      validTo: spec.to ?? null,
    };
  }));
}

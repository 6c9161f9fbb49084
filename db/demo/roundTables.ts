import { actionItems, findingOrganisations, findings, roundTableMunicipalities, roundTableParticipants, roundTables } from '../schema';
import type { ParticipantRole, RoundTableFormat } from '../domain/enums';
import type { DemoBuilder, DemoRow } from './builder';
import { addDays } from './dates';
import { adminKey, MUNICIPALITIES, munKey, PROVIDERS } from './masterData';
import type { TaskPlan } from './meetingPlan';
import type { FindingSpec } from './reconstructionCases';
import { findingRows } from './reconstructions';
import { FURTHER_ROUND_TABLES, FORUM_SESSIONS } from './roundTableSessions';

export type ParticipantSpec = [role: ParticipantRole, org: string | null, person: string | null, headCount: number, note?: string];

export interface RoundTableSpec {
  key: string;
  format: RoundTableFormat;
  title: string;
  heldOn: string;
  startTime: string;
  location: string | null;
  online?: boolean;
  countyWide?: boolean;
  towns: string[];
  topics: string;
  notes?: string;
  participants: ParticipantSpec[];
  agreements: TaskPlan[];
  findings?: FindingSpec[];
}

const TOUR_DATES: Record<string, string> = {
  Euskirchen: '2022-09-06', Mechernich: '2022-09-13', Zülpich: '2022-09-20', 'Bad Münstereifel': '2022-09-27', Schleiden: '2022-10-11',
  Hellenthal: '2022-10-18', Kall: '2022-10-25', Weilerswist: '2022-11-08', Nettersheim: '2022-11-15', Blankenheim: '2022-11-22', Dahlem: '2022-12-13',
};
const VOLUNTEER_ORG: Record<string, string> = { Mechernich: 'org:volunteersMechernich', Schleiden: 'org:volunteersSchleiden' };
const TOUR_FINDINGS: Record<string, FindingSpec[]> = {
  Hellenthal: [['ACCESS_BARRIER', 'In den Ortsteilen sind Beratungsangebote ohne Auto kaum erreichbar; viele Zugewanderte haben keine Anbindung an Institutionen.', 'theme:aufsuchend', []]],
  Dahlem: [['GAP_IN_SERVICES', 'Für Auszüge aus der kommunalen Unterkunft gibt es kaum bezahlbaren Wohnraum; Unterkünfte sind belegt.', 'theme:wohnen', ['org:admin:Dahlem']]],
};

/** Kommunentour 2022: one Runder Tisch Integration per town, presenting KIM and the responsible case managers. */
function tour(b: DemoBuilder): RoundTableSpec[] {
  return MUNICIPALITIES.map(({ name }) => {
    const day = TOUR_DATES[name];
    const provider = PROVIDERS.find((p) => p.key !== 'org:kja' && (p.municipalities as readonly string[]).includes(name))!.key;
    const volunteers: ParticipantSpec[] = VOLUNTEER_ORG[name]
      ? [['VOLUNTEERS', VOLUNTEER_ORG[name], null, b.rng.int(3, 6)]]
      : b.rng.chance(0.4) ? [['VOLUNTEERS', null, null, b.rng.int(2, 4), 'ehrenamtliche Flüchtlingshilfe vor Ort']] : [];
    return {
      key: `rt:tour:${name}`, format: 'MUNICIPAL_TOUR', title: `Kommunentour: Runder Tisch Integration ${name}`, heldOn: day, startTime: '15:00',
      location: `Rathaus ${name}`, towns: [name],
      topics: 'Vorstellung KIM und der zuständigen Case Manager*innen; Zuständigkeiten; Bedarfe vor Ort',
      notes: 'Der Mehrwert von KIM wird gesehen, das aufsuchende Angebot begrüßt. Vorhandene Angebote werden durch die CM-Stellen nicht ersetzt.',
      participants: [
        ['KIM_TEAM', 'org:team491', 'p:ks1', 2], ['MUNICIPAL_STAFF', adminKey(name), `p:mun:${name}`, b.rng.int(1, 3)],
        ['CM_PROVIDER', provider, null, b.rng.int(1, 2)], ['CM_PROVIDER', 'org:kja', null, 1], ...volunteers,
      ],
      agreements: [
        { title: 'Kontaktdaten der zuständigen Case Manager*innen im Rathaus bereitstellen', owner: provider, due: addDays(day, 30), status: 'DONE', completedOn: addDays(day, b.rng.int(5, 28)) },
        ...(b.rng.chance(0.5) ? [{
          title: 'Monatliche CM-Sprechstunde im Rathaus prüfen', owner: adminKey(name), due: addDays(day, 90),
          status: b.rng.chance(0.7) ? 'DONE' as const : 'DISCARDED' as const, completedOn: addDays(day, 80),
        }] : []),
      ],
      findings: TOUR_FINDINGS[name],
    };
  });
}

export function insertRoundTables(b: DemoBuilder): void {
  const specs = [...tour(b), ...FURTHER_ROUND_TABLES, ...FORUM_SESSIONS];
  b.insert(roundTables, specs.map((s) => ({
    id: b.id(s.key), format: s.format, title: s.title, heldOn: s.heldOn, startTime: s.startTime, location: s.location,
    onlineUrl: s.online ? 'https://konferenz.kreis-euskirchen.example/austauschforum' : null, countyWide: s.countyWide ?? false,
    topics: s.topics, notes: s.notes ?? null,
  })));
  b.insert(roundTableMunicipalities, specs.flatMap((s) => s.towns.map((town) => ({ roundTableId: b.id(s.key), municipalityId: b.id(munKey(town)) }))));
  b.insert(roundTableParticipants, specs.flatMap((s) => s.participants.map(([role, org, person, headCount, note], i) => ({
    id: b.id(`${s.key}:participant:${i}`), roundTableId: b.id(s.key), organisationId: org ? b.id(org) : null,
    personId: person ? b.id(person) : null, role, headCount, note: note ?? null,
  }))));
  b.insert(actionItems, specs.flatMap((s) => s.agreements.map((a, i): DemoRow<typeof actionItems> => {
    const byPerson = a.owner.startsWith('p:');
    return {
      id: b.id(`${s.key}:agreement:${i}`), source: 'ROUND_TABLE', decisionId: null, meetingId: null, roundTableId: b.id(s.key),
      title: a.title, description: a.description ?? null, ownerOrganisationId: byPerson ? null : b.id(a.owner),
      ownerPersonId: byPerson ? b.id(a.owner) : null, ownerText: null, dueDate: a.due, status: a.status,
      delayReason: a.delayReason ?? null, reviewDate: null, evidenceText: a.evidence ?? null, evidenceDocumentId: null,
      completedOn: a.status === 'DONE' ? a.completedOn ?? a.due : null,
    };
  })));
  const found = specs.filter((s) => s.findings).map((s) => findingRows(b, { roundTable: s.key }, s.key, s.findings!));
  b.insert(findings, found.flatMap((f) => f.rows));
  b.insert(findingOrganisations, found.flatMap((f) => f.orgs));
}

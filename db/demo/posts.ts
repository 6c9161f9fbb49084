import { postPeriods, posts, providerAssignments } from '../schema';
import type { FundingModule, PostKind, PostStatus } from '../domain/enums';
import type { DemoBuilder, DemoRow } from './builder';
import { munKey, PROVIDERS } from './masterData';
import * as T from './postTasks';

type Period = [status: PostStatus, from: string, to: string | null, holder?: string, note?: string | null];

interface PostSpec {
  key: string;
  label: string;
  module: FundingModule;
  kind: PostKind;
  focus: string;
  fte: number;
  host: string;
  permanent: boolean;
  overall?: boolean;
  tasks?: string;
  periods: Period[];
}

const EUR = 100;
const FUNDING_PER_FTE: Record<FundingModule, Partial<Record<PostKind, number>>> = {
  B1_COORDINATION: { COORDINATION: 57_000 * EUR, ADMIN_ASSISTANT: 45_000 * EUR },
  B2_CASE_MANAGEMENT: { CASE_MANAGEMENT: 57_000 * EUR },
  B3_IMMIGRATION_AUTHORITY: { IMMIGRATION_AUTHORITY: 50_000 * EUR, NATURALISATION_AUTHORITY: 50_000 * EUR },
};

const PERMANENT_SINCE = '2022-07-01';
const TEMPORARY = 'befristet bis zur Entfristung der KIM-Stellen';
const PERMANENT = 'unbefristet';

/** A post filled by one person since `from`, split where the KIM posts became permanent in 2022. */
function filledSince(from: string, holder: string): Period[] {
  if (from >= PERMANENT_SINCE) return [['FILLED', from, null, holder, PERMANENT]];
  return [['FILLED', from, '2022-06-30', holder, TEMPORARY], ['FILLED', PERMANENT_SINCE, null, holder, PERMANENT]];
}

const cm = (key: string, label: string, host: string, focus: string, periods: Period[], tasks = T.TASKS_CM_PROVIDER): PostSpec => ({
  key, label, module: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', focus, fte: 1, host, permanent: true, tasks, periods,
});

export const POSTS: PostSpec[] = [
  { key: 'post:ks1', label: 'Koordinierungsstelle 1 – Gesamtkoordination', module: 'B1_COORDINATION', kind: 'COORDINATION', focus: 'Gesamtkoordination', fte: 1, host: 'org:team491', permanent: true, overall: true, tasks: T.TASKS_KS1, periods: filledSince('2021-05-01', 'p:ks1') },
  { key: 'post:ks2', label: 'Koordinierungsstelle 2 – Gesamtkoordination/Case Management', module: 'B1_COORDINATION', kind: 'COORDINATION', focus: 'Gesamtkoordination/Case Management', fte: 0.5, host: 'org:team491', permanent: true, tasks: T.TASKS_KS2, periods: filledSince('2021-07-01', 'p:ks2') },
  { key: 'post:ks3', label: 'Koordinierungsstelle 3 – Interkulturelle Öffnung', module: 'B1_COORDINATION', kind: 'COORDINATION', focus: 'IKÖ', fte: 1, host: 'org:team491', permanent: true, tasks: T.TASKS_KS3, periods: filledSince('2021-09-01', 'p:ks3') },
  { key: 'post:ks4', label: 'Koordinierungsstelle 4 – Bildung für nachhaltige Entwicklung', module: 'B1_COORDINATION', kind: 'COORDINATION', focus: 'BNE', fte: 1, host: 'org:team491', permanent: true, tasks: T.TASKS_KS4, periods: [
    ...filledSince('2021-10-01', 'p:ks4Former').map((p): Period => (p[2] === null ? [p[0], p[1], '2024-10-31', p[3], p[4]] : p)),
    ['ADVERTISED', '2024-11-01', '2024-12-31', undefined, 'Nachbesetzung nach Wechsel der Stelleninhabung'],
    ['FILLED', '2025-01-01', null, 'p:ks4', 'zum Jahresbeginn nachbesetzt'],
  ] },
  { key: 'post:assistant', label: 'Verwaltungsassistenz KIM', module: 'B1_COORDINATION', kind: 'ADMIN_ASSISTANT', focus: 'Verwaltung und Finanzen', fte: 0.5, host: 'org:team491', permanent: true, tasks: T.TASKS_ASSISTANT, periods: filledSince('2021-07-01', 'p:assistant') },

  cm('post:cmCaritasEifel1', 'CM Caritas Eifel 1', 'org:caritasEifel', 'Erwachsene 18+: Schleiden, Hellenthal, Dahlem', filledSince('2021-10-01', 'p:caritasEifelCm1')),
  cm('post:cmCaritasEifel2', 'CM Caritas Eifel 2', 'org:caritasEifel', 'Erwachsene 18+: Blankenheim, Mechernich', filledSince('2022-02-01', 'p:caritasEifelCm2')),
  cm('post:cmCaritasEu1', 'CM Caritas Euskirchen 1', 'org:caritasEu', 'Erwachsene 18+: Euskirchen', filledSince('2021-09-01', 'p:caritasEuCm1')),
  cm('post:cmCaritasEu2', 'CM Caritas Euskirchen 2', 'org:caritasEu', 'Erwachsene 18+: Euskirchen, Bad Münstereifel', filledSince('2022-04-01', 'p:caritasEuCm2')),
  cm('post:cmDrk1', 'CM DRK 1', 'org:drk', 'Erwachsene 18+: Kall, Nettersheim', filledSince('2021-10-01', 'p:drkCm1')),
  cm('post:cmDrk2', 'CM DRK 2', 'org:drk', 'Erwachsene 18+: Zülpich, Weilerswist', [
    ...filledSince('2022-03-01', 'p:drkCm2Former').map((p): Period => (p[2] === null ? [p[0], p[1], '2024-11-30', p[3], p[4]] : p)),
    ['ADVERTISED', '2024-12-01', '2025-02-28', undefined, 'Personalfluktuation zum Jahresende 2024'],
    ['FILLED', '2025-03-01', null, 'p:drkCm2', PERMANENT],
  ]),
  cm('post:cmKja1', 'CM KJA 1', 'org:kja', 'junge Menschen 6–27, kreisweit', filledSince('2021-11-01', 'p:kjaCm1')),
  cm('post:cmKja2', 'CM KJA 2', 'org:kja', 'junge Menschen 6–27, kreisweit', [
    ...filledSince('2022-05-01', 'p:kjaCm2Former').map((p): Period => (p[2] === null ? [p[0], p[1], '2024-12-31', p[3], p[4]] : p)),
    ['VACANT', '2025-01-01', '2025-03-31', undefined, 'Personalfluktuation zum Jahresende 2024'],
    ['ADVERTISED', '2025-04-01', '2025-06-30', undefined, null],
    ['FILLED', '2025-07-01', null, 'p:kjaCm2', PERMANENT],
  ]),
  cm('post:cmIp', 'CM Integration Point/Jobcenter', 'org:ip', 'Integration Point/Jobcenter, kreisweit', [
    ['VACANT', '2022-01-01', '2022-08-31', undefined, 'Konzeption der Kooperationsstelle mit dem Integration Point'],
    ['ADVERTISED', '2022-09-01', '2023-03-31', undefined, 'Ausschreibung durch Zu- und Absagen verzögert'],
    ['FILLED', '2023-04-01', null, 'p:cmIp', PERMANENT],
  ], T.TASKS_CM_IP),
  cm('post:cmBne', 'CM Schwerpunkt BNE', 'org:team491', 'BNE, Sozialraum Mechernich, zuständig für alle Kommunen', [
    ['ADVERTISED', '2022-10-01', '2023-02-28', undefined, null],
    ['FILLED', '2023-03-01', null, 'p:cmBne', PERMANENT],
  ], T.TASKS_CM_BNE),
  cm('post:cmAbh', 'CM Schwerpunkt Ausländeramt', 'org:abt32', 'Querschnitt Ausländeramt/KI, kreisweit', [
    ['VACANT', '2022-07-01', '2023-09-30', undefined, 'Zuschnitt der Querschnittsstelle in Klärung'],
    ['ADVERTISED', '2023-10-01', '2024-03-31', undefined, null],
    ['FILLED', '2024-04-01', null, 'p:cmAbh', PERMANENT],
  ], T.TASKS_CM_ABH),

  { key: 'post:b3Advice', label: 'ABH – Perspektivberatung (Baustein 3)', module: 'B3_IMMIGRATION_AUTHORITY', kind: 'IMMIGRATION_AUTHORITY', focus: 'Beratungsbüro in der ABH', fte: 1, host: 'org:abt32', permanent: true, tasks: T.TASKS_B3, periods: [
    ['ADVERTISED', '2022-05-01', '2022-08-31', undefined, null],
    ['FILLED', '2022-09-01', null, 'p:b3Advice', 'Beratungsbüro in der ABH seit September 2022'],
  ] },
  { key: 'post:b3Cross', label: 'ABH/KIM-Querschnitt (Baustein 3)', module: 'B3_IMMIGRATION_AUTHORITY', kind: 'IMMIGRATION_AUTHORITY', focus: 'Schnittstelle ABH – KIM', fte: 0.5, host: 'org:abt32', permanent: true, tasks: T.TASKS_B3, periods: [
    ['FILLED', '2022-07-01', null, 'p:ks2', 'gleiche Person wie Koordinierungsstelle 2'],
  ] },
  { key: 'post:b3Naturalisation', label: 'EBH – Einbürgerung (Baustein 3)', module: 'B3_IMMIGRATION_AUTHORITY', kind: 'NATURALISATION_AUTHORITY', focus: 'Einbürgerungsbehörde', fte: 0.5, host: 'org:abt32', permanent: false, periods: [
    ['VACANT', '2022-01-01', '2025-02-28', undefined, 'noch nicht eingerichtet'],
    ['ADVERTISED', '2025-03-01', null, undefined, 'Ausschreibung 2025'],
  ] },
];

export function insertPosts(b: DemoBuilder): void {
  b.insert(posts, POSTS.map((p) => {
    const last = p.periods[p.periods.length - 1];
    const filled = last[0] === 'FILLED';
    // filledSince is the start of the current holder's tenure, across the 2022 permanence split.
    const tenureStart = filled ? p.periods.filter((x) => x[3] === last[3])[0][1] : null;
    return {
      id: b.id(p.key),
      label: p.label,
      fundingModule: p.module,
      kind: p.kind,
      focus: p.focus,
      fte: p.fte,
      fundingPerFteCents: FUNDING_PER_FTE[p.module][p.kind] ?? null,
      hostOrganisationId: b.id(p.host),
      holderPersonId: filled && last[3] ? b.id(last[3]) : null,
      status: last[0],
      permanent: p.permanent,
      filledSince: tenureStart,
      isOverallCoordination: p.overall ?? false,
      tasks: p.tasks ?? null,
    };
  }));
  b.insert(postPeriods, POSTS.flatMap((p) => p.periods.map(([status, from, to, holder, note]) => ({
    id: b.id(`${p.key}:period:${from}`),
    postId: b.id(p.key),
    status,
    fte: p.fte,
    holderPersonId: holder ? b.id(holder) : null,
    validFrom: from,
    validTo: to,
    note: note ?? null,
  }))));

  b.insert(providerAssignments, PROVIDERS.flatMap((provider): DemoRow<typeof providerAssignments>[] => {
    if (provider.key === 'org:kja') {
      return [{
        id: b.id('assign:kja'), providerOrganisationId: b.id(provider.key), municipalityId: null, countyWide: true,
        targetGroup: 'YOUNG_6_27', validFrom: '2021-11-01', validTo: null,
        note: 'Kreisweit aufsuchend für 6- bis 27-Jährige; Jugendmigrationsdienst und Migrationsberatung werden berücksichtigt, um Doppelbetreuung zu vermeiden.',
      }];
    }
    return provider.municipalities.map((town) => ({
      id: b.id(`assign:${provider.key}:${town}`), providerOrganisationId: b.id(provider.key), municipalityId: b.id(munKey(town)),
      countyWide: false, targetGroup: 'ADULTS_18_PLUS', validFrom: '2021-09-01', validTo: null,
      note: 'Aufsuchendes Beratungsangebot für Erwachsene ab 18 Jahren (Kooperations- und Weiterleitungsvertrag)',
    }));
  }));
}

import type { MeetingStatus } from '../domain/enums';
import type { ItemPlan, MeetingPlan, TaskPlan } from './meetingPlan';
import { writeMeetings } from './meetingWriter';
import type { DemoBuilder } from './builder';

const KI_ROOM = 'Kreishaus Euskirchen, Besprechungsraum KoBIZ';
const ONLINE = 'https://konferenz.kreis-euskirchen.example/';

const topic = (title: string, minutes: string | undefined, tasks?: TaskPlan[], extra: Partial<ItemPlan> = {}): ItemPlan =>
  ({ title, kind: 'DISCUSSION', minutes, tasks, ...extra });

interface Session { day: string; status?: MeetingStatus; items: ItemPlan[]; online?: boolean }

function series(committee: string, name: string, minutesBy: string, sessions: Session[]): MeetingPlan[] {
  return sessions.map((s, i) => ({
    key: `${committee}:m${i + 1}`, committee, sequenceNo: i + 1, title: `${i + 1}. Sitzung ${name}`, startsAt: `${s.day}T10:00`,
    durationMinutes: 90, location: s.online ? null : KI_ROOM, onlineUrl: s.online ? `${ONLINE}${committee.slice(2).toLowerCase()}` : undefined,
    status: s.status ?? 'MINUTES_APPROVED', minutesBy, items: s.items,
  }));
}

const AG_WOHNEN = series('c:agWohnen', 'AG Wohnen', 'p:ks1', [
  { day: '2024-06-25', items: [
    topic('Auftrag der Lenkungsgruppe und Arbeitsweise', 'Die AG arbeitet bis März 2025; Wohnungsbau ist ausdrücklich nicht Gegenstand.', undefined, { links: [['DECISION', 'dec:agWohnen']] }),
    topic('Bestandsaufnahme: Unterbringung und Wohnungssuche in den Kommunen', 'Die Rathäuser schildern volle Übergangsheime und lange Suchzeiten; Vermieter*innen fehlen Ansprechpersonen.',
      [{ title: 'Kurzabfrage zu Unterbringungsplätzen und Auszugsquoten in allen Rathäusern', owner: 'p:ks1', due: '2024-08-31', status: 'DONE', completedOn: '2024-08-29' }]),
  ] },
  { day: '2024-09-10', items: [
    topic('Auswertung der Kurzabfrage', 'Sieben Kommunen nennen fehlende Informationen zu Mietrecht und Wohnberechtigung als größte Hürde.'),
    topic('Ideen für Maßnahmen', 'Favorisiert werden eine Integreat-Kachel „Wohnen“ und ein Leitfaden für Ehrenamtliche.',
      [{ title: 'Inhaltsgerüst der Integreat-Kachel entwerfen', owner: 'p:ks1', due: '2024-10-15', status: 'DONE', completedOn: '2024-10-14' }],
      { links: [['THEME', 'theme:wohnen']] }),
  ] },
  { day: '2024-10-22', items: [
    topic('Maßnahmenvorschläge für die Lenkungsgruppe', 'Die AG beschließt, der Lenkungsgruppe beide Maßnahmen mit Zielvereinbarung und Budget vorzuschlagen.', undefined,
      { links: [['MEASURE', 'measure:integreat'], ['MEASURE', 'measure:leitfaden']] }),
  ] },
  { day: '2025-02-18', online: true, items: [
    topic('Redaktionsstand der Kachel „Wohnen“', 'Beiträge der Rathäuser liegen vor; Übersetzungen sind beauftragt.'),
    topic('Abschluss der AG', 'Die AG schließt mit Freischaltung der Kachel ab und berichtet im Austauschforum und in der Lenkungsgruppe.',
      [{ title: 'Ergebnisse im Austauschforum Integration vorstellen', owner: 'p:ks1', due: '2025-04-30', status: 'DONE', completedOn: '2025-04-08' }]),
  ] },
]);

const PG_SCHULDEN = series('c:pgSchulden', 'Projektgruppe Schuldnerberatung', 'p:ks2', [
  { day: '2026-02-10', items: [
    topic('Auftrag und Zeitplan', 'Zwischenbericht an die Lenkungsgruppe im Dezember 2026.', undefined, { links: [['DECISION', 'dec:pgSchulden']] }),
    topic('Fallbilder aus den Fallrekonstruktionen', 'Typisch sind Mietrückstände nach Rechtskreiswechsel und Inkasso wegen unverstandener Verträge.', undefined, { links: [['THEME', 'theme:schulden']] }),
  ] },
  { day: '2026-05-19', online: true, items: [
    topic('Sprachmittlung in der Schuldnerberatung', 'Videodolmetschen wird getestet; Kosten sind zu klären.',
      [{ title: 'Angebote für Videodolmetschen einholen', owner: 'p:debtAdvisor', due: '2026-07-31', status: 'DONE', completedOn: '2026-07-20' }]),
  ] },
  { day: '2026-09-22', status: 'HELD', items: [
    topic('Entwurf Wegweiser Schuldnerberatung', 'Der Entwurf liegt auf Deutsch und Arabisch vor; Ukrainisch und Türkisch fehlen noch.', undefined, { links: [['MEASURE', 'measure:schuldenWegweiser']] }),
    topic('Zielvereinbarung für die Lenkungsgruppe', 'Entwurf wird bis zur Lenkungsgruppe im Dezember abgestimmt.',
      [{ title: 'Zielvereinbarung mit Indikatoren entwerfen', owner: 'p:ks2', due: '2026-11-20', status: 'IN_PROGRESS' }]),
  ] },
]);

function circle(committee: string, name: string, lead: string, sessions: Array<[day: string, title: string, minutes: string, task?: TaskPlan]>): MeetingPlan[] {
  return series(committee, name, lead, sessions.map(([day, title, minutes, task], i) => ({
    day, online: i % 2 === 1, status: i === sessions.length - 1 ? 'HELD' : 'MINUTES_APPROVED',
    items: [topic('Austausch aus den Einrichtungen', 'Kurzberichte der Mitglieder.'), topic(title, minutes, task ? [task] : undefined)],
  })));
}

const AK_RASSISMUS = circle('c:akRassismus', 'AK Institutioneller Rassismus', 'p:ks3', [
  ['2023-03-15', 'Selbstverständnis und Arbeitsplan', 'Der AK sammelt Beispiele institutioneller Hürden aus Verwaltung und Beratung.'],
  ['2023-10-10', 'Diskriminierungssensible Bescheide', 'Verständlichkeit von Bescheiden wird als wiederkehrende Hürde benannt.',
    { title: 'Beispielbescheide anonymisiert sammeln', owner: 'p:abt32Deputy', due: '2024-02-29', status: 'DONE', completedOn: '2024-03-05' }],
  ['2024-04-16', 'Auswahlverfahren in der Kreisverwaltung', 'Die Personalabteilung stellt anonymisierte Bewerbungsverfahren vor.'],
  ['2024-10-08', 'Sensibilisierungsreihe für Führungskräfte', 'Die Reihe startet 2025 mit drei Modulen.',
    { title: 'Referent*innen für die Sensibilisierungsreihe anfragen', owner: 'p:ks3', due: '2024-12-15', status: 'DONE', completedOn: '2024-12-02' }],
  ['2025-04-08', 'Erfahrungen aus dem ersten Modul', 'Rückmeldungen sind positiv; mehr Praxisbeispiele gewünscht.'],
  ['2025-10-14', 'Jahresbericht an die Lenkungsgruppe', 'Gliederung des Jahresberichts abgestimmt.',
    { title: 'Jahresbericht des AK an die Lenkungsgruppe erstellen', owner: 'p:ks3', due: '2026-06-30', status: 'OPEN' }],
]);

const AK_SEX = circle('c:akSexGesundheit', 'AK Sexuelle Gesundheit', 'p:abt53', [
  ['2023-09-19', 'Bestandsaufnahme der Beratungsangebote', 'Angebote sind überwiegend deutschsprachig.'],
  ['2024-03-12', 'Mehrsprachige Präventionsmaterialien', 'Vorhandene Materialien des Landes werden gesichtet.',
    { title: 'Materialliste nach Sprachen zusammenstellen', owner: 'p:caritasEifelCm1', due: '2024-06-30', status: 'DONE', completedOn: '2024-06-18' }],
  ['2024-09-17', 'Zugänge für junge Menschen', 'KJA und Jugendamt berichten von Bedarf an geschützten Gesprächsräumen.'],
  ['2025-03-11', 'Vorbereitung Bericht an die Lenkungsgruppe', 'Der Bericht wird in der Maisitzung vorgestellt.'],
  ['2025-09-16', 'Übersicht niedrigschwelliger Angebote', 'Die Übersicht ist fertig und wird über Integreat veröffentlicht.'],
  ['2026-03-10', 'Fortbildung für Case Manager*innen', 'Eine Fortbildung zu sexueller Gesundheit wird für Herbst 2026 geplant.',
    { title: 'Fortbildung mit dem Gesundheitsamt planen', owner: 'p:abt53', due: '2026-09-30', status: 'DEFERRED', delayReason: 'Referentin erst 2027 verfügbar.' }],
]);

const AK_ANTIDISKRIMINIERUNG = circle('c:akAntidiskriminierung', 'AK Antidiskriminierung', 'p:ks3', [
  ['2022-10-11', 'Aktionen zu den Internationalen Wochen gegen Rassismus', 'Ein Fotowettbewerb mit der ABH wird vorbereitet.'],
  ['2023-06-13', 'Fallaustausch Diskriminierung am Wohnungsmarkt', 'Mehrere Fälle betreffen Absagen bei Wohnungsbesichtigungen.',
    { title: 'Hinweise zur Wohnungsmarktdiskriminierung an die KIM-Koordination geben', owner: 'org:caritasEu', due: '2023-09-30', status: 'DONE', completedOn: '2023-09-12' }],
  ['2024-06-11', 'Diversity-Tag 2025', 'Gemeinsame Aktion in der Kreisverwaltung geplant.'],
  ['2025-06-03', 'Rückblick und Jahresplanung', 'Fotowettbewerb wird 2026 wiederholt.'],
]);

export function insertGroupMeetings(b: DemoBuilder): void {
  for (const plans of [AG_WOHNEN, PG_SCHULDEN, AK_RASSISMUS, AK_SEX, AK_ANTIDISKRIMINIERUNG]) writeMeetings(b, plans, { steering: false });
}

import { countLabel, formatDate, formatEuro, formatFte, formatNumber, formatPercent } from '../../domain/format';
import { suppressedCount } from '../../exports/roundTables/smallCounts';
import type { CmSummaryGroup } from '../cmFigures/summary';
import type { ReportBlock } from './blocks';
import type { SachberichtFigures } from './sachberichtFigures';
import type { SachberichtSectionKey } from './sachberichtOutline';

const R = 'right' as const;
const n0 = (n: number) => formatNumber(n, 0);
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const monthName = (key: string) => `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
const none = (text: string): ReportBlock => ({ kind: 'note', text });

function summary(f: SachberichtFigures): ReportBlock[] {
  const active = f.themesByStatus.filter((s) => !['REJECTED', 'CLOSED', 'PARKED'].includes(s.status)).reduce((s, t) => s + t.count, 0);
  const rows: string[][] = [
    ['Geförderte Stellen (VZÄ im Jahresmittel)', formatFte(f.staffing.total.fundedFte)],
    ['Besetzte Stellen (VZÄ im Jahresmittel)', formatFte(f.staffing.total.filledFte)],
    ['Sitzungen der Lenkungsgruppe', n0(f.steering.meetingsHeld.length)],
    ['Beschlüsse der Lenkungsgruppe', n0(f.steering.decisions.length)],
    ['Arbeitsgremien (Projekt-, Arbeitsgruppen, Arbeitskreise)', n0(f.groups.length)],
    ['Fallrekonstruktionen', n0(f.reconstructions.total)],
    ['Generative Themen in Bearbeitung', n0(active)],
    ['Maßnahmen im Förderjahr', n0(f.measures.length)],
    ['Runde Tische und weitere Formate mit Kommunen', n0(f.roundTables.total)],
    ['Veranstaltungen, Fortbildungen, Öffentlichkeitsarbeit', n0(f.events.list.length)],
  ];
  if (f.funding) {
    rows.push(['Geplante Mittel', formatEuro(f.funding.totals.plannedCents)], ['Verausgabte Mittel', formatEuro(f.funding.totals.spentCents)]);
  }
  return [{ kind: 'table', caption: 'Kennzahlen des Förderjahres', columns: [{ header: 'Kennzahl' }, { header: 'Wert', align: R }], rows }];
}

function staff(f: SachberichtFigures): ReportBlock[] {
  const s = f.staffing;
  const share = (v: number | null) => (v == null ? '–' : formatPercent(v));
  const blocks: ReportBlock[] = [
    {
      kind: 'table', caption: 'Geförderte und besetzte Stellen je Baustein (VZÄ im Jahresmittel)',
      columns: [{ header: 'Baustein' }, { header: 'gefördert (VZÄ)', align: R }, { header: 'besetzt (VZÄ)', align: R }, { header: 'Quote', align: R }],
      rows: s.modules.map((m) => [m.label, formatFte(m.fundedFte), formatFte(m.filledFte), share(m.filledShare)]),
      footer: ['Summe', formatFte(s.total.fundedFte), formatFte(s.total.filledFte), share(s.total.filledShare)],
    },
    {
      kind: 'chart', key: 'fteByModule', title: 'Geförderte und besetzte VZÄ je Baustein', format: 'fte',
      altText: `Balkendiagramm: geförderte und besetzte Vollzeitäquivalente je Baustein ${f.year}. `
        + s.modules.map((m) => `${m.label}: ${formatFte(m.fundedFte)} gefördert, ${formatFte(m.filledFte)} besetzt`).join('; ') + '.',
      categories: s.modules.map((m) => m.label),
      series: [{ name: 'gefördert', values: s.modules.map((m) => m.fundedFte) }, { name: 'besetzt', values: s.modules.map((m) => m.filledFte) }],
    },
    { kind: 'heading', text: 'Stellen' },
    s.posts.length === 0 ? none('Im Förderjahr sind keine Stellen erfasst.') : {
      kind: 'table', caption: 'Stellen im Förderjahr',
      columns: [{ header: 'Stelle', weight: 3 }, { header: 'Baustein', weight: 2 }, { header: 'gefördert (VZÄ)', align: R, cm: 2.2 },
        { header: 'besetzt (VZÄ)', align: R, cm: 2.2 }, { header: 'unbesetzte Monate', align: R, cm: 2.2 }],
      rows: s.posts.map((p) => [p.host ? `${p.label}\n${p.host}` : p.label, p.moduleLabel, formatFte(p.fundedFte), formatFte(p.filledFte), n0(p.vacantMonths)]),
    },
    { kind: 'heading', text: 'Besetzung Monat für Monat' },
    {
      kind: 'table', caption: 'Geförderte und besetzte VZÄ je Monat',
      columns: [{ header: 'Monat' }, { header: 'gefördert (VZÄ)', align: R }, { header: 'besetzt (VZÄ)', align: R }, { header: 'unbesetzt (VZÄ)', align: R }],
      rows: s.months.map((m) => [monthName(m.month), formatFte(m.fundedFte), formatFte(m.filledFte), formatFte(Math.round((m.fundedFte - m.filledFte) * 100) / 100)]),
    },
    { kind: 'heading', text: 'Vakanzen und Fluktuation' },
    s.vacancies.length === 0 ? none('Im Förderjahr waren alle Stellen durchgehend besetzt.')
      : { kind: 'bullets', items: s.vacancies.map((v) => `${v.postLabel}: unbesetzt ab ${formatDate(v.from)}${v.to ? ` bis ${formatDate(v.to)}` : ', weiterhin offen'}`) },
    {
      kind: 'paragraph',
      text: `Personalwechsel im Förderjahr: ${countLabel(s.turnover.departures, 'Abgang', 'Abgänge')}, ${countLabel(s.turnover.arrivals, 'Zugang', 'Zugänge')}, `
        + `${countLabel(s.turnover.handovers, 'direkter Wechsel', 'direkte Wechsel')}.`,
    },
  ];
  return blocks;
}

function steering(f: SachberichtFigures): ReportBlock[] {
  const st = f.steering;
  const name = st.committeeName ?? 'Lenkungsgruppe';
  return [
    { kind: 'paragraph', text: `Die ${name} hat im Förderjahr ${countLabel(st.meetingsHeld.length, 'Sitzung', 'Sitzungen')} abgehalten und ${countLabel(st.decisions.length, 'Beschluss', 'Beschlüsse')} gefasst.` },
    st.meetingsHeld.length === 0 ? none('Keine Sitzung im Förderjahr.') : {
      kind: 'table', caption: `Sitzungen der ${name}`, columns: [{ header: 'Datum' }, { header: 'Sitzung' }],
      rows: st.meetingsHeld.map((m) => [formatDate(m.date), m.label]),
    },
    {
      kind: 'table', caption: 'Beschlüsse nach Art', columns: [{ header: 'Art des Beschlusses' }, { header: 'Anzahl', align: R }],
      rows: st.decisionsByType.filter((d) => d.count > 0).map((d) => [d.label, n0(d.count)]),
      footer: ['Summe', n0(st.decisions.length)],
    },
    ...(st.decisions.length === 0 ? [] : [{
      kind: 'table' as const, caption: 'Beschlüsse im Förderjahr',
      columns: [{ header: 'Nr.', cm: 1.9 }, { header: 'Datum' }, { header: 'Art', cm: 3.2 }, { header: 'Beschluss', weight: 1 }],
      rows: st.decisions.map((d) => [d.number ?? '–', formatDate(d.date), d.typeLabel, d.text]),
    }]),
    { kind: 'heading', text: 'Projektgruppen, Arbeitsgruppen und Arbeitskreise' },
    f.groups.length === 0 ? none('Im Förderjahr gab es keine Arbeitsgremien.') : {
      kind: 'table', caption: 'Arbeitsgremien im Förderjahr',
      columns: [{ header: 'Gremium', weight: 2 }, { header: 'Auftrag und Ergebnis', weight: 4 }, { header: 'Status' },
        { header: 'Sitzungen', align: R, cm: 2.1 }, { header: 'Maß\u00adnahmen', align: R, cm: 2.1 }],
      rows: f.groups.map((g) => [`${g.name}\n${g.kindLabel}`, [g.mandate, g.result ? `Ergebnis: ${g.result}` : null].filter(Boolean).join('\n') || '–',
        g.statusLabel, n0(g.meetings), n0(g.measures)]),
    },
  ];
}

function reconstructions(f: SachberichtFigures): ReportBlock[] {
  const r = f.reconstructions;
  const used = f.themesByStatus.filter((s) => s.count > 0);
  return [
    { kind: 'paragraph', text: `Im Förderjahr fanden ${countLabel(r.total, 'Fallrekonstruktion', 'Fallrekonstruktionen')} statt (${n0(r.full)} ausführlich, ${n0(r.mini)} als Mini-Fallrekonstruktion); daraus gingen ${countLabel(r.findings, 'Befund', 'Befunde')} hervor.` },
    used.length === 0 ? none('Es sind keine generativen Themen erfasst.') : {
      kind: 'table', caption: 'Generative Themen nach Status', columns: [{ header: 'Status' }, { header: 'Themen', align: R }],
      rows: used.map((s) => [s.label, n0(s.count)]), footer: ['Summe', n0(used.reduce((s, t) => s + t.count, 0))],
    },
  ];
}

function measures(f: SachberichtFigures): ReportBlock[] {
  const used = f.measuresByStatus.filter((s) => s.count > 0);
  const ib = f.interfaceBudget;
  return [
    used.length === 0 ? none('Im Förderjahr liefen keine Maßnahmen.') : {
      kind: 'table', caption: 'Maßnahmen nach Status', columns: [{ header: 'Status' }, { header: 'Maßnahmen', align: R }],
      rows: used.map((s) => [s.label, n0(s.count)]), footer: ['Summe', n0(f.measures.length)],
    },
    ...(f.measures.length === 0 ? [] : [{
      kind: 'table' as const, caption: 'Maßnahmen im Förderjahr',
      columns: [{ header: 'Maßnahme' }, { header: 'Thema' }, { header: 'Status' }, { header: `Budget ${f.year}`, align: R }],
      rows: f.measures.map((m) => [m.budgetLineLabel ? `${m.title}\n${m.budgetLineLabel}` : m.title, m.themeTitle ?? '–', m.statusLabel, formatEuro(m.yearBudgetCents)]),
    }]),
    {
      kind: 'paragraph',
      text: `Schnittstellenmaßnahmen: ${formatEuro(ib.measuresBudgetCents)} für Maßnahmen eingeplant, ${formatEuro(ib.spentCents)} verausgabt`
        + (ib.capCents != null ? ` (Obergrenze ${formatEuro(ib.capCents)}).` : '.'),
    },
  ];
}

function municipalities(f: SachberichtFigures): ReportBlock[] {
  const rt = f.roundTables;
  return [
    {
      kind: 'table', caption: 'Runde Tische und weitere Formate je Kommune', columns: [{ header: 'Kommune' }, { header: 'Termine', align: R }],
      rows: rt.perMunicipality.map((m) => [m.name, n0(m.count)]),
    },
    {
      kind: 'chart', key: 'roundTablesByMunicipality', title: 'Termine mit den Kommunen je Kommune', format: 'count',
      altText: `Balkendiagramm: Runde Tische und weitere Formate je Kommune ${f.year}. `
        + rt.perMunicipality.map((m) => `${m.name}: ${n0(m.count)}`).join('; ') + '.',
      categories: rt.perMunicipality.map((m) => m.name), series: [{ name: 'Termine', values: rt.perMunicipality.map((m) => m.count) }],
    },
    rt.byFormat.length === 0 ? none('Im Förderjahr fanden keine Termine mit Kommunen statt.') : {
      kind: 'table', caption: 'Termine nach Format', columns: [{ header: 'Format' }, { header: 'Anzahl', align: R }],
      rows: rt.byFormat.map((b) => [b.label, n0(b.count)]), footer: ['Summe', n0(rt.total)],
    },
  ];
}

function cmTable(caption: string, first: string, groups: readonly CmSummaryGroup[], t: number): ReportBlock {
  const c = (n: number) => suppressedCount(n, t);
  return {
    kind: 'table', caption,
    // Soft hyphens let the long headers break at a syllable in the narrow number columns.
    columns: [{ header: first, weight: 1 }, ...['neue Fälle', 'aktive Fälle', 'abge\u00adschlossen', 'Kontakte', 'Beglei\u00adtungen', 'Verwei\u00adsungen']
      .map((header) => ({ header, align: R, cm: 2.05 }))],
    rows: groups.map((g) => [g.label, c(g.newCases), c(g.activeCases), c(g.closedCases), c(g.contacts), c(g.accompaniments), c(g.referrals)]),
  };
}

function caseManagement(f: SachberichtFigures, threshold: number): ReportBlock[] {
  const cm = f.cm;
  if (cm.byProvider.length === 0 && cm.byField.length === 0) return [none('Für das Förderjahr liegen keine Case-Management-Zahlen vor.')];
  return [
    { kind: 'note', text: `Zahlen als Summen des Förderjahres (aktive Fälle: Stand der letzten Meldung). Werte unter ${threshold} werden zum Schutz der Betroffenen als „< ${threshold}“ ausgewiesen.` },
    cmTable('Case Management nach Träger', 'Träger', cm.byProvider, threshold),
    cmTable('Case Management nach Kommune', 'Kommune', cm.byMunicipality, threshold),
    ...(cm.byField.length ? [cmTable('Case Management nach Handlungsfeld', 'Handlungsfeld', cm.byField, threshold)] : []),
    ...cm.notes.map((text): ReportBlock => ({ kind: 'note', text })),
  ];
}

function crossCutting(f: SachberichtFigures): ReportBlock[] {
  const e = f.events;
  return [
    {
      kind: 'table', caption: 'Veranstaltungen, Fortbildungen und Öffentlichkeitsarbeit nach Art',
      columns: [{ header: 'Art' }, { header: 'Anzahl', align: R }, { header: 'Teil\u00adnehmende', align: R }, { header: 'Kosten', align: R }],
      rows: e.byKind.map((k) => [k.label, n0(k.count), n0(k.participants), formatEuro(k.costCents)]),
    },
    e.list.length === 0 ? none('Im Förderjahr sind keine Veranstaltungen erfasst.') : {
      kind: 'table', caption: 'Veranstaltungen im Förderjahr',
      columns: [{ header: 'Datum' }, { header: 'Titel' }, { header: 'Art' }, { header: 'Teil\u00adnehmende', align: R }],
      rows: e.list.map((x) => [formatDate(x.date), x.audience ? `${x.title}\n${x.audience}` : x.title, x.kindLabel, x.participants == null ? '–' : n0(x.participants)]),
    },
  ];
}

function annex(f: SachberichtFigures): ReportBlock[] {
  return [
    { kind: 'heading', text: 'Terminübersicht' },
    f.calendar.length === 0 ? none('Keine Termine im Förderjahr.') : {
      kind: 'table', caption: 'Sitzungen und Termine im Förderjahr', columns: [{ header: 'Datum' }, { header: 'Gremium oder Format' }, { header: 'Termin' }],
      rows: f.calendar.map((c) => [formatDate(c.date), c.body, c.title]),
    },
    { kind: 'heading', text: 'Mitglieder der Lenkungsgruppe' },
    f.steeringMembers.length === 0 ? none('Keine Mitglieder erfasst.') : {
      kind: 'table', caption: `Mitglieder am ${formatDate(f.periodEnd)}`, columns: [{ header: 'Bereich', weight: 2 }, { header: 'Sitz', weight: 3.2 }, { header: 'Person', weight: 2 }, { header: 'Rolle', weight: 2 }],
      rows: f.steeringMembers.map((m) => [m.category, m.seat, m.person ?? '–', m.occasional ? `${m.role} (anlassbezogen)` : m.role]),
    },
    { kind: 'heading', text: 'Register der generativen Themen' },
    f.themes.length === 0 ? none('Keine Themen erfasst.') : {
      kind: 'table', caption: 'Generative Themen',
      columns: [{ header: 'Thema', weight: 3 }, { header: 'Handlungsfeld', weight: 2 }, { header: 'Status', weight: 2 }, { header: 'Befunde', align: R, cm: 2 }],
      rows: f.themes.map((t) => [t.title, t.fieldLabel ?? '–', t.statusLabel, n0(t.findings)]),
    },
    { kind: 'heading', text: 'Mittel nach Budgetlinie' },
    !f.funding ? none(`Für ${f.year} ist kein Förderjahr mit Finanzplan angelegt.`) : {
      kind: 'table', caption: 'Geplante und verausgabte Mittel (Grundlage des zahlenmäßigen Nachweises)',
      columns: [{ header: 'Budgetlinie' }, { header: 'geplant', align: R }, { header: 'verausgabt', align: R }, { header: 'Differenz', align: R }],
      rows: f.funding.lines.map((l) => [l.label, formatEuro(l.plannedCents), formatEuro(l.spentCents), formatEuro(l.differenceCents)]),
      footer: ['Summe', formatEuro(f.funding.totals.plannedCents), formatEuro(f.funding.totals.spentCents), formatEuro(f.funding.totals.differenceCents)],
    },
  ];
}

/** The generated part of each chapter; chapters with text only have none. */
export function generatedBlocks(key: string, f: SachberichtFigures, threshold: number): ReportBlock[] {
  const builders: Partial<Record<SachberichtSectionKey, () => ReportBlock[]>> = {
    summary: () => summary(f), staff: () => staff(f), steering: () => steering(f), reconstructions: () => reconstructions(f),
    measures: () => measures(f), municipalities: () => municipalities(f), caseManagement: () => caseManagement(f, threshold),
    crossCutting: () => crossCutting(f), annex: () => annex(f),
  };
  return builders[key as SachberichtSectionKey]?.() ?? [];
}

import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { FundingModule, PostKind, PostStatus } from '../../domain/enums';
import { formatDate, formatEuro, formatFte, formatNumber } from '../../domain/format';
import { LABELS } from '../../domain/labels';
import { listMemberships } from '../committees/memberships';
import { listProviderAssignments } from '../masterData/providerAssignments';
import type { ReportBlock } from './blocks';

interface PostRow { label: string; fundingModule: FundingModule; kind: PostKind; fte: number; status: PostStatus; focus: string | null; tasks: string | null }

const posts = (ctx: Context) => ctx.sqlite.prepare(`SELECT label, funding_module AS fundingModule, kind, fte, status, focus, tasks
  FROM posts ORDER BY funding_module, label`).all() as PostRow[];

function funding(ctx: Context): ReportBlock[] {
  const rows = posts(ctx);
  const year = ctx.sqlite.prepare('SELECT id, year FROM funding_years ORDER BY year DESC LIMIT 1').get() as { id: string; year: number } | undefined;
  const rates = year ? ctx.sqlite.prepare('SELECT budget_line AS line, amount_cents AS cents FROM funding_rates WHERE funding_year_id = ? ORDER BY budget_line')
    .all(year.id) as Array<{ line: keyof typeof LABELS.budgetLine; cents: number }> : [];
  return [
    {
      kind: 'table', caption: 'Stellen und Besetzungsstand',
      columns: [{ header: 'Stelle', weight: 3 }, { header: 'Baustein', weight: 2 }, { header: 'VZÄ', align: 'right', cm: 1.8 }, { header: 'Status', weight: 1.4 }],
      rows: rows.map((p) => [p.label, LABELS.fundingModule[p.fundingModule], formatFte(p.fte), LABELS.postStatus[p.status]]),
      footer: ['Summe', '', formatFte(rows.reduce((s, p) => s + p.fte, 0)), ''],
    },
    ...(rates.length === 0 ? [] : [{
      kind: 'table' as const, caption: `Fördersätze ${year!.year}`, columns: [{ header: 'Budgetlinie' }, { header: 'Betrag', align: 'right' as const }],
      rows: rates.filter((r) => r.cents > 0).map((r) => [LABELS.budgetLine[r.line], formatEuro(r.cents)]),
    }]),
  ];
}

function steering(ctx: Context): ReportBlock[] {
  return posts(ctx).filter((p) => p.fundingModule === 'B1_COORDINATION' && p.kind === 'COORDINATION').flatMap((p): ReportBlock[] => {
    const tasks = (p.tasks ?? '').split('\n').map((l) => l.replace(/^\s*[-–•]\s*/, '').trim()).filter(Boolean);
    return [
      { kind: 'heading', text: `${p.label} (${formatFte(p.fte)} VZÄ)` },
      ...(p.focus ? [{ kind: 'paragraph' as const, text: `Schwerpunkt: ${p.focus}` }] : []),
      tasks.length ? { kind: 'bullets', items: tasks } : { kind: 'note', text: 'Für diese Stelle sind keine Aufgaben hinterlegt.' },
    ];
  });
}

function providers(ctx: Context): ReportBlock[] {
  const today = berlinToday(ctx.clock);
  const current = listProviderAssignments(ctx).filter((a) => (a.validFrom ?? '') <= today && (a.validTo == null || a.validTo >= today));
  const byProvider = new Map<string, { towns: string[]; groups: Set<string> }>();
  for (const a of current) {
    const entry = byProvider.get(a.providerName) ?? { towns: [], groups: new Set<string>() };
    entry.towns.push(a.countyWide ? 'kreisweit' : a.municipalityName ?? '–');
    entry.groups.add(LABELS.targetGroup[a.targetGroup]);
    byProvider.set(a.providerName, entry);
  }
  if (byProvider.size === 0) return [{ kind: 'note', text: 'Es sind keine Zuständigkeiten der Träger erfasst.' }];
  return [{
    kind: 'table', caption: 'Träger des Case Managements und zuständige Kommunen',
    columns: [{ header: 'Träger', weight: 3 }, { header: 'Kommunen', weight: 4 }, { header: 'Zielgruppe', weight: 2 }],
    rows: [...byProvider.entries()].sort(([a], [b]) => a.localeCompare(b, 'de'))
      .map(([name, e]) => [name, [...new Set(e.towns)].sort((a, b) => a.localeCompare(b, 'de')).join(', '), [...e.groups].join(', ')]),
  }];
}

function steeringGroup(ctx: Context): ReportBlock[] {
  const committee = ctx.sqlite.prepare("SELECT id, name FROM committees WHERE kind = 'STEERING_GROUP' ORDER BY created_at LIMIT 1").get() as { id: string; name: string } | undefined;
  if (!committee) return [{ kind: 'note', text: 'Es ist keine Lenkungsgruppe erfasst.' }];
  const adopted = ctx.sqlite.prepare('SELECT adopted_on FROM rules_of_procedure WHERE committee_id = ? ORDER BY adopted_on DESC LIMIT 1').pluck().get(committee.id) as string | undefined;
  const members = listMemberships(ctx, { committeeId: committee.id });
  const decisions = ctx.sqlite.prepare(`SELECT d.number, d.decided_on AS date, d.text FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    WHERE m.committee_id = ? AND d.type IN ('ADOPT_DOCUMENT', 'COMMISSION_GROUP', 'PRIORITISE_THEMES') ORDER BY d.decided_on`).all(committee.id) as Array<{ number: string | null; date: string; text: string }>;
  return [
    ...(adopted ? [{ kind: 'paragraph' as const, text: `Die Geschäftsordnung der ${committee.name} wurde am ${formatDate(adopted)} beschlossen.` }] : []),
    {
      kind: 'table', caption: `Mitglieder der ${committee.name}`,
      columns: [{ header: 'Bereich', weight: 2 }, { header: 'Sitz', weight: 3 }, { header: 'Rolle', weight: 2 }],
      rows: members.map((m) => [m.category ? LABELS.membershipCategory[m.category] : '–', m.seatLabel ?? m.organisationName ?? '–',
        m.occasional ? `${LABELS.membershipRole[m.role]} (anlassbezogen)` : LABELS.membershipRole[m.role]]),
    },
    { kind: 'heading', text: 'Wesentliche Beschlüsse' },
    decisions.length ? { kind: 'bullets', items: decisions.map((d) => `${formatDate(d.date)}${d.number ? ` (${d.number})` : ''}: ${d.text}`) }
      : { kind: 'note', text: 'Noch keine Beschlüsse erfasst.' },
  ];
}

function municipalities(ctx: Context): ReportBlock[] {
  const rows = ctx.sqlite.prepare(`SELECT mu.name, count(rt.id) AS n, max(rt.held_on) AS last FROM municipalities mu
    LEFT JOIN round_table_municipalities rm ON rm.municipality_id = mu.id LEFT JOIN round_tables rt ON rt.id = rm.round_table_id
    WHERE mu.active = 1 GROUP BY mu.id`).all() as Array<{ name: string; n: number; last: string | null }>;
  const groups = ctx.sqlite.prepare(`SELECT name, kind FROM committees WHERE kind NOT IN ('STEERING_GROUP', 'ROUND_TABLE') AND status <> 'CLOSED' ORDER BY name`)
    .all() as Array<{ name: string; kind: keyof typeof LABELS.committeeKind }>;
  return [
    {
      kind: 'table', caption: 'Runde Tische und weitere Termine je Kommune',
      columns: [{ header: 'Kommune', weight: 3 }, { header: 'Termine', align: 'right', cm: 2.2 }, { header: 'zuletzt', cm: 2.6 }],
      rows: rows.sort((a, b) => a.name.localeCompare(b.name, 'de')).map((r) => [r.name, formatNumber(r.n, 0), r.last ? formatDate(r.last) : '–']),
    },
    ...(groups.length ? [{ kind: 'heading' as const, text: 'Arbeitsgremien' }, { kind: 'bullets' as const, items: groups.map((g) => `${g.name} (${LABELS.committeeKind[g.kind]})`) }] : []),
  ];
}

/** The parts of the Konzept built from the records as they are now. */
export function conceptGeneratedBlocks(ctx: Context, key: string): ReportBlock[] {
  const builders: Record<string, (c: Context) => ReportBlock[]> = { funding, steering, providers, steeringGroup, municipalities };
  return builders[key]?.(ctx) ?? [];
}

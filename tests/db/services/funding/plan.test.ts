import { afterEach, describe, expect, it } from 'vitest';
import { caseManagementPost, changePost, coordinationPost, filledPost, officeOn, type Office } from '../staffing/office';
import { auditEntries, inspectDatabase } from '../../../helpers/database';

let office: Office;
afterEach(() => office?.dispose());

const line = (plan: { lines: Array<{ budgetLine: string }> }, budgetLine: string) =>
  plan.lines.find((l) => l.budgetLine === budgetLine) as unknown as Record<string, unknown>;

async function year2025() {
  return office.api.send('fundingYears.create', { year: 2025, guidelineVersion: 'RdErl. MKJFGFI vom 12.12.2024' });
}

describe('funding.plan', () => {
  it('plans a post that changes its FTE in the middle of the year pro rata by months', async () => {
    office = await officeOn('2024-01-02');
    const post = await filledPost(office, caseManagementPost('CM Caritas Eifel 1', 1), 'Karla Voll', '2024-01-01');
    await changePost(office, post.id, '2025-07-01', { fte: 0.5 });
    const fy = await year2025();

    const plan = await office.api.send('funding.plan', { fundingYearId: fy.id });
    // 57.000 € × (6 months × 1,0 + 6 months × 0,5) / 12 = 42.750 €
    expect(line(plan, 'B2_CASE_MANAGEMENT')).toMatchObject({
      rateCents: 5_700_000, unit: 'PER_FTE', fundedFte: 0.75, months: 12, computedCents: 4_275_000,
      overrideCents: null, effectiveCents: 4_275_000, warnings: [],
    });
    expect(plan.posts).toEqual([{ postId: post.id, label: 'CM Caritas Eifel 1', budgetLine: 'B2_CASE_MANAGEMENT', fundedFte: 0.75, months: 12 }]);
    expect(plan.rule).toContain('am 15. des Monats');
  });

  it('computes staff and material lines of Baustein 1 from coordination and assistant posts', async () => {
    office = await officeOn('2024-01-02');
    await filledPost(office, coordinationPost('KS 1', 1), 'Lena Eins', '2024-01-01');
    await filledPost(office, coordinationPost('KS 2', 0.5), 'Mia Zwei', '2024-01-01');
    await filledPost(office, { label: 'Verwaltungsassistenz', fundingModule: 'B1_COORDINATION', kind: 'ADMIN_ASSISTANT', fte: 0.5, status: 'VACANT' }, 'Nina Drei', '2024-01-01');
    const fy = await year2025();

    const plan = await office.api.send('funding.plan', { fundingYearId: fy.id });
    expect(line(plan, 'B1_COORDINATION_STAFF')).toMatchObject({ fundedFte: 1.5, computedCents: 8_550_000 });
    expect(line(plan, 'B1_MATERIAL_COORDINATION')).toMatchObject({ fundedFte: 1.5, computedCents: 855_000 });
    expect(line(plan, 'B1_ADMIN_ASSISTANT')).toMatchObject({ fundedFte: 0.5, computedCents: 2_250_000 });
    expect(line(plan, 'B1_MATERIAL_ASSISTANT')).toMatchObject({ unit: 'PER_YEAR', months: 12, computedCents: 285_000 });
    expect(line(plan, 'B1_EVENTS')).toMatchObject({ unit: 'CAP_PER_YEAR', fundedFte: null, computedCents: 500_000, capCents: 500_000 });
    expect(line(plan, 'B1_INTERFACE_MEASURES')).toMatchObject({ computedCents: 1_000_000, capCents: 1_000_000 });
    expect(line(plan, 'OTHER')).toMatchObject({ rateCents: null, computedCents: 0, effectiveCents: 0 });
    expect(plan.totals).toEqual({ computedCents: 13_440_000, effectiveCents: 13_440_000 });
  });

  it('counts vacant and advertised months as funded, and a post created on the 10th from its own month', async () => {
    office = await officeOn('2025-03-10');
    await office.api.send('posts.create', caseManagementPost('CM Integration Point', 1));
    const fy = await year2025();
    // March to December: 10 months → 57.000 € × 10 / 12 = 47.500 €
    expect(line(await office.api.send('funding.plan', { fundingYearId: fy.id }), 'B2_CASE_MANAGEMENT'))
      .toMatchObject({ months: 10, fundedFte: 0.83, computedCents: 4_750_000 });
  });

  it('follows an edited rate and rounds to whole cents', async () => {
    office = await officeOn('2025-01-01');
    const post = await filledPost(office, caseManagementPost('CM KJA 1', 0.33), 'Otto Teil', '2025-01-01');
    await changePost(office, post.id, '2025-08-01', { fte: 0.5 });
    const fy = await year2025();
    const rate = (await office.api.send('fundingRates.list', { fundingYearId: fy.id })).find((r) => r.budgetLine === 'B2_CASE_MANAGEMENT')!;
    await office.api.send('fundingRates.update', { id: rate.id, amountCents: 5_800_001 });
    // 58.000,01 € × (7 × 0,33 + 5 × 0,5) / 12 = 58.000,01 € × 4,81 / 12 = 23.248,33734 € → 23.248,34 €
    expect(line(await office.api.send('funding.plan', { fundingYearId: fy.id }), 'B2_CASE_MANAGEMENT')).toMatchObject({ computedCents: 2_324_834 });
  });

  it('keeps the office\'s override per line beside the computed value, warns above a cap, and removes it on null', async () => {
    office = await officeOn('2025-01-01');
    const fy = await year2025();
    const lowered = await office.api.send('funding.setPlanOverride', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', plannedCents: 350_000, note: 'laut Bescheid' });
    expect(line(lowered, 'B1_EVENTS')).toMatchObject({ computedCents: 500_000, overrideCents: 350_000, overrideNote: 'laut Bescheid', effectiveCents: 350_000 });

    const above = await office.api.send('funding.setPlanOverride', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', plannedCents: 620_000, note: 'Kofinanzierung durch den Kreis' });
    expect(above.warnings).toEqual(['Veranstaltungsformate (B1): Der Planansatz von 6.200,00\u00a0€ liegt über der Obergrenze von 5.000,00\u00a0€.']);

    const removed = await office.api.send('funding.setPlanOverride', { fundingYearId: fy.id, budgetLine: 'B1_EVENTS', plannedCents: null });
    expect(line(removed, 'B1_EVENTS')).toMatchObject({ overrideCents: null, effectiveCents: 500_000 });

    const db = inspectDatabase(office);
    try {
      expect(auditEntries(db, 'budget_plans').map((a) => a.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    } finally {
      db.close();
    }
  });

  it('refuses an unknown year and an unknown budget line in German', async () => {
    office = await officeOn('2025-01-01');
    await expect(office.api.send('funding.plan', { fundingYearId: 'fehlt' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Förderjahr wurde nicht gefunden.' });
    const fy = await year2025();
    await expect(office.api.send('funding.setPlanOverride', { fundingYearId: fy.id, budgetLine: 'B9' as never, plannedCents: 1 }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: 'Budgetlinie: Bitte einen gültigen Wert auswählen.' });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { caseManagementPost, changePost, coordinationPost, filledPost, officeOn, type Office } from './office';

let office: Office;
afterEach(() => office?.dispose());

const statuses = (months: Array<{ status: string | null }>) => months.map((m) => m.status ?? '–').join(' ');

describe('staffing.monthly: Nachweis des geförderten Personals', () => {
  it('shows a post month by month across a vacancy, with its duration and the holder change', async () => {
    office = await officeOn('2023-01-02');
    const post = await filledPost(office, coordinationPost('KS 3 Interkulturelle Öffnung', 1), 'Anna Alt', '2023-01-01');
    await changePost(office, post.id, '2025-04-01', { status: 'VACANT' });
    await changePost(office, post.id, '2025-05-01', { status: 'ADVERTISED' });
    const successor = await office.api.send('persons.create', { name: 'Ben Neu' });
    await changePost(office, post.id, '2025-08-01', { status: 'FILLED', holderPersonId: successor.id, filledSince: '2025-08-01' });
    office.on('2026-01-20');

    const report = await office.api.send('staffing.monthly', { year: 2025 });
    const [row] = report.posts;
    expect(statuses(row.months)).toBe(
      'FILLED FILLED FILLED VACANT ADVERTISED ADVERTISED ADVERTISED FILLED FILLED FILLED FILLED FILLED',
    );
    expect(row.months.map((m) => m.holderName)).toEqual([
      'Anna Alt', 'Anna Alt', 'Anna Alt', null, null, null, null, 'Ben Neu', 'Ben Neu', 'Ben Neu', 'Ben Neu', 'Ben Neu',
    ]);
    expect(row).toMatchObject({ fundedFte: 1, filledFte: 0.67, vacantMonths: 4 });

    expect(report.vacancies).toEqual([{
      postId: post.id, postLabel: 'KS 3 Interkulturelle Öffnung', from: '2025-04-01', to: '2025-07-31',
      statuses: ['VACANT', 'ADVERTISED'], days: 122, monthsInYear: 4, open: false,
    }]);
    expect(report.holderChanges).toEqual([
      { postId: post.id, postLabel: 'KS 3 Interkulturelle Öffnung', on: '2025-03-31', kind: 'DEPARTURE', previousHolderName: 'Anna Alt', nextHolderName: null },
      { postId: post.id, postLabel: 'KS 3 Interkulturelle Öffnung', on: '2025-08-01', kind: 'ARRIVAL', previousHolderName: null, nextHolderName: 'Ben Neu' },
    ]);
    expect(report.turnover).toEqual({ departures: 1, arrivals: 1, handovers: 0 });
  });

  it('counts an open vacancy up to today', async () => {
    office = await officeOn('2024-06-03');
    const post = await filledPost(office, caseManagementPost('CM DRK 2', 1), 'Clara Früher', '2024-06-01');
    await changePost(office, post.id, '2025-03-01', { status: 'ADVERTISED' });
    office.on('2025-06-15');

    const { vacancies, posts } = await office.api.send('staffing.monthly', { year: 2025 });
    expect(vacancies).toEqual([expect.objectContaining({ from: '2025-03-01', to: null, open: true, days: 107, monthsInYear: 10 })]);
    expect(statuses(posts[0].months)).toBe('FILLED FILLED ADVERTISED ADVERTISED ADVERTISED ADVERTISED ADVERTISED ADVERTISED ADVERTISED ADVERTISED ADVERTISED ADVERTISED');
  });

  it('lets a change on or before the 15th count for its own month and a later one from the next month', async () => {
    office = await officeOn('2025-01-01');
    const early = await filledPost(office, caseManagementPost('CM früh', 1), 'Dora Früh', '2025-01-01');
    const late = await filledPost(office, caseManagementPost('CM spät', 1), 'Emil Spät', '2025-01-01');
    await changePost(office, early.id, '2025-07-15', { fte: 0.5 });
    await changePost(office, late.id, '2025-07-16', { fte: 0.5 });

    const { posts } = await office.api.send('staffing.monthly', { year: 2025 });
    const fte = (label: string) => posts.find((p) => p.label === label)!.months.map((m) => m.fte);
    expect(fte('CM früh')).toEqual([1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(fte('CM spät')).toEqual([1, 1, 1, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(posts.find((p) => p.label === 'CM spät')!.fundedFte).toBe(0.79);
  });

  it('adds funded and filled FTE per Baustein for every month', async () => {
    office = await officeOn('2025-01-01');
    await filledPost(office, coordinationPost('KS 1 Gesamtkoordination', 1), 'Frieda Eins', '2024-01-01');
    const ks2 = await filledPost(office, coordinationPost('KS 2', 0.5), 'Gerd Zwei', '2024-01-01');
    await filledPost(office, caseManagementPost('CM Caritas', 1), 'Hanna Drei', '2024-01-01');
    await changePost(office, ks2.id, '2025-10-01', { status: 'VACANT' });

    const { modules, total } = await office.api.send('staffing.monthly', { year: 2025 });
    const b1 = modules.find((m) => m.fundingModule === 'B1_COORDINATION')!;
    expect(b1.label).toBe('Baustein 1 – Strategische Steuerung');
    expect(b1.months[8]).toEqual({ month: '2025-09', fundedFte: 1.5, filledFte: 1.5, vacantFte: 0 });
    expect(b1.months[9]).toEqual({ month: '2025-10', fundedFte: 1.5, filledFte: 1, vacantFte: 0.5 });
    expect(b1).toMatchObject({ fundedFte: 1.5, filledFte: 1.38, filledShare: 0.92 });
    expect(modules.find((m) => m.fundingModule === 'B3_IMMIGRATION_AUTHORITY')).toMatchObject({ fundedFte: 0, filledShare: null });
    expect(total.months[11]).toEqual({ month: '2025-12', fundedFte: 2.5, filledFte: 2, vacantFte: 0.5 });
  });

  it('records a direct handover as one change, and a post not yet existing as months without status', async () => {
    office = await officeOn('2025-01-01');
    const post = await filledPost(office, coordinationPost('KS 4 BNE', 1), 'Ida Vorher', '2024-05-01');
    const next = await office.api.send('persons.create', { name: 'Jan Nachher' });
    await changePost(office, post.id, '2025-09-01', { holderPersonId: next.id, filledSince: '2025-09-01' });
    office.on('2025-04-10');
    await office.api.send('posts.create', caseManagementPost('CM neu', 1));

    const report = await office.api.send('staffing.monthly', { year: 2025 });
    expect(report.holderChanges.map((c) => [c.on, c.kind, c.previousHolderName, c.nextHolderName])).toEqual([
      ['2025-09-01', 'HANDOVER', 'Ida Vorher', 'Jan Nachher'],
    ]);
    expect(report.turnover).toEqual({ departures: 0, arrivals: 0, handovers: 1 });
    expect(statuses(report.posts.find((p) => p.label === 'CM neu')!.months)).toBe('– – – VACANT VACANT VACANT VACANT VACANT VACANT VACANT VACANT VACANT');
    expect((await office.api.send('staffing.monthly', { year: 2023 })).posts).toEqual([]);
  });

  it('refuses a year outside the range with a German message', async () => {
    office = await officeOn('2025-01-01');
    await expect(office.api.send('staffing.monthly', { year: 1999 })).rejects.toMatchObject({ code: 'VALIDATION', message: 'Jahr: Mindestens 2000.' });
  });
});

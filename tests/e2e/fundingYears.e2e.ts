import { afterEach, describe, expect, it } from 'vitest';
import { startApp, waitForData, type E2eApp } from './harness';

let app: E2eApp | undefined;
afterEach(async () => {
  expect(app?.pageErrors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

const B3 = 'ABH/EBH-Stellen (B3)';
/** Money as the page shows it, whatever space sits before the euro sign. */
const euro = (text: string) => new RegExp(`${text.replace(/\./g, '\\.')}\\s€`);

describe('Förderung & Zahlen: funding years', () => {
  it('lists the years, refuses to delete one with expenses, and on a year changes a rate, the plan and the expenses', async () => {
    app = await startApp({ setup: 'demo' });
    const { page, api } = app;
    const fy = (await api.send('fundingYears.list')).find((y) => y.year === 2025)!;
    const planOf = async () => (await api.send('funding.plan', { fundingYearId: fy.id })).lines.find((l) => l.budgetLine === 'B3_IMMIGRATION_AUTHORITY')!;

    await app.open('/foerderung/jahre');
    const list = page.locator('.data-table tbody tr:not(.data-table__spacer)');
    expect(await list.count()).toBe(5);
    expect(await list.first().textContent()).toMatch(euro('986.800,00'));
    await app.checkAccessibility('foerderjahre-liste');
    await app.screenshot('foerderjahre-liste');

    await page.getByRole('button', { name: 'Löschen: Förderjahr 2022' }).click();
    const confirm = page.getByRole('dialog', { name: 'Förderjahr 2022 löschen' });
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await confirm.getByRole('alert').filter({ hasText: 'Löschen nicht möglich' }).waitFor();
    expect(await confirm.getByRole('alert').textContent()).toMatch(/Ausgabe/);
    await confirm.getByRole('button', { name: 'Schließen', exact: true }).click();
    expect((await api.send('fundingYears.list')).length).toBe(5);

    await page.getByRole('button', { name: 'Neues Förderjahr' }).click();
    const create = page.getByRole('dialog', { name: 'Neues Förderjahr' });
    expect(await create.textContent()).toContain('Die Fördersätze werden vom letzten früheren Förderjahr übernommen');
    expect(await create.getByLabel('Förderjahr').inputValue()).toBe('2027');
    await create.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: 'Förderjahr 2027' }).waitFor();
    expect((await api.send('fundingYears.list')).map((y) => y.year)).toContain(2027);

    await app.open('/foerderung/jahre/2025');
    await page.getByRole('heading', { name: 'Förderjahr 2025' }).waitFor();
    expect(await page.locator('.facts').textContent()).toContain('36.08.02-KIM-EU/2025');
    const planRow = page.locator(`.plan-table tr[data-line="B3_IMMIGRATION_AUTHORITY"]`);
    const computedCell = planRow.locator('td').nth(1);
    const effectiveCell = planRow.locator('td').nth(3);
    expect(await computedCell.textContent()).toMatch(euro('100.000,00'));

    // A rate typed badly is refused in German and nothing changes; a good one recomputes the plan.
    await page.getByRole('button', { name: `Ändern: Fördersatz ${B3}` }).click();
    const rate = page.getByLabel(`Fördersatz ${B3} in Euro`);
    await rate.fill('52,000.00');
    await rate.press('Enter');
    await page.getByText('Fördersatz: Bitte einen Betrag wie 57.000,00 eingeben', { exact: false }).waitFor();
    expect((await planOf()).rateCents).toBe(5_000_000);
    await rate.fill('52.000,00 €');
    await rate.press('Enter');
    await expect.poll(() => computedCell.textContent()).toMatch(euro('104.000,00'));
    expect((await planOf()).computedCents).toBe(10_400_000);
    // The demo plan has the office's own amount for every line, so what applies stays until the calculation is restored.
    expect(await effectiveCell.textContent()).toMatch(/100\.000,00\s€eigener Ansatz/);
    await page.getByRole('button', { name: `Berechnung wiederherstellen: ${B3}` }).click();
    await expect.poll(() => effectiveCell.textContent()).toMatch(/104\.000,00\s€berechnet/);
    expect((await planOf()).overrideCents).toBeNull();

    await page.getByRole('button', { name: `Ansatz überschreiben: ${B3}` }).click();
    const override = page.getByRole('dialog', { name: `Ansatz überschreiben: ${B3}` });
    expect(await override.textContent()).toContain('2,0 VZÄ × 52.000,00');
    await override.getByLabel('Planansatz in Euro').fill('-5');
    await override.getByRole('button', { name: 'Ansatz speichern' }).click();
    await override.getByText('Planansatz: Bitte einen Betrag ohne Minuszeichen eingeben.').first().waitFor();
    await override.getByLabel('Planansatz in Euro').fill('98.500');
    await override.getByLabel('Begründung').fill('laut Zuwendungsbescheid vom 04.02.2025');
    await override.getByRole('button', { name: 'Ansatz speichern' }).click();
    await override.waitFor({ state: 'detached' });
    await expect.poll(() => effectiveCell.textContent()).toMatch(/98\.500,00\s€eigener Ansatz/);
    expect(await planRow.textContent()).toContain('laut Zuwendungsbescheid vom 04.02.2025');
    expect(await planOf()).toMatchObject({ overrideCents: 9_850_000, overrideNote: 'laut Zuwendungsbescheid vom 04.02.2025', effectiveCents: 9_850_000 });

    // Expenses: a bad amount saves nothing; a good one moves the balance of its line.
    const eventsRow = page.locator('.balance-table tr[data-line="B1_EVENTS"]');
    expect(await eventsRow.textContent()).toMatch(euro('3.090,00'));
    const before = (await api.send('expenses.list', { fundingYearId: fy.id })).length;
    await page.getByRole('button', { name: 'Neue Ausgabe' }).click();
    const expense = page.getByRole('dialog', { name: 'Neue Ausgabe' });
    await expense.getByLabel(/^Datum/).fill('2025-11-03');
    await expense.getByLabel(/^Betrag/).fill('zwölf Euro');
    await expense.getByLabel('Budgetlinie').selectOption({ label: 'Veranstaltungsformate (B1)' });
    await expense.getByLabel('Verwendungszweck').fill('Moderation Fachtag');
    await expense.getByRole('button', { name: 'Anlegen' }).click();
    await expense.getByRole('alert').filter({ hasText: 'Betrag: Bitte einen Betrag wie 57.000,00 eingeben.' }).waitFor();
    expect(await expense.textContent()).toContain('Es wurde nichts gespeichert.');
    expect((await api.send('expenses.list', { fundingYearId: fy.id })).length).toBe(before);
    await expense.getByLabel(/^Betrag/).fill('1.250,50');
    await expense.getByRole('button', { name: 'Anlegen' }).click();
    await expense.waitFor({ state: 'detached' });
    await expect.poll(() => eventsRow.textContent()).toMatch(euro('4.340,50'));
    const balance = await api.send('funding.balance', { fundingYearId: fy.id });
    expect(balance.lines.find((l) => l.budgetLine === 'B1_EVENTS')!.spentCents).toBe(434_050);
    expect(await eventsRow.textContent()).toContain('im Plan');

    await waitForData(page);
    expect(await page.locator('main').textContent()).not.toMatch(/undefined|NaN/);
    await app.checkAccessibility('foerderjahr-2025');
    await app.screenshot('foerderjahr-2025');
  });
});

describe('Förderung & Zahlen: Nachweis des geförderten Personals', () => {
  it('shows each post month by month as the core counts it, in a table a screen reader and a keyboard can use', async () => {
    app = await startApp({ setup: 'demo' });
    const { page, api } = app;
    const report = await api.send('staffing.monthly', { year: 2025 });
    // A post that was not filled all year: the interesting case for the grid.
    const post = report.posts.find((p) => p.months.some((m) => m.status === 'ADVERTISED'))!;
    const index = post.months.findIndex((m) => m.status === 'ADVERTISED');
    const expected = post.months[index];

    await app.open('/foerderung/personal/2025');
    await page.getByRole('heading', { name: 'Nachweis des geförderten Personals 2025' }).waitFor();
    const grid = page.getByRole('region', { name: 'Stellen Monat für Monat 2025' });
    expect(await grid.getAttribute('tabindex')).toBe('0');
    expect(await grid.locator('thead th[scope="col"]').count()).toBe(14);
    expect(await grid.locator('tbody th[scope="row"]').count()).toBe(report.posts.length);
    const row = grid.locator('tbody tr').filter({ has: page.locator('.staffing-grid__label').getByText(post.label, { exact: true }) });
    const cell = row.locator('td').nth(index);
    const fte = expected.fte.toFixed(2).replace(/0$/, '').replace('.', ',');
    expect(await cell.textContent()).toBe(`${fte}ausg. ausgeschrieben`);
    expect(await cell.getAttribute('class')).toContain('staff-cell--advertised');
    const totals = page.getByRole('region', { name: 'VZÄ je Baustein 2025' });
    expect(await totals.textContent()).toContain('Alle Bausteine');
    expect(await page.locator('main').textContent()).toContain(report.vacancies[0].postLabel);
    expect(await page.getByRole('link', { name: 'Stammdaten → Stellen' }).getAttribute('href')).toBe('#/stammdaten/stellen');
    await app.checkAccessibility('personalnachweis-2025');
    await app.screenshot('personalnachweis-2025');

    await page.getByLabel('Jahr', { exact: true }).selectOption('2024');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByRole('heading', { name: 'Nachweis des geförderten Personals 2024' }).waitFor();
    await waitForData(page);

    // On a narrow window the grid scrolls sideways, also from the keyboard.
    await page.setViewportSize({ width: 760, height: 900 });
    const narrow = page.getByRole('region', { name: 'Stellen Monat für Monat 2024' });
    expect(await narrow.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await narrow.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => narrow.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await app.checkAccessibility('personalnachweis-2024-schmal');
    await app.screenshot('personalnachweis-2024-schmal', { fullPage: false });
  });
});

import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, testCore, type TestCore } from '../../../helpers/core';
import { seedMeeting, type SeededMeeting } from '../../../helpers/seedMeeting';
import { carryOver, markHeld, workingGroup } from '../meetings/fixture';
import { consensus, finding, heldSteeringMeeting, nextHeldMeeting } from '../themes/fixture';

let dataDir: string;
let t: TestCore;
/** The same office on another day: the clock is injected, so "today" is whatever the test says. */
async function on(day: string) {
  t?.core.close();
  t = await testCore({ now: `${day}T10:00:00Z`, dataDir });
}
beforeEach(async () => {
  dataDir = tempDir();
  await on('2025-06-15');
});
afterEach(() => {
  t.core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const alerts = async (themeId?: string) => t.api.send('chain.gapAlerts', themeId ? { themeId } : {});
const kinds = async (themeId?: string) => (await alerts(themeId)).map((a) => a.kind);

async function prioritisedTheme(s: SeededMeeting, title = 'Muttersprachliche Schuldnerberatung') {
  const theme = await t.api.send('themes.create', { title, findingIds: [finding(t, {}), finding(t, {})] });
  await t.api.send('themes.setStatus', { themeId: theme.id, status: 'PROPOSED' });
  await t.api.send('decisions.create', {
    ...consensus(s.itemIds[1], 'PRIORITISE_THEMES', `Die Lenkungsgruppe priorisiert „${title}“.`), effects: { themeStatus: { themeId: theme.id, status: 'PRIORITISED' } },
  });
  return theme.id;
}

describe('gap alert: prioritised, but no group commissioned', () => {
  it('appears once the threshold has passed and disappears when a group is commissioned', async () => {
    const s = await heldSteeringMeeting(t, '2025-03-10T14:00');
    const themeId = await prioritisedTheme(s);
    await t.api.send('tasks.create', { source: 'DECISION', decisionId: (await t.api.send('decisions.list'))[0].id, title: 'Gruppe vorbereiten', ownerText: 'KS 2' });

    await on('2025-06-08');
    expect(await alerts()).toEqual([]);

    await on('2025-06-09');
    expect(await alerts()).toEqual([{
      kind: 'PRIORITISED_NO_GROUP', severity: 'WARNING', since: '2025-03-10', daysOpen: 91, title: 'Priorisiert, aber keine Gruppe beauftragt',
      message: '„Muttersprachliche Schuldnerberatung“ ist seit dem 10.03.2025 priorisiert (91 Tage); eine Projekt- oder Arbeitsgruppe ist noch nicht beauftragt.',
      ref: { type: 'THEME', id: themeId }, themeId, themeTitle: 'Muttersprachliche Schuldnerberatung',
    }]);
    expect(await kinds(themeId)).toEqual(['PRIORITISED_NO_GROUP']);

    const next = await nextHeldMeeting(t, s, '2025-06-09T09:00');
    await t.api.send('decisions.create', {
      ...consensus(next.itemIds[0], 'COMMISSION_GROUP', 'Die Lenkungsgruppe richtet die Projektgruppe Schuldnerberatung ein.'),
      effects: {
        commissionGroup: { kind: 'PROJECT_GROUP', name: 'PG Schuldnerberatung', mandate: 'Zugänge zur Schuldnerberatung verbessern.', leadPersonId: s.voting[0].personId },
        themeStatus: { themeId, status: 'ASSIGNED' },
      },
    });
    expect(await alerts()).toEqual([]);
  });

  it('takes its threshold from the office settings and turns critical after twice the threshold', async () => {
    const s = await heldSteeringMeeting(t, '2025-03-10T14:00');
    await prioritisedTheme(s);
    await t.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: false });
    const settings = await t.api.send('settings.get');
    await t.api.send('settings.update', { ...settings, prioritisedWithoutGroupAlertDays: 40 });
    expect((await alerts()).filter((a) => a.kind === 'PRIORITISED_NO_GROUP').map((a) => [a.severity, a.daysOpen])).toEqual([['CRITICAL', 97]]);
  });
});

describe('the other gap alerts', () => {
  it('names a group report past its due date until it is delivered, and not for a closed group', async () => {
    const group = await workingGroup(t, 'AG Wohnen');
    const { reportDues } = await t.api.send('groups.addReportDue', { committeeId: group.id, dueDate: '2025-05-31', topic: 'Zwischenbericht' });
    expect(await alerts()).toMatchObject([{
      kind: 'GROUP_REPORT_OVERDUE', since: '2025-05-31', daysOpen: 15, ref: { type: 'COMMITTEE', id: group.id },
      message: '„AG Wohnen“: Der Bericht an die Lenkungsgruppe („Zwischenbericht“) war am 31.05.2025 fällig und ist seit 15 Tagen überfällig.',
    }]);
    await t.api.send('groups.markDelivered', { id: reportDues[0].id, deliveredOn: '2025-06-12' });
    expect(await alerts()).toEqual([]);
    await t.api.send('groups.addReportDue', { committeeId: group.id, dueDate: '2025-06-01' });
    await t.api.send('groups.close', { id: group.id, endDate: '2025-06-14', closingResult: 'Kachel freigeschaltet.' });
    expect(await alerts()).toEqual([]);
  });

  it('names a steering decision that set something in motion without anybody following it up', async () => {
    const s = await heldSteeringMeeting(t, '2025-06-12T14:00');
    const decision = await t.api.send('decisions.create', consensus(s.itemIds[1], 'PRIORITISE_THEMES', 'Die Lenkungsgruppe priorisiert die Themen Wohnen und Sprache.'));
    await t.api.send('decisions.create', consensus(s.itemIds[2], 'NOTED', 'Der Bericht wird zur Kenntnis genommen.'));
    expect(await alerts()).toMatchObject([{
      kind: 'DECISION_NO_OWNER', since: '2025-06-12', daysOpen: 3, ref: { type: 'DECISION', id: decision.id },
      message: 'Beschluss LG 2025/01 vom 12.06.2025 (Priorisierung von Themen: „Die Lenkungsgruppe priorisiert die Themen Wohnen und Sprache.“): '
        + 'Es ist weder eine Aufgabe noch eine verantwortliche Stelle erfasst.',
    }]);
    await t.api.send('tasks.create', { source: 'DECISION', decisionId: decision.id, title: 'Themenpapier versenden', ownerText: 'Koordinierungsstelle' });
    expect(await alerts()).toEqual([]);
    await t.api.send('decisions.create', {
      ...consensus(s.itemIds[3], 'COMMISSION_GROUP', 'AG Übergang Schule–Beruf'),
      effects: { commissionGroup: { kind: 'WORKING_GROUP', name: 'AG Übergang', mandate: 'Konzept erarbeiten.', leadOrganisationId: s.organisationId } },
    });
    expect(await alerts()).toEqual([]);
  });

  it('names a measure past its end without a result, unless it was cancelled', async () => {
    const theme = await t.api.send('themes.create', { title: 'Anerkennung', findingIds: [] });
    const { measure } = await t.api.send('measures.create', { themeId: theme.id, title: 'Infoabende Anerkennung', startDate: '2025-01-01', endDate: '2025-03-31' });
    await t.api.send('measures.create', { title: 'Abgebrochen', status: 'CANCELLED', endDate: '2025-01-31' });
    expect(await alerts()).toMatchObject([{
      kind: 'MEASURE_NO_RESULT', severity: 'WARNING', since: '2025-03-31', daysOpen: 76, themeId: theme.id, themeTitle: 'Anerkennung',
      message: '„Infoabende Anerkennung“ endete am 31.03.2025 (vor 76 Tagen); ein Ergebnis ist noch nicht erfasst.',
    }]);
    await t.api.send('measures.update', { id: measure.id, themeId: theme.id, title: measure.title, startDate: '2025-01-01', endDate: '2025-03-31', result: 'Zwei Abende, 40 Teilnehmende.' });
    expect(await alerts()).toEqual([]);
  });

  it('names a theme carried over twice without a decision', async () => {
    const theme = await t.api.send('themes.create', { title: 'Traumatherapie', findingIds: [finding(t, {}), finding(t, {})] });
    const s = seedMeeting(t, { startsAt: '2025-02-10T14:00', status: 'PLANNED', items: [] });
    const [first, second] = [s.meetingId, s.addMeeting({ startsAt: '2025-04-10T14:00', status: 'PLANNED', items: [] }).meetingId];
    const planned = async (meetingId: string, fromProposal?: { source: 'CARRIED_OVER'; refId: string }) => {
      const item = await t.api.send('agenda.addItem', {
        meetingId, title: 'Traumatherapie in Herkunftssprachen', kind: 'DECISION', fromProposal,
        links: fromProposal ? [] : [{ targetType: 'THEME', targetId: theme.id }],
      });
      markHeld(t, meetingId);
      carryOver(t, item.id, 'Versorgungsdaten fehlen noch');
      return item.id;
    };
    const firstItem = await planned(first);
    expect(await kinds()).toEqual([]);
    await planned(second, { source: 'CARRIED_OVER', refId: firstItem });
    expect(await alerts()).toMatchObject([{
      kind: 'THEME_CARRIED_OVER', severity: 'WARNING', since: '2025-02-10', themeId: theme.id,
      message: '„Traumatherapie“ wurde 2-mal ohne Beschluss vertagt, zuerst in der Sitzung am 10.02.2025.',
    }]);
    await t.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: false });
    await t.api.send('settings.update', { ...(await t.api.send('settings.get')), carryOverAlertCount: 3 });
    expect(await alerts()).toEqual([]);
  });

  it('for one theme, lists only what belongs to its chain', async () => {
    const mine = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [] });
    const other = await t.api.send('themes.create', { title: 'Sprache', findingIds: [] });
    await t.api.send('measures.create', { themeId: mine.id, title: 'Leitfaden', endDate: '2025-05-31' });
    await t.api.send('measures.create', { themeId: other.id, title: 'Sprachkurs', endDate: '2025-05-31' });
    const group = await workingGroup(t, 'AK Sprache');
    await t.api.send('groups.addReportDue', { committeeId: group.id, dueDate: '2025-06-01' });
    expect((await alerts(mine.id)).map((a) => a.message)).toEqual(['„Leitfaden“ endete am 31.05.2025 (vor 15 Tagen); ein Ergebnis ist noch nicht erfasst.']);
    expect(await kinds()).toEqual(['MEASURE_NO_RESULT', 'MEASURE_NO_RESULT', 'GROUP_REPORT_OVERDUE']);
  });
});

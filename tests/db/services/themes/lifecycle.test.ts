import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { auditEntries, fingerprint, inspectDatabase } from '../../../helpers/database';
import type { SeededMeeting } from '../../../helpers/seedMeeting';
import { markHeld, meeting, rows, workingGroup } from '../meetings/fixture';
import { NEEDS_STEERING_DECISION, THEME_TRANSITIONS } from '../../../../db/services/themes/lifecycle';
import type { ThemeStatus } from '../../../../db/domain/enums';
import { consensus, finding, heldSteeringMeeting, refusal } from './fixture';

let t: TestCore;
let s: SeededMeeting;
beforeEach(async () => {
  t = await testCore({ now: '2025-06-15T10:00:00Z' });
  s = await heldSteeringMeeting(t, '2025-06-12T14:00');
});
afterEach(() => t.dispose());

async function proposedTheme(title = 'Wohnraum nach dem Auszug aus Unterkünften') {
  const theme = await t.api.send('themes.create', { title, fieldOfAction: 'HOUSING', findingIds: [finding(t, {}), finding(t, {})] });
  return t.api.send('themes.setStatus', { themeId: theme.id, status: 'PROPOSED' });
}

const prioritise = (themeId: string, itemId = s.itemIds[1]) => t.api.send('decisions.create', {
  ...consensus(itemId, 'PRIORITISE_THEMES', 'Die Lenkungsgruppe priorisiert das Thema Wohnen.'), effects: { themeStatus: { themeId, status: 'PRIORITISED' } },
});

describe('changing a theme’s status', () => {
  it('refuses a transition that needs a steering decision when none is given, and writes nothing', async () => {
    const theme = await proposedTheme();
    const db = inspectDatabase(t);
    const before = fingerprint(db);
    const error = await refusal(t.api.send('themes.setStatus', { themeId: theme.id, status: 'PRIORITISED' }));
    expect(error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: 'decisionId', message: 'Beschluss: Für den Wechsel zu „priorisiert“ ist ein Beschluss der Lenkungsgruppe nötig. Bitte den Beschluss auswählen.' }],
    });
    expect(fingerprint(db)).toEqual(before);
    db.close();
  });

  it('refuses a decision of another body for it, naming where the decision comes from', async () => {
    const theme = await proposedTheme();
    const group = await workingGroup(t, 'AG Wohnen');
    const groupMeeting = await meeting(t, group.id, '2025-05-20T10:00');
    const item = await t.api.send('agenda.addItem', { meetingId: groupMeeting.meeting.id, title: 'Vorschlag', kind: 'DECISION' });
    markHeld(t, groupMeeting.meeting.id);
    const agDecision = await t.api.send('decisions.create', {
      ...consensus(item.id, 'NOTED', 'Die AG empfiehlt die Priorisierung.'), overrideReason: 'Die AG hat keine stimmberechtigten Mitglieder erfasst.',
    });
    const error = await refusal(t.api.send('themes.setStatus', { themeId: theme.id, status: 'PRIORITISED', decisionId: agDecision.id }));
    expect(error.issues).toEqual([{
      field: 'decisionId',
      message: `Beschluss: Der Beschluss ${agDecision.number} stammt von „AG Wohnen“; für den Wechsel zu „priorisiert“ ist ein Beschluss der Lenkungsgruppe nötig.`,
    }]);
  });

  it('accepts it with a decision of the Lenkungsgruppe and records the decision and time in the history', async () => {
    const theme = await proposedTheme();
    const decision = await t.api.send('decisions.create', consensus(s.itemIds[1], 'PRIORITISE_THEMES', 'Priorisierung Wohnen'));
    const after = await t.api.send('themes.setStatus', { themeId: theme.id, status: 'PRIORITISED', decisionId: decision.id, note: 'Mit hoher Dringlichkeit' });
    expect(after.status).toBe('PRIORITISED');
    expect(after.history.at(-1)).toMatchObject({
      fromStatus: 'PROPOSED', toStatus: 'PRIORITISED', changedAt: '2025-06-15T10:00:00.000Z', note: 'Mit hoher Dringlichkeit',
      decision: { id: decision.id, number: 'LG 2025/01', decidedOn: '2025-06-12', committeeName: 'Lenkungsgruppe KI/KIM' },
    });
    expect(after.allowedTransitions.map((x) => [x.status, x.needsDecision])).toEqual([['ASSIGNED', true], ['MEASURES_PROPOSED', false], ['PARKED', true]]);
    const db = inspectDatabase(t);
    expect(auditEntries(db, 'theme_status_history').at(-1)).toMatchObject({ action: 'CREATE', after: { toStatus: 'PRIORITISED', decisionId: decision.id } });
    db.close();
  });

  it('refuses what the lifecycle does not allow and says what is possible', async () => {
    const theme = await t.api.send('themes.create', { title: 'Sprachkurse mit Kinderbetreuung', findingIds: [finding(t, {}), finding(t, {})] });
    const error = await refusal(t.api.send('themes.setStatus', { themeId: theme.id, status: 'IN_IMPLEMENTATION' }));
    expect(error.issues).toEqual([{
      field: 'status',
      message: 'Neuer Status: Von „gebündelt“ kann das Thema „Sprachkurse mit Kinderbetreuung“ nicht zu „in Umsetzung“ wechseln. '
        + 'Möglich ist: „der Lenkungsgruppe vorgelegt“, „abgeschlossen“.',
    }]);
  });

  it('applies the same rules to the status a decision sets', async () => {
    const theme = await t.api.send('themes.create', { title: 'Sprachkurse mit Kinderbetreuung', findingIds: [] });
    const error = await refusal(t.api.send('decisions.create', {
      ...consensus(s.itemIds[1], 'PRIORITISE_THEMES', 'Priorisierung'), effects: { themeStatus: { themeId: theme.id, status: 'APPROVED' } },
    }));
    expect(error.issues[0]).toMatchObject({ field: 'effects.themeStatus.status' });
    expect(error.issues[0].message).toMatch(/^Neuer Status des Themas: Von „erkannt“ kann das Thema/);
    expect(rows(t, 'SELECT count(*) AS n FROM decisions')).toEqual([{ n: 0 }]);
  });

  it('makes the group a decision commissions the theme’s group, and deleting the decision takes both back', async () => {
    const theme = await proposedTheme();
    const decision = await t.api.send('decisions.create', {
      ...consensus(s.itemIds[1], 'COMMISSION_GROUP', 'Die Lenkungsgruppe priorisiert das Thema und richtet die AG Wohnen ein.'),
      effects: {
        commissionGroup: { kind: 'WORKING_GROUP', name: 'AG Wohnen', mandate: 'Maßnahmen zur Wohnungssuche vorschlagen.' },
        themeStatus: { themeId: theme.id, status: 'ASSIGNED' },
      },
    });
    const assigned = await t.api.send('themes.get', { id: theme.id });
    expect(assigned).toMatchObject({ status: 'ASSIGNED', assignedGroup: { name: 'AG Wohnen', decisionNumber: decision.number, decidedOn: '2025-06-12' } });
    await t.api.send('decisions.delete', { id: decision.id });
    expect(await t.api.send('themes.get', { id: theme.id })).toMatchObject({ status: 'PROPOSED', assignedCommitteeId: null, assignedGroup: null });
  });

  it('assigns an existing group named with the decision, and takes a group only for "beauftragt"', async () => {
    const theme = await proposedTheme();
    const circle = await workingGroup(t, 'AK Schnittstellenmanagement');
    const decision = await t.api.send('decisions.create', consensus(s.itemIds[1], 'COMMISSION_GROUP', 'Der AK übernimmt das Thema Wohnen.'));
    expect((await refusal(t.api.send('themes.setStatus', { themeId: theme.id, status: 'PRIORITISED', decisionId: decision.id, committeeId: circle.id }))).issues)
      .toEqual([{ field: 'committeeId', message: 'Beauftragte Gruppe: Nur beim Wechsel zu „beauftragt“ anzugeben.' }]);
    const assigned = await t.api.send('themes.setStatus', { themeId: theme.id, status: 'ASSIGNED', decisionId: decision.id, committeeId: circle.id });
    expect(assigned.assignedGroup).toMatchObject({ id: circle.id, name: 'AK Schnittstellenmanagement' });
  });

  it('is refused for a theme merged into another', async () => {
    const a = await proposedTheme('Wohnen');
    const b = await t.api.send('themes.create', { title: 'Wohnungssuche', findingIds: [] });
    await t.api.send('themes.merge', { sourceThemeIds: [b.id], targetThemeId: a.id });
    expect((await refusal(t.api.send('themes.setStatus', { themeId: b.id, status: 'PROPOSED' }))).issues)
      .toEqual([{ field: 'themeId', message: 'Thema: „Wohnungssuche“ wurde mit dem Thema „Wohnen“ zusammengeführt; bitte dort weiterarbeiten.' }]);
  });
});

describe('putting a theme on an agenda', () => {
  it('presents an "erkannt" or "gebündelt" theme to the Lenkungsgruppe, with the meeting in the history, and leaves others alone', async () => {
    const bundled = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [finding(t, {}), finding(t, {})] });
    const prioritised = await proposedTheme('Schuldnerberatung');
    await prioritise(prioritised.id);
    const next = s.addMeeting({ startsAt: '2025-09-10T14:00', status: 'PLANNED', items: [] });
    await t.api.send('agenda.addItem', {
      meetingId: next.meetingId, title: 'Generative Themen', kind: 'DECISION',
      links: [{ targetType: 'THEME', targetId: bundled.id }, { targetType: 'THEME', targetId: prioritised.id }],
    });
    const moved = await t.api.send('themes.get', { id: bundled.id });
    expect(moved.status).toBe('PROPOSED');
    expect(moved.history.at(-1)).toMatchObject({
      fromStatus: 'CONSOLIDATED', toStatus: 'PROPOSED', decision: null, note: 'Auf die Tagesordnung der Sitzung „Lenkungsgruppe KI/KIM“ am 10.09.2025 gesetzt',
    });
    expect((await t.api.send('themes.get', { id: prioritised.id })).status).toBe('PRIORITISED');
  });

  it('leaves the theme as it is on a working group’s agenda', async () => {
    const bundled = await t.api.send('themes.create', { title: 'Wohnen', findingIds: [finding(t, {}), finding(t, {})] });
    const group = await workingGroup(t, 'AG Wohnen');
    const groupMeeting = await meeting(t, group.id, '2025-09-01T10:00');
    await t.api.send('agenda.addItem', { meetingId: groupMeeting.meeting.id, title: 'Wohnen', kind: 'DISCUSSION', links: [{ targetType: 'THEME', targetId: bundled.id }] });
    expect((await t.api.send('themes.get', { id: bundled.id })).status).toBe('CONSOLIDATED');
  });
});

describe('the lifecycle table', () => {
  it('is walked by the demo themes, with a steering decision wherever one is needed', async () => {
    const demo = await testCore();
    onTestFinished(() => demo.dispose());
    await demo.api.send('setup.initialize', { officeName: 'Kreis Euskirchen', demo: true });
    const history = rows<{ theme_id: string; from_status: ThemeStatus | null; to_status: ThemeStatus; kind: string | null }>(demo, `
      SELECT h.theme_id, h.from_status, h.to_status, c.kind FROM theme_status_history h LEFT JOIN decisions d ON d.id = h.decision_id
      LEFT JOIN meetings m ON m.id = d.meeting_id LEFT JOIN committees c ON c.id = m.committee_id ORDER BY h.theme_id, h.changed_at, h.rowid`);
    expect(history.length).toBeGreaterThan(20);
    for (const h of history.filter((x) => x.from_status)) {
      expect(THEME_TRANSITIONS[h.from_status!], `${h.from_status} → ${h.to_status}`).toContain(h.to_status);
      if (NEEDS_STEERING_DECISION.includes(h.to_status)) expect(h.kind, `${h.to_status} of ${h.theme_id}`).toBe('STEERING_GROUP');
    }
  });
});

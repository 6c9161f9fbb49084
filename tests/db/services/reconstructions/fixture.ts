import type { TestCore } from '../../../helpers/core';
import type { InputOf } from '../../../../db/api/contract';
import { withDb } from '../meetings/fixture';
import { newId } from '../../../../db/domain/ids';

/** Master data a reconstruction refers to, created through the API. */
export async function reconstructionWorld(t: TestCore) {
  const zuelpich = await t.api.send('municipalities.create', { name: 'Zülpich', status: 'STADT' });
  const kall = await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
  const drk = await t.api.send('organisations.create', { name: 'DRK Kreisverband Euskirchen', shortName: 'DRK', kind: 'WELFARE_PROVIDER' });
  const jobcenter = await t.api.send('organisations.create', { name: 'Jobcenter EU-aktiv', kind: 'JOBCENTER' });
  const team = await t.api.send('organisations.create', { name: 'Team 49.1 Kommunales Integrationszentrum', kind: 'KREIS_UNIT' });
  const post = await t.api.send('posts.create', {
    label: 'KS 2 Fallrekonstruktion', fundingModule: 'B1_COORDINATION', kind: 'COORDINATION', fte: 1, hostOrganisationId: team.id, status: 'VACANT',
  });
  return { zuelpich, kall, drk, jobcenter, team, post };
}

export type World = Awaited<ReturnType<typeof reconstructionWorld>>;

export const SUMMARY = 'Alleinstehende Person mit chronischer Erkrankung in einer kommunalen Unterkunft. Wohnungsbesichtigungen scheiterten an Absagen und fehlender Begleitung.';

export function reconstructionInput(w: World, overrides: Partial<InputOf<'reconstructions.create'>> = {}): InputOf<'reconstructions.create'> {
  return {
    heldOn: '2025-05-28',
    format: 'FULL',
    facilitatorPostId: w.post.id,
    caseCode: 'DRK-25-031',
    caseSource: 'KIM_CM',
    providerOrganisationId: w.drk.id,
    municipalityId: w.zuelpich.id,
    ageBand: '45_64',
    fieldsOfAction: ['HOUSING', 'HEALTH'],
    legalDomains: ['SGB_II', 'SGB_V'],
    summary: SUMMARY,
    participants: [
      { organisationId: w.drk.id, role: 'Falleinbringung' },
      { organisationId: w.team.id, role: 'Moderation' },
      { organisationId: w.jobcenter.id, role: 'Fachperspektive Leistungen' },
    ],
    privacyJustification: null,
    ...overrides,
  };
}

/** A theme as the themes part of the app would store it; findings are linked to it by setting theme_id. */
export function seedTheme(t: TestCore, title: string): string {
  const id = newId();
  withDb(t, (db) => db.prepare(`INSERT INTO themes (id, title, status, created_at, updated_at)
    VALUES (?, ?, 'CONSOLIDATED', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`).run(id, title));
  return id;
}

export function linkToTheme(t: TestCore, findingId: string, themeId: string | null): void {
  withDb(t, (db) => db.prepare('UPDATE findings SET theme_id = ? WHERE id = ?').run(themeId, findingId));
}

/** A round table as the round-table part of the app would store it. */
export function seedRoundTable(t: TestCore, title: string, heldOn: string, municipalityIds: string[]): string {
  const id = newId();
  withDb(t, (db) => {
    db.prepare(`INSERT INTO round_tables (id, format, title, held_on, county_wide, created_at, updated_at)
      VALUES (?, 'ROUND_TABLE', ?, ?, 0, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`).run(id, title, heldOn);
    for (const m of municipalityIds) db.prepare('INSERT INTO round_table_municipalities (round_table_id, municipality_id) VALUES (?, ?)').run(id, m);
  });
  return id;
}

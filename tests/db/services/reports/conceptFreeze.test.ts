import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { docxParts, tables } from '../../../helpers/docx';
import { blockLines, lineChanges } from '../../../../db/services/reports/conceptFreeze';

/**
 * A published Konzept version keeps its generated sections as they were on the day of publication; drafts follow
 * the records.
 */
let t: TestCore;
let published: string;
const NEW_MEMBER = 'Caritasverband für die Region Eifel (Fachdienst Migration)';

const chapter = async (draftId: string, key: string) =>
  (await t.api.send('reports.conceptPreview', { draftId })).chapters.find((c) => c.key === key)!;
const docxTables = async (draftId: string) =>
  tables(docxParts(Buffer.from((await t.api.send('exports.konzept', { draftId })).dataBase64, 'base64')).document);
const sectionId = async (draftId: string, key: string) =>
  (await t.api.send('reports.get', { id: draftId })).sections.find((s) => s.key === key)!.id;

beforeAll(async () => {
  t = await testCore({ now: '2025-01-20T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: true });
  published = (await t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2025' })).id;
});
afterAll(() => t.dispose());

describe('publishing a KIM-Konzept version', () => {
  it('freezes the generated sections in one step with the status change', async () => {
    const live = await t.api.send('reports.conceptPreview', { draftId: published });
    const result = await t.api.send('reports.publish', { draftId: published });
    expect(result).toMatchObject({ status: 'PUBLISHED', publishedAt: '2025-01-20T09:00:00.000Z' });
    const [frozen] = readRows<{ reporting_date: string; data_json: string }>(t.dataDir,
      'SELECT reporting_date, data_json FROM report_snapshots WHERE draft_id = ?', published);
    expect(frozen.reporting_date).toBe('2025-01-20');
    const generatedKeys = live.chapters.filter((c) => c.generated.length > 0).map((c) => c.key);
    expect(Object.keys(JSON.parse(frozen.data_json).sections)).toEqual(generatedKeys);
    expect(await t.api.send('reports.conceptPreview', { draftId: published })).toEqual({ ...live, status: 'PUBLISHED', publishedAt: result.publishedAt });
    expect(readRows(t.dataDir, "SELECT action FROM audit_log WHERE entity = 'report_snapshots'")).toEqual([{ action: 'CREATE' }]);
  });

  it('refuses a second publication and any change to the chapters of the published version', async () => {
    await expect(t.api.send('reports.publish', { draftId: published })).rejects.toMatchObject({
      code: 'CONFLICT', message: '„KIM-Konzept – Fortschreibung Januar 2025“ ist bereits veröffentlicht.',
    });
    const refusal = { code: 'CONFLICT', message: '„KIM-Konzept – Fortschreibung Januar 2025“ ist veröffentlicht und kann nicht mehr geändert werden.' };
    await expect(t.api.send('reports.updateSection', { id: await sectionId(published, 'outlook'), enabled: false })).rejects.toMatchObject(refusal);
    const ids = (await t.api.send('reports.get', { id: published })).sections.map((s) => s.id);
    await expect(t.api.send('reports.reorderSections', { draftId: published, sectionIds: ids.reverse() })).rejects.toMatchObject(refusal);
    expect(readRows(t.dataDir, 'SELECT count(*) AS n FROM report_snapshots WHERE draft_id = ?', published)).toEqual([{ n: 1 }]);
  });

  it('keeps preview and Word file of the published version when posts and members change; a new draft shows the change', async () => {
    const postsBefore = await chapter(published, 'funding');
    const membersBefore = await chapter(published, 'steeringGroup');
    const tablesBefore = await docxTables(published);

    const [post] = (await t.api.send('posts.list')).filter((p) => p.kind === 'COORDINATION');
    const { hostOrganisationName: _h, holderName: _p, createdAt: _c, updatedAt: _u, ...record } = post;
    await t.api.send('posts.update', { ...record, label: 'Koordinierung Fallrekonstruktion (umbenannt)' });
    const [steering] = await t.api.send('committees.list', { kind: 'STEERING_GROUP' });
    const provider = (await t.api.send('organisations.list')).find((o) => o.kind === 'WELFARE_PROVIDER')!;
    await t.api.send('memberships.create', { committeeId: steering.id, organisationId: provider.id, seatLabel: NEW_MEMBER, role: 'ADVISORY', category: 'WELFARE', validFrom: '2025-01-01' });

    expect(await chapter(published, 'funding')).toEqual(postsBefore);
    expect(await chapter(published, 'steeringGroup')).toEqual(membersBefore);
    expect(await docxTables(published)).toEqual(tablesBefore);

    const next = (await t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2026' })).id;
    expect(JSON.stringify((await chapter(next, 'funding')).generated)).toContain('Koordinierung Fallrekonstruktion (umbenannt)');
    expect(JSON.stringify((await chapter(next, 'steeringGroup')).generated)).toContain(NEW_MEMBER);

    const diff = await t.api.send('reports.diff', { fromDraftId: published, toDraftId: next });
    const members = diff.sections.find((s) => s.key === 'steeringGroup')!;
    expect(members.change).toBe('changed');
    expect(members.parts.every((p) => p.kind === 'same')).toBe(true);
    expect(members.generatedChanges).toEqual([{ kind: 'added', text: `Mitglieder der Lenkungsgruppe KI/KIM: Freie Wohlfahrtspflege · ${NEW_MEMBER} · beratend` }]);
    const funding = diff.sections.find((s) => s.key === 'funding')!;
    expect(funding.generatedChanges.map((c) => c.kind)).toEqual(['removed', 'added']);
    expect(funding.generatedChanges[0].text).toContain(post.label);
    expect(funding.generatedChanges[1].text).toContain('Koordinierung Fallrekonstruktion (umbenannt)');
    expect(diff.sections.find((s) => s.key === 'outlook')).toMatchObject({ change: 'unchanged', generatedChanges: [] });
  });

  it('compares only versions of the Konzept', async () => {
    const sachbericht = await t.api.send('reports.createSachbericht', { year: 2024 });
    await expect(t.api.send('reports.diff', { fromDraftId: sachbericht.id, toDraftId: published })).rejects.toMatchObject({
      code: 'CONFLICT', message: '„Sachbericht 2024“ ist keine Version des KIM-Konzepts.',
    });
  });
});

describe('generated content compared line by line', () => {
  it('writes table rows with their caption and reports lines only one side has, repeated lines counted', () => {
    expect(blockLines([
      { kind: 'table', caption: 'Stellen', columns: [{ header: 'Stelle' }, { header: 'VZÄ' }], rows: [['A', '1,0']], footer: ['Summe', ''] },
      { kind: 'bullets', items: ['x', 'y'] },
    ])).toEqual(['Stellen: A · 1,0', 'Stellen: Summe', 'x', 'y']);
    expect(lineChanges(['a', 'b', 'b', 'c'], ['c', 'b', 'd', 'a'])).toEqual([{ kind: 'removed', text: 'b' }, { kind: 'added', text: 'd' }]);
    expect(lineChanges(['a'], ['a'])).toEqual([]);
  });
});

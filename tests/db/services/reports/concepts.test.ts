import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { CONCEPT_OUTLINE } from '../../../../db/services/reports/conceptOutline';
import { wordDiff } from '../../../../db/services/reports/wordDiff';

let t: TestCore;
beforeAll(async () => {
  t = await testCore({ now: '2025-01-20T09:00:00Z' });
});
afterAll(() => t.dispose());

const sectionByKey = async (draftId: string, key: string) =>
  (await t.api.send('reports.get', { id: draftId })).sections.find((s) => s.key === key)!;

describe('KIM-Konzept versions', () => {
  it('start with the structure of the Fortschreibung, are frozen when published and continue as a copy', async () => {
    const first = await t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2025' });
    expect(first).toMatchObject({ kind: 'CONCEPT_UPDATE', title: 'KIM-Konzept – Fortschreibung Januar 2025', status: 'DRAFT', basedOnDraftId: null });
    const { sections } = await t.api.send('reports.get', { id: first.id });
    expect(sections.map((s) => [s.key, s.parentKey])).toEqual(CONCEPT_OUTLINE.map((s) => [s.key, s.parentKey ?? null]));

    const outlook = await sectionByKey(first.id, 'outlook');
    await t.api.send('reports.updateSection', { id: outlook.id, narrative: 'Regelmäßige Fallrekonstruktionen ab 2025.\n\nEine Pressereihe ist geplant.' });
    const published = await t.api.send('reports.publish', { draftId: first.id });
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: '2025-01-20T09:00:00.000Z' });
    await expect(t.api.send('reports.updateSection', { id: outlook.id, narrative: 'geändert' })).rejects.toMatchObject({
      code: 'CONFLICT', message: '„KIM-Konzept – Fortschreibung Januar 2025“ ist veröffentlicht und kann nicht mehr geändert werden.',
    });
    await expect(t.api.send('reports.publish', { draftId: first.id })).rejects.toMatchObject({ code: 'CONFLICT' });

    const second = await t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2026' });
    expect(second.basedOnDraftId).toBe(first.id);
    const copied = await sectionByKey(second.id, 'outlook');
    expect(copied).toMatchObject({ narrative: 'Regelmäßige Fallrekonstruktionen ab 2025.\n\nEine Pressereihe ist geplant.', status: 'DRAFT' });
    await t.api.send('reports.updateSection', { id: copied.id, narrative: 'Regelmäßige Fallrekonstruktionen seit 2025.\n\nEine Pressereihe ist geplant.' });
    await t.api.send('reports.updateSection', { id: (await sectionByKey(second.id, 'advisory')).id, enabled: false });

    const diff = await t.api.send('reports.diff', { fromDraftId: first.id, toDraftId: second.id });
    const changed = diff.sections.find((s) => s.key === 'outlook')!;
    expect(changed.change).toBe('changed');
    expect(changed.parts).toEqual([
      { kind: 'same', text: 'Regelmäßige Fallrekonstruktionen ' },
      { kind: 'removed', text: 'ab ' },
      { kind: 'added', text: 'seit ' },
      { kind: 'same', text: '2025.\n\nEine Pressereihe ist geplant.' },
    ]);
    expect(diff.sections.find((s) => s.key === 'advisory')).toMatchObject({ change: 'removed' });
    expect(diff.sections.find((s) => s.key === 'funding')).toMatchObject({ change: 'unchanged' });
    expect(readRows(t.dataDir, "SELECT action FROM audit_log WHERE entity = 'report_drafts' AND entity_id = ? ORDER BY rowid", first.id))
      .toEqual([{ action: 'CREATE' }, { action: 'UPDATE' }]);
  });

  it('refuses a version label twice', async () => {
    await expect(t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2025' })).rejects.toMatchObject({
      code: 'CONFLICT', message: 'Eine Version „Fortschreibung Januar 2025“ des KIM-Konzepts gibt es bereits.',
    });
  });
});

describe('word diff', () => {
  it('gives the text back when its parts are joined, from either side', () => {
    const before = 'Die Lenkungsgruppe tagt zweimal im Jahr.';
    const after = 'Die Lenkungsgruppe tagt dreimal im Jahr und bei Bedarf.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('gleich', 'gleich')).toEqual([{ kind: 'same', text: 'gleich' }]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { SACHBERICHT_OUTLINE } from '../../../../db/services/reports/sachberichtOutline';

let t: TestCore;
const read = <T>(sql: string, ...params: unknown[]): T[] => readRows<T>(t.dataDir, sql, ...params);

beforeAll(async () => {
  t = await testCore({ now: '2025-03-10T09:00:00Z' });
});
afterAll(() => t.dispose());

describe('Sachbericht drafts', () => {
  it('creates a draft per funding year with the default chapters of the outline, all enabled and in draft', async () => {
    const draft = await t.api.send('reports.createSachbericht', { year: 2024, recipient: 'Bezirksregierung Arnsberg', reference: 'Az. 36.08' });
    expect(draft).toMatchObject({ kind: 'SACHBERICHT', year: 2024, title: 'Sachbericht 2024', reportingDate: '2024-12-31', status: 'DRAFT' });
    const { sections, latestSnapshot } = await t.api.send('reports.get', { id: draft.id });
    expect(sections.map((s) => s.key)).toEqual(SACHBERICHT_OUTLINE.map((s) => s.key));
    expect(sections.map((s) => s.position)).toEqual(SACHBERICHT_OUTLINE.map((_, i) => i + 1));
    expect(sections.every((s) => s.enabled && s.status === 'DRAFT' && s.narrative === '')).toBe(true);
    expect(sections.find((s) => s.key === 'effects')!.generated).toBe(false);
    expect(sections.find((s) => s.key === 'staff')!.generated).toBe(true);
    expect(latestSnapshot).toBeNull();
    expect(read('SELECT entity FROM audit_log WHERE entity_id = ?', draft.id)).toEqual([{ entity: 'report_drafts' }]);
    expect(read<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE entity = 'report_sections'")[0].n).toBe(SACHBERICHT_OUTLINE.length);
  });

  it('refuses a second Sachbericht for the same year', async () => {
    await expect(t.api.send('reports.createSachbericht', { year: 2024 }))
      .rejects.toMatchObject({ code: 'CONFLICT', message: 'Für 2024 gibt es bereits einen Sachbericht.' });
  });

  it('saves a chapter field by field, so autosaving the text keeps title and status', async () => {
    const [draft] = await t.api.send('reports.list', { kind: 'SACHBERICHT' });
    const section = (await t.api.send('reports.get', { id: draft.id })).sections[0];
    await t.api.send('reports.updateSection', { id: section.id, status: 'REVIEWED', title: 'Zusammenfassung' });
    const saved = await t.api.send('reports.updateSection', { id: section.id, narrative: 'Erster Absatz.\n\n- Punkt' });
    expect(saved).toMatchObject({ title: 'Zusammenfassung', status: 'REVIEWED', statusLabel: 'geprüft', narrative: 'Erster Absatz.\n\n- Punkt' });
    const off = await t.api.send('reports.updateSection', { id: section.id, enabled: false });
    expect(off).toMatchObject({ enabled: false, narrative: 'Erster Absatz.\n\n- Punkt' });
    const audits = read<{ before_json: string; after_json: string }>(
      "SELECT before_json, after_json FROM audit_log WHERE entity = 'report_sections' AND entity_id = ? AND action = 'UPDATE' ORDER BY rowid", section.id);
    expect(audits).toHaveLength(3);
    expect(JSON.parse(audits[2].before_json).enabled).toBe(true);
    expect(JSON.parse(audits[2].after_json).enabled).toBe(false);
  });

  it('rejects unknown fields and invalid statuses with German messages', async () => {
    const [draft] = await t.api.send('reports.list', {});
    const section = (await t.api.send('reports.get', { id: draft.id })).sections[1];
    await expect(t.api.send('reports.updateSection', { id: section.id, status: 'DONE' } as never))
      .rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Status: Bitte einen gültigen Wert auswählen.') });
    await expect(t.api.send('reports.updateSection', { id: 'weg', narrative: 'x' }))
      .rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Das Kapitel wurde nicht gefunden.' });
  });

  it('reorders the chapters only with a complete list', async () => {
    const [draft] = await t.api.send('reports.list', {});
    const ids = (await t.api.send('reports.get', { id: draft.id })).sections.map((s) => s.id);
    const reversed = [...ids].reverse();
    const sections = await t.api.send('reports.reorderSections', { draftId: draft.id, sectionIds: reversed });
    expect(sections.map((s) => s.id)).toEqual(reversed);
    await expect(t.api.send('reports.reorderSections', { draftId: draft.id, sectionIds: reversed.slice(1) }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: 'Kapitel: Die Reihenfolge muss jedes Kapitel des Berichts genau einmal nennen.' });
    await t.api.send('reports.reorderSections', { draftId: draft.id, sectionIds: ids });
  });

  it('refuses preview and export before a snapshot was taken', async () => {
    const [draft] = await t.api.send('reports.list', {});
    const message = 'Für „Sachbericht 2024“ gibt es noch keinen Zahlenstand. Bitte zuerst einen Zahlenstand zum Stichtag erstellen.';
    await expect(t.api.send('exports.sachbericht', { draftId: draft.id })).rejects.toMatchObject({ code: 'CONFLICT', message });
    await expect(t.api.send('reports.preview', { draftId: draft.id })).rejects.toMatchObject({ code: 'CONFLICT', message });
    const diff = await t.api.send('reports.snapshotDiff', { draftId: draft.id });
    expect(diff).toMatchObject({ changes: [], message: 'Für diesen Bericht wurde noch kein Zahlenstand erstellt.' });
  });

  it('refuses a Stichtag before the funding year', async () => {
    const [draft] = await t.api.send('reports.list', {});
    await expect(t.api.send('reports.takeSnapshot', { draftId: draft.id, reportingDate: '2023-12-31' }))
      .rejects.toMatchObject({ code: 'VALIDATION', message: 'Stichtag: Darf nicht vor dem Förderjahr 2024 liegen.' });
  });
});

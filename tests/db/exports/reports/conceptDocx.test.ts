import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../../helpers/core';
import { readRows } from '../../../helpers/database';
import { docxParts, paragraphsWithStyle, tables } from '../../../helpers/docx';

/** Two versions of the demo Kreis' KIM-Konzept as Word files: generated sections from the records, changes marked. */
let t: TestCore;
let first: string;
let second: string;
const read = <T>(sql: string, ...params: unknown[]): T[] => readRows<T>(t.dataDir, sql, ...params);
const sectionId = async (draftId: string, key: string) => (await t.api.send('reports.get', { id: draftId })).sections.find((s) => s.key === key)!.id;
const exportDocx = async (draftId: string, markChanges?: boolean) =>
  Buffer.from((await t.api.send('exports.konzept', { draftId, markChanges })).dataBase64, 'base64');

beforeAll(async () => {
  t = await testCore({ now: '2026-01-20T09:00:00Z' });
  await t.api.send('setup.initialize', { officeName: 'Kommunales Integrationszentrum Kreis Euskirchen', demo: true });
  first = (await t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2025' })).id;
  await t.api.send('reports.updateSection', { id: await sectionId(first, 'foundations'), narrative: 'Das KIM wurde seit Mai 2021 aufgebaut.\n\nDie Koordinierungsstelle gehört zum KoBIZ.' });
  await t.api.send('reports.updateSection', { id: await sectionId(first, 'outlook'), narrative: 'Geplant sind:\n- Fallrekonstruktionen\n- eine Pressereihe' });
  await t.api.send('reports.publish', { draftId: first });
  second = (await t.api.send('reports.createConcept', { versionLabel: 'Fortschreibung Januar 2026' })).id;
  await t.api.send('reports.updateSection', { id: await sectionId(second, 'outlook'), narrative: 'Geplant sind:\n- Fallrekonstruktionen\n- eine Pressereihe\n- ein Fachtag Wohnen' });
  await t.api.send('reports.updateSection', { id: await sectionId(second, 'foundations'), narrative: 'Das KIM wurde seit Mai 2021 verstetigt.\n\nDie Koordinierungsstelle gehört zum KoBIZ.' });
});
afterAll(() => t.dispose());

describe('the KIM-Konzept as a Word file', () => {
  it('says on the cover whether a version is a draft or published, and when', async () => {
    expect(docxParts(await exportDocx(first)).document).toContain('Veröffentlichte Fassung vom 20.01.2026');
    expect(docxParts(await exportDocx(second)).document).toContain('>Entwurf<');
  });

  it('follows the structure of the Fortschreibung with numbered headings', async () => {
    const { document } = docxParts(await exportDocx(second));
    const h1 = paragraphsWithStyle(document, 'Heading1');
    expect(h1[0]).toBe('1. Grundlagen');
    expect(h1).toContain('5. Lenkungsgruppe');
    expect(paragraphsWithStyle(document, 'Heading2')).toContain('1.1 Förderung von Personal- und Sachausgaben');
    expect(document).not.toContain('<w:ins ');
    expect(tables(document).every((tbl) => tbl.headerRows === 1)).toBe(true);
  });

  it('generates posts, providers and steering-group members from the records', async () => {
    const all = tables(docxParts(await exportDocx(second)).document);
    const byHeader = (header: string) => all.find((tbl) => tbl.rows[0].join('|') === header)!;
    expect(byHeader('Stelle|Baustein|VZÄ|Status').rows.length - 2).toBe(read<{ n: number }>('SELECT count(*) AS n FROM posts')[0].n);
    const providers = read<{ n: number }>(`SELECT count(DISTINCT provider_organisation_id) AS n FROM provider_assignments
      WHERE coalesce(valid_from, '') <= '2026-01-20' AND (valid_to IS NULL OR valid_to >= '2026-01-20')`)[0].n;
    expect(byHeader('Träger|Kommunen|Zielgruppe').rows.length - 1).toBe(providers);
    const members = read<{ n: number }>(`SELECT count(*) AS n FROM committee_memberships m JOIN committees c ON c.id = m.committee_id
      WHERE c.kind = 'STEERING_GROUP' AND coalesce(m.valid_from, '') <= '2026-01-20' AND (m.valid_to IS NULL OR m.valid_to >= '2026-01-20')`)[0].n;
    expect(byHeader('Bereich|Sitz|Rolle').rows.length - 1).toBe(members);
  });

  it('marks the changes against the previous version as tracked changes', async () => {
    const { document } = docxParts(await exportDocx(second, true));
    expect(document).toMatch(/<w:del [^>]*w:author="KIM Desk"[^>]*>[\s\S]*?<w:delText[^>]*>aufgebaut\. ?<\/w:delText>/);
    expect(document).toMatch(/<w:ins [^>]*>[\s\S]*?<w:t[^>]*>verstetigt\. ?<\/w:t>/);
    // The paragraphs follow the new text: the replaced word sits in the sentence, not in a paragraph of its own.
    const paragraphs = document.split('</w:p>');
    expect(paragraphs.filter((p) => p.includes('Das KIM wurde seit Mai 2021') && p.includes('verstetigt.'))).toHaveLength(1);
    // Bullet points stay bullet points, the new one marked as inserted.
    const bulletParagraphs = paragraphs.filter((p) => p.includes('<w:numPr>'));
    expect(bulletParagraphs.find((p) => p.includes('Fallrekonstruktionen'))).not.toMatch(/<w:(ins|del) /);
    expect(bulletParagraphs.find((p) => p.includes('ein Fachtag Wohnen'))).toMatch(/<w:ins [\s\S]*ein Fachtag Wohnen/);
    expect(document).toContain('Geänderte Texte sind gegenüber der Vorversion als Überarbeitungen markiert');
    const revisionIds = [...document.matchAll(/<w:(?:ins|del) [^>]*w:id="(\d+)"/g)].map((m) => m[1]);
    expect(revisionIds.length).toBeGreaterThan(1);
    expect(new Set(revisionIds).size).toBe(revisionIds.length);
    await expect(t.api.send('exports.konzept', { draftId: first, markChanges: true })).rejects.toMatchObject({
      code: 'CONFLICT', message: '„KIM-Konzept – Fortschreibung Januar 2025“ ist die erste Version; Änderungen lassen sich nur gegenüber einer früheren Version markieren.',
    });
  });
});

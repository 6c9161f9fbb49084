import { describe, expect, it } from 'vitest';
import { areaPath, conceptPath, parseReportRoute, reportPath } from '../../../../renderer/pages/reports/reportPaths';
import { recordSources } from '../../../../renderer/pages/reports/conceptSources';
import { NAV_ITEMS } from '../../../../renderer/app/routes';

describe('addresses on the Berichte page', () => {
  it('reads the Sachberichte list, a Sachbericht and its preview as before', () => {
    expect(parseReportRoute('')).toEqual({ kind: 'list', area: 'sachberichte' });
    expect(parseReportRoute('r1')).toEqual({ kind: 'report', reportId: 'r1', tab: 'kapitel' });
    expect(parseReportRoute('r1/vorschau')).toEqual({ kind: 'report', reportId: 'r1', tab: 'vorschau' });
    expect(reportPath('r1', 'vorschau')).toBe('/berichte/r1/vorschau');
  });

  it('puts the KIM-Konzept versions under konzept, with chapters, preview and comparison', () => {
    expect(parseReportRoute('konzept')).toEqual({ kind: 'list', area: 'konzept' });
    expect(parseReportRoute('konzept/k1')).toEqual({ kind: 'concept', conceptId: 'k1', tab: 'kapitel' });
    expect(parseReportRoute('konzept/k1/vergleich')).toEqual({ kind: 'concept', conceptId: 'k1', tab: 'vergleich' });
    expect(parseReportRoute('konzept/k1/unbekannt')).toEqual({ kind: 'concept', conceptId: 'k1', tab: 'kapitel' });
    expect(conceptPath('k1')).toBe('/berichte/konzept/k1');
    expect(conceptPath('k1', 'vorschau')).toBe('/berichte/konzept/k1/vorschau');
    expect(areaPath('konzept')).toBe('/berichte/konzept');
    expect(areaPath('sachberichte')).toBe('/berichte');
  });

  it('links every generated Konzept section to pages that exist', () => {
    const tops = NAV_ITEMS.map((n) => n.path);
    for (const key of ['funding', 'steering', 'providers', 'steeringGroup', 'municipalities']) {
      expect(recordSources(key).length).toBeGreaterThan(0);
      for (const source of recordSources(key)) expect(tops).toContain(`/${source.path.split('/')[1]}`);
    }
    expect(recordSources('outlook')).toEqual([]);
  });
});

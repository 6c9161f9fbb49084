import type { Snapshot } from './auditTrail';
import { tableInfo } from './tables';

/**
 * Some services audit a record together with its detail rows as one snapshot (a round table with its
 * municipalities and participants, a measure with its budgets and responsible organisations) instead of
 * one audit row per detail row. This says where those lists live and which table their rows belong to.
 */
interface EmbeddedList {
  table: string;
  /** The child's key that points at the parent record. */
  parentKey: string;
  /** For lists of plain ids: the child's key that takes each id. Lists of objects are child rows as they are. */
  valueKey?: string;
}

const EMBEDDED: Record<string, Record<string, EmbeddedList>> = {
  round_tables: {
    municipalityIds: { table: 'round_table_municipalities', parentKey: 'roundTableId', valueKey: 'municipalityId' },
    participants: { table: 'round_table_participants', parentKey: 'roundTableId' },
  },
  measures: {
    budgets: { table: 'measure_budgets', parentKey: 'measureId' },
    organisations: { table: 'measure_organisations', parentKey: 'measureId' },
  },
  case_reconstructions: {
    participants: { table: 'reconstruction_participants', parentKey: 'reconstructionId' },
    fieldsOfAction: { table: 'reconstruction_fields', parentKey: 'reconstructionId', valueKey: 'fieldOfAction' },
    legalDomains: { table: 'reconstruction_legal_domains', parentKey: 'reconstructionId', valueKey: 'legalDomain' },
  },
  findings: {
    organisationIds: { table: 'finding_organisations', parentKey: 'findingId', valueKey: 'organisationId' },
  },
};

export const embeddedKeys = (table: string): string[] => Object.keys(EMBEDDED[table] ?? {});

/** The detail rows a snapshot carries, each with the table it belongs to. */
export function embeddedRows(table: string, parentId: string, snapshot: Snapshot): Array<{ table: string; row: Snapshot }> {
  return Object.entries(EMBEDDED[table] ?? {}).flatMap(([key, list]) => {
    const values = snapshot[key];
    if (!Array.isArray(values) || !tableInfo(list.table)) return [];
    return values.flatMap((value): Array<{ table: string; row: Snapshot }> => {
      if (list.valueKey) return typeof value === 'string' ? [{ table: list.table, row: { [list.parentKey]: parentId, [list.valueKey]: value } }] : [];
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
      return [{ table: list.table, row: { ...(value as Snapshot), [list.parentKey]: parentId } }];
    });
  });
}

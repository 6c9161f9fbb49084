import type { OutputOf } from '../../../db/api/contract';

type FindingRow = OutputOf<'findings.list'>[number];

const date = (iso: string) => iso.split('-').reverse().join('.');

/** Where a finding comes from, in one German line: "Fallrekonstruktion vom 12.03.2026, Zülpich". */
export function findingSourceText(source: FindingRow['source']): string {
  if (!source) return 'ohne Quellenangabe';
  if (source.type === 'RECONSTRUCTION') {
    const kind = source.format === 'MINI' ? 'Mini-Fallrekonstruktion' : 'Fallrekonstruktion';
    return [`${kind} vom ${date(source.date)}`, source.caseCode, source.municipalityName].filter(Boolean).join(', ');
  }
  return [`${source.title} am ${date(source.date)}`, source.municipalityNames.join(', ')].filter(Boolean).join(', ');
}

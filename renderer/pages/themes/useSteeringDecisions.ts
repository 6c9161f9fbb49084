import { useMemo } from 'react';
import { useApiData } from '../../api/useApiData';
import { formatDate } from '../../format/date';
import type { Option } from '../../components/form/fieldSpec';

/** Decisions of the Lenkungsgruppe, newest first, as select options ("B-2026-03 vom 08.12.2026: Die Lenkungsgruppe …"). */
export function useSteeringDecisions(): { options: Option[]; loaded: boolean } {
  const steering = useApiData('committees.list', { kind: 'STEERING_GROUP' }).data;
  const decisions = useApiData('decisions.list').data;
  return useMemo(() => {
    const ids = new Set((steering ?? []).map((c) => c.id));
    const rows = (decisions ?? []).filter((d) => ids.has(d.committeeId))
      .sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || (b.number ?? '').localeCompare(a.number ?? ''));
    const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
    return {
      loaded: steering !== undefined && decisions !== undefined,
      options: rows.map((d) => ({ value: d.id, label: `${d.number ? `${d.number} ` : ''}vom ${formatDate(d.decidedOn)}: ${short(d.text)}` })),
    };
  }, [steering, decisions]);
}

import type { OutputOf } from '../../../db/api/contract';

type Activity = OutputOf<'municipalities.profile'>['activity'];

export interface ActivityPoint {
  label: string;
  roundTables: number;
  agreements: number;
  completed: number;
}

/** Quarters while they fit on a small chart ('Q2 2025'), whole years for a longer history. */
export function activityPoints(activity: Activity, maxQuarters = 12): { unit: 'quarter' | 'year'; points: ActivityPoint[] } {
  const useYears = activity.quarters.length > maxQuarters;
  const periods = useYears ? activity.years : activity.quarters;
  return {
    unit: useYears ? 'year' : 'quarter',
    points: periods.map((p) => ({
      label: p.quarter == null ? String(p.year) : `Q${p.quarter} ${p.year}`,
      roundTables: p.roundTables, agreements: p.agreements, completed: p.completed,
    })),
  };
}

import { useMemo } from 'react';
import { useApiData } from '../../api/useApiData';
import type { HitPlaces } from './hitPath';

/** The lists that tell where a hit opens; loaded while the search dialog is open, empty until they arrive. */
export function useHitPlaces(): HitPlaces {
  const committees = useApiData('committees.list').data;
  const meetings = useApiData('meetings.list').data;
  return useMemo(() => ({
    meetingCommittees: new Map((meetings ?? []).map((m) => [m.id, m.committeeId])),
    steeringCommitteeIds: new Set((committees ?? []).filter((c) => c.kind === 'STEERING_GROUP').map((c) => c.id)),
  }), [committees, meetings]);
}

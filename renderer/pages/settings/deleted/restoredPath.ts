import { api } from '../../../api/client';
import { recordPath, type RecordFacts } from './recordPath';

async function meetingFacts(meetingId: string): Promise<RecordFacts> {
  const meeting = await api.send('meetings.get', { id: meetingId });
  return { meetingId, steering: meeting.committee.kind === 'STEERING_GROUP' };
}

/** Asks the core what the path of a just restored record depends on (its round table, theme, committee). */
async function factsOf(entity: string, id: string): Promise<RecordFacts> {
  switch (entity) {
    case 'action_items': return { roundTableId: (await api.send('tasks.get', { id })).roundTableId };
    case 'measures': return { themeId: (await api.send('measures.get', { id })).themeId };
    case 'committees': return { steering: (await api.send('committees.get', { id })).committee.kind === 'STEERING_GROUP' };
    case 'meetings': return meetingFacts(id);
    case 'decisions': return meetingFacts((await api.send('decisions.get', { id })).meetingId);
    default: return {};
  }
}

/** Where a restored record can be opened; null when it has no page or its page cannot be worked out. */
export async function restoredPath(entity: string, id: string): Promise<string | null> {
  try {
    return recordPath(entity, id, await factsOf(entity, id));
  } catch {
    return null;
  }
}

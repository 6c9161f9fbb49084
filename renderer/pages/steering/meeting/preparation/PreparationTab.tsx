import { useState } from 'react';
import type { MeetingDetail } from '../MeetingPage';
import { AgendaList } from './AgendaList';
import { BacklogPanel } from './BacklogPanel';

/** The agenda builder: the agenda on the left, the merged backlog to take items from on the right. */
export function PreparationTab({ detail }: { detail: MeetingDetail }) {
  const [announcement, setAnnouncement] = useState('');
  const [focusItemId, setFocusItemId] = useState<string | null>(null);
  // The same sentence twice would not be read again; a trailing space makes it a change.
  const announce = (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  const editable = detail.meeting.status === 'PLANNED' || detail.meeting.status === 'INVITED';
  return (
    <div className={editable ? 'preparation' : undefined}>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
      <AgendaList detail={detail} editable={editable} announce={announce}
        focusItemId={focusItemId} onFocused={() => setFocusItemId(null)} />
      {editable ? <BacklogPanel meetingId={detail.meeting.id} announce={announce} onAdded={setFocusItemId} /> : null}
    </div>
  );
}

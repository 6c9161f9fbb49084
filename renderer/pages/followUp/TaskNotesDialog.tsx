import { useState } from 'react';
import { ApiFailure } from '../../api/ApiFailure';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { useApiData } from '../../api/useApiData';
import { Alert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { formatDate } from '../../format/date';

/** Progress notes of one task, newest first, and a field to add one. */
export function TaskNotesDialog({ taskId, title, onClose }: { taskId: string; title: string; onClose(): void }) {
  const { data, error } = useApiData('tasks.get', { id: taskId });
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.send('tasks.addNote', { id: taskId, text });
      setText('');
      dataChanged();
    } catch (e) {
      setFailure(ApiFailure.from(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Notizen: ${title}`} onClose={onClose} busy={busy} wide>
      <div className="kern-dialog__body app-dialog__scroll">
        <form noValidate className="note-form" onSubmit={(e) => { e.preventDefault(); void add(); }}>
          <div className={`kern-form-input${failure ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label" htmlFor="task-note">Neue Notiz</label>
            <textarea id="task-note" className="kern-form-input__input" rows={3} value={text} data-autofocus
              aria-invalid={failure ? true : undefined} aria-describedby={failure ? 'task-note-error' : undefined}
              onChange={(e) => setText(e.target.value)} />
            {failure ? <p className="kern-error" id="task-note-error"><span className="kern-body">{failure.message}</span></p> : null}
          </div>
          <button type="submit" className="kern-btn kern-btn--secondary" aria-disabled={busy || undefined}>
            <span className="kern-label">Notiz hinzufügen</span>
          </button>
        </form>
        <Loading data={data} error={error} what="Die Notizen">
          {(task) => task.notes.length === 0 ? <EmptyState>Zu dieser Aufgabe gibt es noch keine Notizen.</EmptyState> : (
            <ul className="task-notes">
              {task.notes.map((n) => (
                <li key={n.id} className="kern-body">
                  <strong>{formatDate(n.notedOn)}{n.author ? `, ${n.author}` : ''}:</strong> {n.text}
                </li>
              ))}
            </ul>
          )}
        </Loading>
        {failure && failure.code !== 'VALIDATION' ? <Alert variant="danger" title="Notiz nicht gespeichert" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      </div>
      <footer className="kern-dialog__footer">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">Schließen</span></button>
      </footer>
    </Dialog>
  );
}

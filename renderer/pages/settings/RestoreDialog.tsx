import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstant } from '../../format/date';
import { rememberRestore } from './restoreNotice';

type Backup = OutputOf<'backup.list'>[number];

/**
 * Restoring replaces every record, so the dialog says what happens to the current data before anything does.
 * After the restore the whole window reloads: no screen may keep showing data from before.
 */
export function RestoreDialog({ backup, onClose }: { backup: Backup; onClose(): void }) {
  const when = formatInstant(backup.createdAt);
  const restore = async () => {
    const result = await api.send('backup.restore', { path: backup.path });
    rememberRestore({ from: backup.fileName, when, safety: result.safetyBackup.path });
    window.location.reload();
  };
  return (
    <ConfirmDialog title="Sicherung wiederherstellen" confirmLabel="Wiederherstellen" failureTitle="Wiederherstellen nicht möglich"
      onConfirm={restore} onClose={onClose}>
      <p className="kern-body">
        Alle Daten werden durch den Stand der Sicherung vom {when} ersetzt ({backup.fileName}).
      </p>
      <p className="kern-body">
        Vorher sichert KIM Desk automatisch den aktuellen Stand. Diese Sicherung erscheint danach in der Liste; mit ihr lässt sich
        die Wiederherstellung rückgängig machen.
      </p>
    </ConfirmDialog>
  );
}

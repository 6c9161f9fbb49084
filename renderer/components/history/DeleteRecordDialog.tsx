import { dataChanged } from '../../api/changes';
import { ConfirmDialog } from '../ConfirmDialog';
import type { Deletion } from './UndoNotice';

interface DeleteRecordDialogProps {
  /** Dialog title, e.g. "Vereinbarung löschen". */
  title: string;
  /** The kind with its article, e.g. "die Vereinbarung". */
  theOne: string;
  deletion: Deletion;
  remove(): Promise<unknown>;
  /** After the delete: the page shows the undo message (it must outlive the row, so the page keeps it). */
  onDeleted(deletion: Deletion): void;
  onClose(): void;
}

/** Asks before deleting a record and says that the deletion can be undone. */
export function DeleteRecordDialog({ title, theOne, deletion, remove, onDeleted, onClose }: DeleteRecordDialogProps) {
  return (
    <ConfirmDialog title={title} confirmLabel="Löschen" failureTitle="Löschen nicht möglich" onClose={onClose}
      onConfirm={async () => {
        await remove();
        dataChanged();
        onDeleted(deletion);
      }}>
      <p className="kern-body">
        Möchten Sie {theOne} „{deletion.name}“ wirklich löschen? Die Löschung lässt sich anschließend rückgängig machen
        (auch später unter Einstellungen › Gelöschte Einträge).
      </p>
    </ConfirmDialog>
  );
}

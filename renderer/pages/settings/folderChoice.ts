import { electronBridge } from '../../api/bridge';

/** Whether a native folder dialog is available (desktop app) or the path must be typed (browser mode). */
export function canChooseFolder(): boolean {
  return electronBridge() !== undefined;
}

/** Opens the native folder dialog of the desktop app; undefined when the user cancels. */
export async function chooseFolder(): Promise<string | undefined> {
  const bridge = electronBridge();
  if (!bridge) return undefined;
  const result = (await bridge.invoke('shell.chooseFolder', { title: 'Ordner für die Sicherung wählen' })) as { path: string | null } | null;
  return result?.path ?? undefined;
}

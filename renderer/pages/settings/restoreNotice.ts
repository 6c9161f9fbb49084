const KEY = 'kim-desk.restored';

export interface RestoreNotice {
  from: string;
  when: string;
  safety: string;
}

/** Survives the reload after a restore, so the user still learns what happened and where the safety copy is. */
export function rememberRestore(notice: RestoreNotice): void {
  sessionStorage.setItem(KEY, JSON.stringify(notice));
}

export function takeRestoreNotice(): RestoreNotice | undefined {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return undefined;
  sessionStorage.removeItem(KEY);
  try {
    return JSON.parse(raw) as RestoreNotice;
  } catch {
    return undefined;
  }
}

import { useEffect, useState } from 'react';

/**
 * Shows a write's answer at once instead of waiting for the reload it triggers: the value set here wins until the
 * loaded data changes again (which then already contains the write).
 */
export function useLatest<T>(loaded: T | undefined): [T | undefined, (value: T) => void] {
  const [written, setWritten] = useState<T>();
  useEffect(() => setWritten(undefined), [loaded]);
  return [written ?? loaded, setWritten];
}

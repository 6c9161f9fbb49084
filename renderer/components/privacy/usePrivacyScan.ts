import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { ScanHit } from './privacySegments';

const DELAY_MS = 400;

/**
 * Runs the core's privacy guard over a text while the user types (debounced), and on demand right before saving.
 * The results always belong to the text they were computed for, so highlights never point at stale offsets.
 */
export function usePrivacyScan(text: string): { hits: ScanHit[]; scannedText: string; scanNow(): Promise<ScanHit[]> } {
  const [result, setResult] = useState<{ text: string; hits: ScanHit[] }>({ text: '', hits: [] });
  const latest = useRef(text);
  latest.current = text;

  useEffect(() => {
    if (text.trim() === '') {
      setResult({ text, hits: [] });
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.send('privacy.scan', { text }).then((hits) => {
        if (current && latest.current === text) setResult({ text, hits });
      }, () => { /* the save runs the same check in the core and reports there */ });
    }, DELAY_MS);
    return () => { current = false; clearTimeout(timer); };
  }, [text]);

  const scanNow = async (): Promise<ScanHit[]> => {
    const now = latest.current;
    if (now.trim() === '') return [];
    const hits = await api.send('privacy.scan', { text: now });
    if (latest.current === now) setResult({ text: now, hits });
    return hits;
  };

  const hits = result.text === text ? result.hits : [];
  return { hits, scannedText: result.text, scanNow };
}

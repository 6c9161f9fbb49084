import { useRef } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { AutoSaveTextarea } from '../../../../components/AutoSaveTextarea';

type Model = OutputOf<'minutes.get'>;
type Header = { author: string | null; preamble: string | null; closingText: string | null };
export type SaveHeader = (patch: Partial<Header>) => Promise<void>;

/**
 * minutes.update replaces all three header texts at once; one saver per minutes keeps the latest of each, so saving
 * the closing text never brings back an older opening text.
 */
export function useHeaderSaver(model: Model): SaveHeader {
  const current = useRef<Header>({ author: model.header.author, preamble: model.preamble, closingText: model.closingText });
  return async (patch) => {
    const next = { ...current.current, ...patch };
    await api.send('minutes.update', { meetingId: model.meetingId, ...next });
    current.current = next;
    dataChanged();
  };
}

/** Minute-taker and opening text of the draft. */
export function MinutesOpeningFields({ model, save }: { model: Model; save: SaveHeader }) {
  return (
    <div className="minutes-header">
      <AutoSaveTextarea label="Protokollführung" initial={model.header.author ?? ''} rows={1} save={(text) => save({ author: text || null })} />
      <AutoSaveTextarea label="Einleitung" initial={model.preamble ?? ''} rows={3} save={(text) => save({ preamble: text || null })}
        hint="Erscheint vor den Tagesordnungspunkten" />
    </div>
  );
}

export function MinutesClosingField({ model, save }: { model: Model; save: SaveHeader }) {
  return (
    <AutoSaveTextarea label="Schluss" initial={model.closingText ?? ''} rows={3} save={(text) => save({ closingText: text || null })}
      hint="z. B. Dank an die Teilnehmenden, nächster Termin" />
  );
}

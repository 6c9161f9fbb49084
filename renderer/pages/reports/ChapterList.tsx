import { useEffect, useState, type ReactNode } from 'react';
import type { InputOf, OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { enumOptions, useEnums } from '../../api/enums';
import { Alert } from '../../components/Alert';
import { AutoSaveTextarea } from '../../components/AutoSaveTextarea';

type Section = OutputOf<'reports.get'>['sections'][number];

const NARRATIVE_HINT = 'Leerzeilen trennen Absätze; Zeilen, die mit „- “ beginnen, werden Aufzählungspunkte. Der Text wird beim Verlassen des Feldes gespeichert.';

const SNAPSHOT_HINT = 'Zahlen und Tabellen kommen aus dem festgeschriebenen Zahlenstand.';

interface ChapterListProps {
  draftId: string;
  sections: readonly Section[];
  /** A published document: chapters are shown, nothing can be edited. */
  readOnly?: boolean;
  /** The checkbox that puts a chapter into the document, e.g. "Im Konzept". */
  inDocumentLabel?: string;
  /** What a chapter with generated content says about where that content comes from. */
  generatedHint?(section: Section): ReactNode;
}

/** The chapters in report order: whether each is in the report, its state of work, its position and the office's text. */
export function ChapterList({ draftId, sections, readOnly = false, inDocumentLabel = 'Im Bericht', generatedHint }: ChapterListProps) {
  const [failure, setFailure] = useState<ApiFailure>();

  const run = async (write: () => Promise<unknown>): Promise<boolean> => {
    setFailure(undefined);
    try {
      await write();
      dataChanged();
      return true;
    } catch (error) {
      setFailure(ApiFailure.from(error));
      return false;
    }
  };
  const change = (input: InputOf<'reports.updateSection'>) => run(() => api.send('reports.updateSection', input));
  const hintOf = (s: Section): ReactNode => s.generated ? generatedHint?.(s) ?? SNAPSHOT_HINT : null;
  const move = (index: number, by: -1 | 1) => {
    const ids = sections.map((s) => s.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    return run(() => api.send('reports.reorderSections', { draftId, sectionIds: ids }));
  };

  return (
    <section aria-labelledby="report-chapters-title">
      <h2 className="kern-heading-medium" id="report-chapters-title">Kapitel</h2>
      {failure ? (
        <Alert variant="danger" title="Die Änderung wurde nicht gespeichert" role="alert">
          <p className="kern-body">{failure.message}</p>
        </Alert>
      ) : null}
      <ol className="report-chapters">
        {sections.map((s, i) => (
          <li key={s.id} className={`report-chapter${s.enabled ? '' : ' report-chapter--off'}${s.parentKey ? ' report-chapter--sub' : ''}`}>
            {readOnly ? <ReadOnlyChapter section={s} inDocumentLabel={inDocumentLabel} hint={hintOf(s)} /> : (
              <Chapter section={s} first={i === 0} last={i === sections.length - 1} inDocumentLabel={inDocumentLabel} hint={hintOf(s)}
                onChange={change} onMove={(by) => move(i, by)} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

interface ChapterProps {
  section: Section;
  inDocumentLabel: string;
  hint: ReactNode;
  first: boolean;
  last: boolean;
  onChange(input: InputOf<'reports.updateSection'>): Promise<boolean>;
  onMove(by: -1 | 1): Promise<boolean>;
}

function Chapter({ section: s, first, last, inDocumentLabel, hint, onChange, onMove }: ChapterProps) {
  const enums = useEnums();
  const idBase = `chapter-${s.id}`;
  // Shown at once, confirmed by the reload after the save, and put back when the core refuses the change.
  const [enabled, setEnabled] = useState(s.enabled);
  const [status, setStatus] = useState(s.status);
  useEffect(() => setEnabled(s.enabled), [s.enabled]);
  useEffect(() => setStatus(s.status), [s.status]);
  const toggle = async (next: boolean) => {
    setEnabled(next);
    if (!await onChange({ id: s.id, enabled: next })) setEnabled(s.enabled);
  };
  const changeStatus = async (next: Section['status']) => {
    setStatus(next);
    if (!await onChange({ id: s.id, status: next })) setStatus(s.status);
  };
  return (
    <article aria-labelledby={`${idBase}-title`}>
      <div className="report-chapter__head">
        <h3 className="kern-heading-small report-chapter__title" id={`${idBase}-title`}>{s.title}</h3>
        <div className="report-chapter__moves">
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" disabled={first} onClick={() => void onMove(-1)}
            title={`Nach oben: ${s.title}`} aria-label={`Nach oben: ${s.title}`}>
            <span className="kern-icon kern-icon--arrow-up" aria-hidden="true" />
          </button>
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" disabled={last} onClick={() => void onMove(1)}
            title={`Nach unten: ${s.title}`} aria-label={`Nach unten: ${s.title}`}>
            <span className="kern-icon kern-icon--arrow-down" aria-hidden="true" />
          </button>
        </div>
      </div>
      <div className="report-chapter__settings">
        <div className="kern-form-check">
          <input id={`${idBase}-enabled`} type="checkbox" className="kern-form-check__checkbox" checked={enabled}
            onChange={(e) => void toggle(e.target.checked)} />
          <label className="kern-label" htmlFor={`${idBase}-enabled`}>{inDocumentLabel}<span className="visually-hidden">: {s.title}</span></label>
        </div>
        <div className="kern-form-input report-chapter__status">
          <label className="kern-label" htmlFor={`${idBase}-status`}>Status<span className="visually-hidden">: {s.title}</span></label>
          <div className="kern-form-input__select-wrapper">
            <select id={`${idBase}-status`} className="kern-form-input__select" value={status}
              onChange={(e) => void changeStatus(e.target.value as Section['status'])}>
              {enumOptions(enums, 'reportSectionStatus').map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          </div>
        </div>
        {hint ? <div className="kern-body kern-body--small report-chapter__generated">{hint}</div> : null}
      </div>
      <AutoSaveTextarea label={`Text: ${s.title}`} initial={s.narrative} rows={6} hint={NARRATIVE_HINT}
        save={(text) => api.send('reports.updateSection', { id: s.id, narrative: text })} />
    </article>
  );
}

/** A chapter of a published document: what it says, without controls. */
function ReadOnlyChapter({ section: s, inDocumentLabel, hint }: { section: Section; inDocumentLabel: string; hint: ReactNode }) {
  return (
    <article aria-labelledby={`chapter-${s.id}-title`}>
      <h3 className="kern-heading-small report-chapter__title" id={`chapter-${s.id}-title`}>{s.title}</h3>
      <p className="kern-body kern-body--small">{inDocumentLabel}: {s.enabled ? 'ja' : 'nein'} · Kapitelstatus: {s.statusLabel}</p>
      {hint ? <div className="kern-body kern-body--small report-chapter__generated">{hint}</div> : null}
      {s.narrative.trim()
        ? <p className="kern-body report-chapter__text">{s.narrative}</p>
        : <p className="kern-body kern-body--small report-preview__note">Kein eigener Text.</p>}
    </article>
  );
}

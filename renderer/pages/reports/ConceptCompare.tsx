import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { useApiData } from '../../api/useApiData';
import { Loading } from '../../components/Loading';
import { diffView, type DiffPart, type SectionView } from './conceptDiffView';
import { defaultComparison } from './conceptVersions';

type Version = OutputOf<'reports.list'>[number];

/** Two versions side by side in one text: what was inserted and deleted, section by section. */
export function ConceptCompare({ current, versions }: { current: Version; versions: readonly Version[] }) {
  const initial = defaultComparison(versions, current.id);
  const [fromId, setFromId] = useState(initial?.fromId ?? '');
  const [toId, setToId] = useState(initial?.toId ?? '');
  if (!initial) return <p className="kern-body empty-state">Zum Vergleich fehlt eine zweite Version des KIM-Konzepts.</p>;
  const label = (v: Version) => v.versionLabel ?? v.title;
  const select = (id: string, text: string, value: string, set: (v: string) => void) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>{text}</label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" value={value} onChange={(e) => set(e.target.value)}>
          {versions.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}
        </select>
      </div>
    </div>
  );
  return (
    <section className="concept-diff" aria-labelledby="concept-diff-title">
      <h2 className="kern-heading-medium" id="concept-diff-title">Vergleich zweier Versionen</h2>
      <div className="report-new__row">
        {select('concept-diff-from', 'Frühere Version', fromId, setFromId)}
        {select('concept-diff-to', 'Neuere Version', toId, setToId)}
      </div>
      <p className="kern-body kern-body--small concept-diff__legend">
        Eingefügter Text ist <ins className="concept-diff__ins">unterstrichen und grün hinterlegt</ins>, gelöschter Text{' '}
        <del className="concept-diff__del">durchgestrichen und rot hinterlegt</del>; Bildschirmleser lesen „eingefügt“ und „gelöscht“ vor.
      </p>
      {fromId === toId
        ? <p className="kern-body" role="status">Bitte wählen Sie zwei verschiedene Versionen.</p>
        : <DiffResult fromId={fromId} toId={toId} />}
    </section>
  );
}

function DiffResult({ fromId, toId }: { fromId: string; toId: string }) {
  const { data, error } = useApiData('reports.diff', { fromDraftId: fromId, toDraftId: toId });
  return (
    <Loading data={data} error={error} what="Der Vergleich">
      {(diff) => {
        const view = diffView(diff);
        return (
          <>
            <p className="kern-body" role="status">{view.summary}</p>
            {view.sections.map((s) => s.change === 'unchanged' ? (
              <details key={s.key} className="concept-diff__section concept-diff__section--unchanged">
                <summary className="kern-body">{s.title} – unverändert</summary>
                <SectionBody section={s} />
              </details>
            ) : (
              <section key={s.key} className={`concept-diff__section concept-diff__section--${s.change}`} aria-labelledby={`diff-${s.key}`}>
                <h3 className="kern-heading-small" id={`diff-${s.key}`}>
                  {s.title} <span className="concept-diff__badge">({s.changeLabel})</span>
                </h3>
                {s.titleBefore && s.change === 'changed' ? <p className="kern-body kern-body--small">Bisheriger Titel: {s.titleBefore}</p> : null}
                <SectionBody section={s} />
              </section>
            ))}
          </>
        );
      }}
    </Loading>
  );
}

function SectionBody({ section: s }: { section: SectionView }) {
  return (
    <>
      {s.paragraphs.length === 0 ? <p className="kern-body kern-body--small report-preview__note">Kein eigener Text.</p> : null}
      {s.paragraphs.map((p, i) => <p key={i} className="kern-body report-preview__paragraph">{p.map((part, j) => <Part key={j} part={part} />)}</p>)}
      {s.generatedChanges.length > 0 ? (
        <>
          <h4 className="kern-body kern-body--bold concept-diff__generated-title">Geänderte Angaben aus den erfassten Daten</h4>
          <ul className="kern-list kern-list--bullet concept-diff__generated">
            {s.generatedChanges.map((c, i) => (
              <li key={i} className="kern-body">
                {c.kind === 'added'
                  ? <ins className="concept-diff__ins">neu: {c.text}</ins>
                  : <del className="concept-diff__del">entfallen: {c.text}</del>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {s.generated && s.generatedChanges.length === 0 && s.change !== 'removed' && s.change !== 'added'
        ? <p className="kern-body kern-body--small">Die Angaben aus den erfassten Daten sind in beiden Versionen gleich.</p> : null}
    </>
  );
}

/** A run of text; inserted and deleted runs say so to screen readers, since underline and strike-through are not read out. */
function Part({ part }: { part: DiffPart }) {
  if (part.kind === 'same') return <>{part.text}</>;
  if (part.kind === 'added') {
    return <ins className="concept-diff__ins"><span className="visually-hidden">[eingefügt: </span>{part.text}<span className="visually-hidden">]</span></ins>;
  }
  return <del className="concept-diff__del"><span className="visually-hidden">[gelöscht: </span>{part.text}<span className="visually-hidden">]</span></del>;
}

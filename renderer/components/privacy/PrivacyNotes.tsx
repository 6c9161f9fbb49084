import { hitContext, hitCountText, type ScanHit } from './privacySegments';

interface PrivacyNotesProps {
  id: string;
  text: string;
  hits: readonly ScanHit[];
}

/**
 * What the privacy guard found in one field, right under it: per finding its explanation and the passage in context,
 * the passage marked with <mark> and named in words, so it never depends on colour alone.
 */
export function PrivacyNotes({ id, text, hits }: PrivacyNotesProps) {
  if (hits.length === 0) return null;
  return (
    <div className="privacy-notes" id={id}>
      <p className="kern-body privacy-notes__title">
        <span className="kern-icon kern-icon--warning kern-icon--small" aria-hidden="true" />
        Datenschutz-Prüfung: {hitCountText(hits.length)}
      </p>
      <ul className="privacy-notes__list">
        {hits.map((hit) => {
          const c = hitContext(text, hit);
          return (
            <li key={`${hit.kind}-${hit.start}-${hit.end}`} className={`privacy-note privacy-note--${hit.severity}`}>
              <span className="privacy-note__explanation">
                {hit.severity === 'low' ? 'Hinweis: ' : 'Achtung: '}{hit.explanation}
              </span>
              <span className="privacy-note__context">
                Fundstelle: {c.before}<mark className="privacy-mark">{c.match}</mark>{c.after}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

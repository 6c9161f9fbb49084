import type { SearchHit } from './hitPath';

type TextPart = SearchHit['title'][number];

/** Text with the words the search matched marked; the core says which parts matched. */
export function HighlightedText({ parts }: { parts: readonly TextPart[] }) {
  return <>{parts.map((p, i) => (p.match ? <mark key={i} className="search-mark">{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words with the whitespace after them, so joining the parts gives the text back exactly. */
const tokens = (text: string) => text.match(/\S+\s*|\s+/g) ?? [];

/** Beyond this many cells the comparison would cost too much memory; the text is then shown as replaced whole. */
const MAX_CELLS = 4_000_000;

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out.at(-1);
    if (last && last.kind === p.kind) last.text += p.text;
    else if (p.text) out.push({ ...p });
  }
  return out;
}

/** Word-level difference of two texts (longest common subsequence of words). */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS) return merge([{ kind: 'removed', text: before }, { kind: 'added', text: after }]);
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  const same = (i: number, j: number) => a[i].trimEnd() === b[j].trimEnd();
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = same(i, j) ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(i, j)) { parts.push({ kind: 'same', text: b[j] }); i++; j++; }
    else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) parts.push({ kind: 'removed', text: a[i++] });
    else parts.push({ kind: 'added', text: b[j++] });
  }
  while (i < a.length) parts.push({ kind: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ kind: 'added', text: b[j++] });
  return merge(parts);
}

/**
 * Reading docx's formatted body (the objects it turns into document.xml): each element is an object with one key,
 * its tag, holding either its children (an array, attributes in an `{ _attr }` entry, text as strings) or just
 * `{ _attr }`.
 */
export type XmlElement = Record<string, unknown>;

const isObject = (value: unknown): value is XmlElement => typeof value === 'object' && value !== null && !Array.isArray(value);

export function tagOf(element: XmlElement): string {
  for (const key in element) if (key !== '_attr') return key;
  return '';
}

function contentOf(element: XmlElement): unknown {
  return element[tagOf(element)];
}

/** Child elements, in order (attributes and text left out). */
export function childrenOf(element: XmlElement): XmlElement[] {
  const content = contentOf(element);
  return Array.isArray(content) ? content.filter((c): c is XmlElement => isObject(c) && !('_attr' in c && Object.keys(c).length === 1)) : [];
}

export function attributesOf(element: XmlElement | undefined): Record<string, unknown> {
  if (!element) return {};
  const content = contentOf(element);
  if (Array.isArray(content)) {
    const entry = content.find((c) => isObject(c) && '_attr' in c) as { _attr?: Record<string, unknown> } | undefined;
    return entry?._attr ?? {};
  }
  return isObject(content) && isObject(content._attr) ? content._attr : {};
}

/** Text written in the element itself (`w:t`, `w:instrText`). */
export function textOf(element: XmlElement): string {
  const content = contentOf(element);
  return Array.isArray(content) ? content.filter((c): c is string => typeof c === 'string').join('') : '';
}

export function childNamed(element: XmlElement | undefined, tag: string): XmlElement | undefined {
  if (!element) return undefined;
  const content = contentOf(element);
  if (!Array.isArray(content)) return undefined;
  for (const child of content) if (isObject(child) && tag in child) return child;
  return undefined;
}

export function numberAttribute(element: XmlElement | undefined, name: string): number | undefined {
  const value = attributesOf(element)[name];
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (`<w:b/>`, `<w:keepNext w:val="false"/>`): undefined when absent. */
export function onOff(parent: XmlElement | undefined, tag: string): boolean | undefined {
  const element = childNamed(parent, tag);
  if (!element) return undefined;
  const value = attributesOf(element)['w:val'];
  return !(value === false || value === 0 || value === '0' || value === 'false' || value === 'off');
}

/** Counts elements with one of the tags anywhere below, stopping once `limit` is reached (a cheap size check). */
export function countElements(root: XmlElement, tags: ReadonlySet<string>, limit: number): number {
  let count = 0;
  const stack: XmlElement[] = [root];
  while (stack.length > 0 && count < limit) {
    const element = stack.pop()!;
    if (tags.has(tagOf(element))) count++;
    stack.push(...childrenOf(element));
  }
  return count;
}

/**
 * A minimal RFC 5545 reader, independent of the library that wrote the file: unfolds continuation lines
 * (CRLF + space/tab), splits name, parameters and value, unescapes text, and nests BEGIN/END components.
 * Enough to check what a calendar program will read; not a general parser (no quoted ';' inside parameters).
 */
export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  type: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

export function unfold(text: string): string[] {
  if (/[^\r]\n/.test(text)) throw new Error('Lines must end with CRLF');
  return text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

const unescapeText = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

/** The ':' that ends name and parameters: the first one outside a quoted parameter value. */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) return i;
  }
  throw new Error(`No value in line: ${line}`);
}

export function parseLine(line: string): IcsProperty {
  const colon = valueStart(line);
  const head = line.slice(0, colon);
  const [name, ...paramParts] = head.split(';');
  const params = Object.fromEntries(paramParts.map((p) => {
    const [key, ...rest] = p.split('=');
    return [key.toUpperCase(), rest.join('=').replace(/^"|"$/g, '')];
  }));
  return { name: name.toUpperCase(), params, value: unescapeText(line.slice(colon + 1)) };
}

export function parseIcs(text: string): IcsComponent {
  const root: IcsComponent = { type: 'ROOT', properties: [], components: [] };
  const stack = [root];
  for (const line of unfold(text)) {
    const prop = parseLine(line);
    const current = stack[stack.length - 1];
    if (prop.name === 'BEGIN') {
      const child: IcsComponent = { type: prop.value, properties: [], components: [] };
      current.components.push(child);
      stack.push(child);
    } else if (prop.name === 'END') {
      if (current.type !== prop.value) throw new Error(`END:${prop.value} closes ${current.type}`);
      stack.pop();
    } else current.properties.push(prop);
  }
  if (stack.length !== 1) throw new Error(`Unclosed component ${stack[stack.length - 1].type}`);
  return root;
}

export function find(component: IcsComponent, type: string): IcsComponent[] {
  return component.components.flatMap((c) => [...(c.type === type ? [c] : []), ...find(c, type)]);
}

export function prop(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.properties.find((p) => p.name === name);
}

import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer boundaries, enforced by reading every import (Signal Desktop does this with a lint rule):
 * only electron/ talks to Electron; db/ and scripts/ know nothing of React, the renderer or the shell;
 * the renderer runs in a sandboxed page and takes nothing from db/ or electron/ but types.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED_DIRS = ['electron', 'renderer', 'db', 'scripts', 'tests'];
const SOURCE = /\.(ts|tsx|mts|cts|js|cjs|mjs)$/;
const MAX_LINES = 400;

// ---- a small lexer: enough of TS/JS to tell real imports from comments, strings and templates ----

interface Token { kind: 'id' | 'str' | 'punct'; value: string; line: number }

const REGEX_AFTER = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await', 'instanceof']);

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; i < to && i < src.length; i++) if (src[i] === '\n') line++;
  };
  const skipTemplate = (): void => {
    advance(i + 1);
    while (i < src.length && src[i] !== '`') {
      if (src[i] === '\\') advance(i + 2);
      else if (src[i] === '$' && src[i + 1] === '{') {
        advance(i + 2);
        for (let depth = 1; i < src.length && depth > 0;) {
          if (src[i] === '`') {
            skipTemplate();
            continue;
          }
          if (src[i] === '{') depth++;
          else if (src[i] === '}') depth--;
          advance(i + 1);
        }
      } else advance(i + 1);
    }
    advance(i + 1);
  };
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (/\s/.test(c)) advance(i + 1);
    else if (c === '/' && next === '/') advance(src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i));
    else if (c === '/' && next === '*') advance(src.indexOf('*/', i + 2) === -1 ? src.length : src.indexOf('*/', i + 2) + 2);
    else if (c === '`') skipTemplate();
    else if (c === '"' || c === "'") {
      const start = line;
      let j = i + 1;
      let value = '';
      // A stray quote (JSX text) ends at the line break instead of swallowing the file.
      while (j < src.length && src[j] !== c && src[j] !== '\n') {
        if (src[j] === '\\') j++;
        value += src[j];
        j++;
      }
      advance(j + 1);
      tokens.push({ kind: 'str', value, line: start });
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[\w$]+/.exec(src.slice(i, i + 200))![0];
      tokens.push({ kind: 'id', value: word, line });
      advance(i + word.length);
    } else if (c === '/') {
      const prev = tokens.at(-1);
      const startsRegex = !prev || (prev.kind === 'punct' && !')]}'.includes(prev.value)) || (prev.kind === 'id' && REGEX_AFTER.has(prev.value));
      if (!startsRegex) {
        tokens.push({ kind: 'punct', value: c, line });
        advance(i + 1);
        continue;
      }
      let j = i + 1;
      for (let inClass = false; j < src.length && src[j] !== '\n' && (inClass || src[j] !== '/'); j++) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
      }
      advance(j + 1);
    } else {
      tokens.push({ kind: 'punct', value: c, line });
      advance(i + 1);
    }
  }
  return tokens;
}

// ---- imports ----

export interface ImportRef {
  specifier: string;
  line: number;
  /** `import type …` / `export type … from`: erased entirely at build time. */
  typeOnly: boolean;
  /** `import { type A, type B }`: only types named, but verbatimModuleSyntax keeps the import itself. */
  inlineTypesOnly: boolean;
  kind: 'static' | 'dynamic' | 'require';
}

function inlineTypesOnly(clause: Token[]): boolean {
  if (clause[0]?.value !== '{') return false;
  const elements: Token[][] = [[]];
  for (const token of clause.slice(1, -1)) {
    if (token.value === ',') elements.push([]);
    else elements.at(-1)!.push(token);
  }
  const named = elements.filter((e) => e.length > 0);
  return named.length > 0 && named.every((e) => e[0].value === 'type' && e.length > 1);
}

export function scanImports(src: string): ImportRef[] {
  const t = tokenize(src);
  const refs: ImportRef[] = [];
  const is = (k: number, value: string) => t[k]?.value === value && t[k].kind !== 'str';
  for (let i = 0; i < t.length; i++) {
    if (t[i].kind !== 'id' || is(i - 1, '.')) continue;
    const word = t[i].value;
    const ref = (specifier: string, kind: ImportRef['kind'], typeOnly = false, inline = false) =>
      refs.push({ specifier, line: t[i].line, typeOnly, inlineTypesOnly: inline, kind });
    if ((word === 'require' || word === 'import') && is(i + 1, '(') && t[i + 2]?.kind === 'str') {
      ref(t[i + 2].value, word === 'require' ? 'require' : 'dynamic');
    } else if (word === 'import' && t[i + 1]?.kind === 'str') {
      ref(t[i + 1].value, 'static');
    } else if ((word === 'import' && !is(i + 1, '.') && !is(i + 1, '(')) || (word === 'export' && (is(i + 1, '{') || is(i + 1, '*') || (is(i + 1, 'type') && (is(i + 2, '{') || is(i + 2, '*')))))) {
      const typeOnly = is(i + 1, 'type') && !is(i + 2, 'from') && !is(i + 2, ',') && !is(i + 2, '=');
      let j = i + 1;
      while (j < t.length && j < i + 400 && !is(j, ';') && !(is(j, 'from') && t[j + 1]?.kind === 'str')) {
        if (word === 'import' && is(j, '=')) break;
        j++;
      }
      if (is(j, 'from') && t[j + 1]?.kind === 'str') {
        const clause = t.slice(typeOnly ? i + 2 : i + 1, j);
        ref(t[j + 1].value, 'static', typeOnly, !typeOnly && inlineTypesOnly(clause));
        i = j + 1;
      }
    }
  }
  return refs;
}

// ---- rules ----

const isBare = (spec: string) => !spec.startsWith('.') && !spec.startsWith('/');
const packageIs = (spec: string, ...names: string[]) => names.some((n) => spec === n || spec.startsWith(`${n}/`));
const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);

/** The rule broken by one import of file (repo-relative, '/'-separated), or undefined. */
export function violation(file: string, ref: ImportRef): string | undefined {
  const { specifier: spec } = ref;
  const area = file.split('/')[0];
  const target = isBare(spec) ? undefined : path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  if (isBare(spec) && packageIs(spec, 'electron') && area !== 'electron') return 'only electron/ may import Electron';
  if (area === 'db' || area === 'scripts') {
    if (isBare(spec) && packageIs(spec, 'react', 'react-dom')) return `${area}/ must not import React`;
    if (target?.startsWith('renderer/')) return `${area}/ must not import renderer code`;
    if (area === 'db' && target?.startsWith('electron/')) return 'the core must not depend on the shell';
  }
  // Build configs in renderer/ run in Node at build time, not in the page.
  if (area === 'renderer' && !/\.config\.[cm]?ts$/.test(file)) {
    if (isBare(spec) && isNodeBuiltin(spec)) return 'the renderer runs in a sandboxed page: no Node built-ins';
    if (isBare(spec) && packageIs(spec, 'better-sqlite3', 'drizzle-orm', 'docx')) return 'the renderer must not import core libraries';
    if (target?.startsWith('db/') || target?.startsWith('electron/')) {
      if (ref.inlineTypesOnly) return 'use `import type { … }`: inline `type` specifiers keep a runtime import';
      if (!ref.typeOnly) return `the renderer may take only types from ${target.split('/')[0]}/ (use \`import type\`)`;
    }
  }
  return undefined;
}

function sourceFiles(): string[] {
  const files: string[] = readdirSync(ROOT).filter((f) => SOURCE.test(f));
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(rel);
      else if (entry.isFile() && SOURCE.test(entry.name)) files.push(rel);
    }
  };
  for (const dir of SCANNED_DIRS) walk(dir);
  return files;
}

// ---- the specification ----

describe('scanImports', () => {
  it('finds every kind of import with its line', () => {
    const src = `import a from 'a';\nimport {\n  b,\n  c,\n} from "b";\nimport * as d from 'd';\nimport 'side';\n`
      + `export * from 'e';\nexport { f } from 'f';\nconst g = await import('g');\nconst h = require('h');\nimport i = require('i');\n`;
    expect(scanImports(src).map((r) => `${r.line}:${r.kind}:${r.specifier}`)).toEqual([
      '1:static:a', '2:static:b', '6:static:d', '7:static:side', '8:static:e', '9:static:f', '10:dynamic:g', '11:require:h', '12:require:i',
    ]);
  });

  it('tells type-only imports from inline type specifiers and value imports', () => {
    const refs = scanImports(`import type { A } from 'x';\nimport type * as B from 'x';\nexport type { C } from 'x';\n`
      + `import { type D, type E } from 'x';\nimport { type F, g } from 'x';\nimport H, { type I } from 'x';\n`);
    expect(refs.map((r) => [r.typeOnly, r.inlineTypesOnly])).toEqual([
      [true, false], [true, false], [true, false], [false, true], [false, false], [false, false],
    ]);
  });

  it('ignores comments, strings, templates, regexes, import.meta and vi.mock', () => {
    const src = `// import a from 'a'\n/* require('b') */\nconst s = "import c from 'c'";\nconst t = \`\${x} import d from 'd' \${\`\${y}\`}\`;\n`
      + `const r = /import e from 'e'/g;\nconst u = import.meta.url;\nvi.mock('electron');\nobj.require('f');\nimport real from 'real';\n`;
    expect(scanImports(src).map((r) => `${r.line}:${r.specifier}`)).toEqual(['9:real']);
  });
});

describe('violation', () => {
  const ref = (specifier: string, typeOnly = false, inline = false): ImportRef =>
    ({ specifier, line: 1, typeOnly, inlineTypesOnly: inline, kind: 'static' });

  it('keeps Electron inside electron/', () => {
    expect(violation('electron/main.ts', ref('electron'))).toBeUndefined();
    for (const file of ['db/core/x.ts', 'renderer/x.tsx', 'scripts/x.ts', 'tests/x.test.ts']) {
      expect(violation(file, ref('electron', true)), file).toMatch(/only electron/);
    }
  });

  it('keeps React, the renderer and the shell out of db/ and scripts/', () => {
    expect(violation('db/api/x.ts', ref('react'))).toMatch(/React/);
    expect(violation('scripts/x.ts', ref('react-dom/client'))).toMatch(/React/);
    expect(violation('scripts/x.ts', ref('../renderer/App', true))).toMatch(/renderer/);
    expect(violation('db/core/x.ts', ref('../../electron/guards'))).toMatch(/shell/);
    expect(violation('db/core/x.ts', ref('../api/errors'))).toBeUndefined();
  });

  it('lets the renderer take only types from db/ and electron/, and nothing from Node or core libraries', () => {
    expect(violation('renderer/api.ts', ref('../db/api/contract', true))).toBeUndefined();
    expect(violation('renderer/api.ts', ref('../db/api/contract'))).toMatch(/only types/);
    expect(violation('renderer/api.ts', ref('../electron/contract', false, true))).toMatch(/import type/);
    expect(violation('renderer/a/b.tsx', ref('../../db/domain/labels'))).toMatch(/only types/);
    for (const spec of ['node:fs', 'fs', 'path', 'fs/promises', 'better-sqlite3', 'drizzle-orm/sqlite-core', 'docx']) {
      expect(violation('renderer/x.ts', ref(spec)), spec).toBeDefined();
    }
    expect(violation('renderer/vite.config.ts', ref('node:url'))).toBeUndefined();
    expect(violation('renderer/x.tsx', ref('react'))).toBeUndefined();
  });
});

describe('the code base', () => {
  const files = sourceFiles();

  it('is scanned (the scanner sees the layers and their imports)', () => {
    expect(files).toEqual(expect.arrayContaining(['electron/main.ts', 'db/core/createCore.ts', 'tests/architecture.test.ts']));
    const mainImports = scanImports(readFileSync(path.join(ROOT, 'electron/main.ts'), 'utf8')).map((r) => r.specifier);
    expect(mainImports).toEqual(expect.arrayContaining(['electron', '../db/core/createCore']));
  });

  it('keeps every layer boundary', () => {
    const offences = files.flatMap((file) => scanImports(readFileSync(path.join(ROOT, file), 'utf8'))
      .map((ref) => ({ ref, rule: violation(file, ref) }))
      .filter(({ rule }) => rule !== undefined)
      .map(({ ref, rule }) => `${file}:${ref.line} '${ref.specifier}' – ${rule}`));
    expect(offences, `Layer boundaries broken:\n${offences.join('\n')}`).toEqual([]);
  });

  it(`has no source file in db/, electron/ or renderer/ over ${MAX_LINES} lines (aim for 300)`, () => {
    const long = files
      .filter((f) => /^(db|electron|renderer)\//.test(f) && /\.tsx?$/.test(f))
      .map((f) => ({ f, lines: readFileSync(path.join(ROOT, f), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long, `Split these files:\n${long.join('\n')}`).toEqual([]);
  });
});

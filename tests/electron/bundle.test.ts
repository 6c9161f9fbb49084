import { builtinModules } from 'node:module';
import { build, type BuildResult } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { electronBuilds, rendererInputs } from '../../scripts/build-electron';

/** Builds in memory exactly as `npm run build:electron` does and inspects what would ship. */
async function bundle(name: keyof typeof electronBuilds) {
  const result: BuildResult<{ write: false; metafile: true }> = await build({
    ...electronBuilds[name], write: false, metafile: true, logLevel: 'silent',
  });
  expect(result.outputFiles).toHaveLength(1);
  const code = result.outputFiles[0].text;
  const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
  return { code, required: [...new Set(required)], metafile: result.metafile };
}

const isBuiltin = (id: string) => id.startsWith('node:') || builtinModules.includes(id);

describe('the preload bundle', () => {
  let preload: Awaited<ReturnType<typeof bundle>>;
  beforeAll(async () => {
    preload = await bundle('preload');
  });

  it('is one CommonJS file that requires nothing but electron (a sandboxed preload can load no other file)', () => {
    expect(electronBuilds.preload.format).toBe('cjs');
    expect(electronBuilds.preload.outfile).toBe('dist/electron/preload.cjs');
    expect(preload.required).toEqual(['electron']);
    expect(preload.code).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe('the main bundle', () => {
  let main: Awaited<ReturnType<typeof bundle>>;
  beforeAll(async () => {
    main = await bundle('main');
  }, 60_000);

  it('is CommonJS for Node 20 at the path package.json names as "main"', () => {
    expect(electronBuilds.main).toMatchObject({ format: 'cjs', platform: 'node', target: 'node20', outfile: 'dist/electron/main.cjs' });
  });

  it('leaves only electron, the native addons and Node built-ins to run time', () => {
    const outside = main.required.filter((id) => !isBuiltin(id));
    expect(outside.sort()).toEqual(['@resvg/resvg-js', 'better-sqlite3', 'electron']);
  });

  it('contains the core but no renderer code', () => {
    const inputs = Object.keys(main.metafile.inputs);
    expect(inputs).toContain('db/core/createCore.ts');
    expect(rendererInputs(main.metafile)).toEqual([]);
  });

  it('rendererInputs recognises renderer files and React', () => {
    const fake = { inputs: { 'renderer/main.tsx': {}, 'node_modules/react/index.js': {}, 'db/api/errors.ts': {} }, outputs: {} };
    expect(rendererInputs(fake as never)).toEqual(['renderer/main.tsx', 'node_modules/react/index.js']);
  });
});

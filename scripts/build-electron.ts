import { build, type BuildOptions, type Metafile } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Bundles the shell: main → dist/electron/main.cjs (core included; better-sqlite3 stays a real
 * module because it is native), preload → dist/electron/preload.cjs (one file: a sandboxed preload
 * cannot require anything but a few Electron modules).
 */

const root = fileURLToPath(new URL('..', import.meta.url));

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  metafile: true,
  logLevel: 'warning',
  // createCore's default migrations folder uses import.meta.url, which is empty in CJS. main.ts always
  // passes the folder inside the app, so that fallback is never reached in the bundle.
  logOverride: { 'empty-import-meta': 'silent' },
};

export const electronBuilds: Record<'main' | 'preload', BuildOptions> = {
  main: {
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    // Native addons stay in node_modules (unpacked from the asar); esbuild cannot bundle .node files.
    external: ['electron', 'better-sqlite3', '@resvg/resvg-js'],
  },
  preload: {
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    external: ['electron'],
  },
};

/** The renderer's code must never end up in the main process or the preload. */
export function rendererInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((input) =>
    input.startsWith('renderer/') || /node_modules\/(react|react-dom|scheduler)\//.test(input));
}

async function main(): Promise<void> {
  for (const [name, options] of Object.entries(electronBuilds)) {
    const result = await build(options);
    const leaked = rendererInputs(result.metafile!);
    if (leaked.length > 0) throw new Error(`${name} bundles renderer code: ${leaked.join(', ')}`);
    const bytes = Object.values(result.metafile!.outputs).reduce((sum, output) => sum + output.bytes, 0);
    console.log(`${name}: ${options.outfile} (${Math.round(bytes / 1024)} KiB)`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

'use strict';

/**
 * electron-builder beforePack hook. npmRebuild is off (electron-builder's own rebuild has silently
 * broken better-sqlite3 in node_modules), so this rebuilds exactly better-sqlite3 for the Electron
 * version and platform being packaged, using @electron/rebuild (prebuilt binary when one exists).
 *
 * Afterwards node_modules holds the Electron build of better-sqlite3: run `npm rebuild better-sqlite3`
 * before running the tests with Node again.
 */

const path = require('node:path');

// builder-util's Arch enum: ia32 = 0, x64 = 1, armv7l = 2, arm64 = 3, universal = 4.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

function archName(arch) {
  const name = typeof arch === 'number' ? ARCH_NAMES[arch] : arch;
  if (typeof name !== 'string' || name === 'universal') throw new Error(`beforePack: unsupported arch ${String(arch)}`);
  return name;
}

function electronVersionOf(packager, appDir) {
  const configured = packager.config && packager.config.electronVersion;
  if (configured) return configured;
  return require(path.join(appDir, 'node_modules', 'electron', 'package.json')).version;
}

/** The @electron/rebuild options for one beforePack context (pure, tested in tests/electron). */
function rebuildOptions(context) {
  const packager = context.packager;
  const appDir = (packager.info && packager.info.appDir) || packager.projectDir;
  return {
    buildPath: appDir,
    electronVersion: electronVersionOf(packager, appDir),
    platform: context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName,
    arch: archName(context.arch),
    onlyModules: ['better-sqlite3'],
    force: true,
    mode: 'sequential',
  };
}

async function beforePack(context) {
  const options = rebuildOptions(context);
  const { rebuild } = await import('@electron/rebuild');
  console.log(`  • rebuilding better-sqlite3 for Electron ${options.electronVersion} (${options.platform}-${options.arch})`);
  await rebuild(options);
  console.log('  • node_modules/better-sqlite3 is now built for Electron; run `npm rebuild better-sqlite3` before testing with Node');
}

exports.default = beforePack;
exports.rebuildOptions = rebuildOptions;

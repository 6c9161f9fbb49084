import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBuilds } from '../../scripts/build-electron';

/**
 * electron-builder is never run here (it needs Electron's binaries); instead its own schema checks
 * the file and these tests pin the security-relevant settings.
 */

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
// js-yaml and app-builder-lib come with electron-builder; electron-builder reads the file with the same js-yaml.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};

interface TargetEntry { target: string; arch: string[] }
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  beforePack: string;
  electronFuses: Record<string, boolean>;
  win: { target: TargetEntry[] };
  linux: { target: TargetEntry[]; category: string; maintainer: string };
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const noDebug = { isEnabled: false, add() {} };

describe('electron-builder.yml', () => {
  it('is valid for electron-builder 26 (its own schema rejects misspelt options)', async () => {
    await expect(validateConfiguration(config, noDebug)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, electronFuses: { runAsnode: false } }, noDebug)).rejects.toThrow();
  });

  it('names the app', () => {
    expect(config.appId).toBe('de.kim-desk.app');
    expect(config.productName).toBe('KIM Desk');
    expect(config.directories.output).toBe('release');
  });

  it('flips the fuses that turn the packaged app back into a general Node runtime off', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into asar with native modules unpacked, and leaves the rebuild to the beforePack hook', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe('./scripts/electron-before-pack.cjs');
    expect(existsSync(path.join(root, config.beforePack))).toBe(true);
  });

  it('ships the bundles, the renderer, the migrations and package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'db/migrations/**/*', 'package.json']));
    const migrations = readdirSync(path.join(root, 'db', 'migrations'));
    expect(migrations.some((f) => f.endsWith('.sql'))).toBe(true);
    expect(existsSync(path.join(root, 'db', 'migrations', 'meta', '_journal.json'))).toBe(true);
  });

  it('starts the file the build writes', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe(electronBuilds.main.outfile);
    expect(pkg.main.startsWith('dist/')).toBe(true);
  });

  it('builds NSIS and MSI for Windows, AppImage and deb for Linux, all x64', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }, { target: 'msi', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }]);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });
});

describe('the beforePack hook', () => {
  const hook = require(path.join(root, 'scripts/electron-before-pack.cjs')) as {
    default: unknown;
    rebuildOptions(context: unknown): Record<string, unknown>;
  };
  const context = (platform: string, arch: number, electronVersion?: string) => ({
    electronPlatformName: platform,
    arch,
    packager: { projectDir: root, info: { appDir: root }, config: { electronVersion } },
  });

  it('is what electron-builder calls: the default export is a function', () => {
    expect(typeof hook.default).toBe('function');
  });

  it('rebuilds only better-sqlite3, for the target platform, arch and Electron version', () => {
    expect(hook.rebuildOptions(context('win32', 1, '41.10.0'))).toEqual({
      buildPath: root,
      electronVersion: '41.10.0',
      platform: 'win32',
      arch: 'x64',
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
    });
    expect(hook.rebuildOptions(context('linux', 3, '41.10.0'))).toMatchObject({ platform: 'linux', arch: 'arm64' });
  });

  it('falls back to the installed electron version when the config names none', () => {
    const installed = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    expect(hook.rebuildOptions(context('linux', 1)).electronVersion).toBe(installed);
  });

  it('refuses a universal build it cannot produce', () => {
    expect(() => hook.rebuildOptions(context('darwin', 4, '41.10.0'))).toThrow(/arch/);
  });
});

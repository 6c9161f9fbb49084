/**
 * Browser mode: the same core and renderer as the desktop app, served on 127.0.0.1 for trying KIM Desk
 * where Electron cannot run and for the browser tests.
 *   npm run serve                      fresh temp folder with demo data, port 5174
 *   KIM_DATA_DIR=/path npm run serve   that data folder (created if missing, left empty on first run)
 *   PORT=0 / KIM_CLOCK=2025-06-15T10:00:00Z / --rebuild
 *   KIM_KEY_FILE=/path/dev.key         a development key store (plain hex file, NOT protected) so encryption at rest
 *                                      can be tried in the browser; without it the settings page explains that
 *                                      encryption needs the desktop app and its OS credential store
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../db/core/createCore';
import { startHttpServer } from '../db/http/server';
import { fixedClock, systemClock } from '../db/domain/clock';
import { createDevFileKeyStore } from '../db/services/encryption/fileKeyStore';

const root = resolve(import.meta.dirname, '..');
const staticDir = join(root, 'dist', 'renderer');

if (process.argv.includes('--rebuild') || !existsSync(join(staticDir, 'index.html'))) {
  console.log('Baue die Oberfläche …');
  const build = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const fresh = !process.env.KIM_DATA_DIR;
const dataDir = process.env.KIM_DATA_DIR ? resolve(process.env.KIM_DATA_DIR) : mkdtempSync(join(tmpdir(), 'kim-desk-'));
const clock = process.env.KIM_CLOCK ? fixedClock(process.env.KIM_CLOCK) : systemClock;
const keyStore = process.env.KIM_KEY_FILE ? createDevFileKeyStore(resolve(process.env.KIM_KEY_FILE)) : undefined;
const core = await createCore({ dataDir, user: process.env.KIM_USER ?? userInfo().username, clock, keyStore });

if (fresh) {
  await core.call('setup.initialize', { officeName: 'Kreis Euskirchen – Kommunales Integrationszentrum (Demo)', demo: true });
}

const server = await startHttpServer({ core, port: Number(process.env.PORT ?? 5174), staticDir });
console.log(`KIM Desk läuft auf ${server.url}`);
console.log(`Datenordner: ${dataDir}${fresh ? ' (neu, mit Demodaten)' : ''}`);
if (keyStore) console.log(`Entwicklungs-Schlüsseldatei (ungeschützt): ${resolve(process.env.KIM_KEY_FILE!)}`);

const stop = async () => {
  await server.close();
  core.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

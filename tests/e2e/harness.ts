import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createCore, type Core } from '../../db/core/createCore';
import { startHttpServer, type RunningServer } from '../../db/http/server';
import { createClient } from '../../db/api/client';
import type { ApiClient } from '../../db/api/contract';
import { fixedClock } from '../../db/domain/clock';
import type { KeyStore } from '../../db/services/encryption/keyStore';

const ROOT = resolve(import.meta.dirname, '../..');
const STATIC_DIR = join(ROOT, 'dist/renderer');
const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // The offices run German Windows; date fields then show dd.mm.yyyy, as they do here.
  '--lang=de-DE',
];

/** A day inside the demo Kreis's timeline: its last meeting held, its next one planned. */
export const DEFAULT_NOW = '2026-11-16T08:00:00Z';

/** The office every prepared test starts with. */
export const OFFICE = 'Kreis Euskirchen – Kommunales Integrationszentrum';

export interface E2eApp {
  readonly url: string;
  readonly page: Page;
  /** The same core the browser talks to, called directly (setup and checks behind the UI's back). */
  readonly api: ApiClient;
  /** Uncaught errors and console errors of the page; a spec asserts it stays empty. */
  readonly pageErrors: string[];
  /** Opens a route ('/stammdaten/kommunen') and waits until its h1 is shown. */
  open(path?: string): Promise<void>;
  /** Moves the core's clock ("today") for the rest of the test, e.g. from the invitation to the meeting day. */
  setNow(iso: string): void;
  /** Runs axe-core with the WCAG 2.0/2.1 A and AA rules; fails on serious or critical violations. */
  checkAccessibility(name: string): Promise<void>;
  /** Saves test-results/screenshots/<name>.png; the whole page unless a dialog should be shown as the user sees it. */
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** 'none': first start; 'empty': office named, no data; 'demo': office named with the demo Kreis. */
  setup?: 'none' | 'empty' | 'demo';
  now?: string;
  viewport?: { width: number; height: number };
  /** Where the core keeps the database key; none by default, as in browser mode. */
  keyStore?: KeyStore;
}

/**
 * A core on a fresh temp data folder, the HTTP server in this process serving the built renderer,
 * and a headless Debian Chromium with its own fresh profile.
 */
export async function startApp(options: StartOptions = {}): Promise<E2eApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kim-e2e-data-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'kim-e2e-profile-'));
  let core: Core | undefined;
  let server: RunningServer | undefined;
  let context: BrowserContext | undefined;
  try {
    let clock = fixedClock(options.now ?? DEFAULT_NOW);
    core = await createCore({ dataDir, user: 'e2e', clock: { now: () => clock.now() }, keyStore: options.keyStore });
    const c = core;
    const api = createClient((method, input) => c.call(method, input));
    if (options.setup && options.setup !== 'none') {
      await api.send('setup.initialize', { officeName: OFFICE, demo: options.setup === 'demo' });
    }
    server = await startHttpServer({ core, port: 0, staticDir: STATIC_DIR });
    // Playwright wants the profile as launchPersistentContext's argument rather than a --user-data-dir flag.
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      // The page's CSP forbids inline scripts; axe is injected as one, for the test only.
      bypassCSP: true,
    });
    const page = context.pages()[0] ?? await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // Refused calls answer 4xx by design; Chromium logs each as a failed resource load.
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) pageErrors.push(`console: ${message.text()}`);
    });
    const url = server.url;
    const running = { core, server, context };

    return {
      url,
      page,
      api,
      pageErrors,
      async open(path = '/uebersicht') {
        // A fresh load every time: going to the same URL with only a hash would keep the old page state.
        await page.goto('about:blank');
        await page.goto(`${url}/#${path}`);
        await page.locator('h1').first().waitFor();
        await waitForData(page);
      },
      setNow(iso) {
        clock = fixedClock(iso);
      },
      async checkAccessibility(name) {
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
          }));
        });
        const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        if (severe.length > 0) {
          console.error(`axe violations on ${name}:\n${JSON.stringify(severe, null, 2)}`);
        }
        expect(severe, `serious/critical accessibility violations on ${name}`).toEqual([]);
      },
      async screenshot(name, { fullPage = true } = {}) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const path = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path, fullPage });
        return path;
      },
      async close() {
        await running.context.close().catch(() => {});
        await running.server.close().catch(() => {});
        running.core.close();
        rmSync(dataDir, { recursive: true, force: true });
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    await server?.close().catch(() => {});
    core?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Waits until no list or page is still loading. */
export async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.loading-note') === null);
}

/** The id of the element that has focus, or its text when it has none: enough to say where focus is. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}` : '';
  });
}

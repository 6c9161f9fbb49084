import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { ApiClient } from '../../db/api/contract';

/** The demo steering group and its meetings by state. */
export async function demoSteering(api: ApiClient) {
  const [steering] = await api.send('committees.list', { kind: 'STEERING_GROUP' });
  const meetings = await api.send('meetings.list', { committeeId: steering.id });
  return {
    steering,
    planned: meetings.find((m) => m.status === 'PLANNED')!,
    held: meetings.find((m) => m.status === 'HELD')!,
  };
}

/** Clicks a button that makes the browser download a file; returns the file's name and bytes. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The texts of the messages tied to a control by aria-describedby. */
export async function describedText(page: Page, control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** The agenda as shown: "TOP n Title" per item. */
export function agendaTitles(page: Page): Promise<string[]> {
  return page.locator('.agenda-list .agenda-item__title').allTextContents();
}

/** Presses Tab until the focused element's text or label is `name`; fails after `max` presses. */
export async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await focusedName(page) === name) return;
  }
  throw new Error(`"${name}" not reached with ${max} presses of Tab; focus is on "${await focusedName(page)}"`);
}

export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });
}

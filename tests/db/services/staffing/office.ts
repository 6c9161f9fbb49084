import { rmSync } from 'node:fs';
import { createCore, type Core } from '../../../../db/core/createCore';
import { createClient } from '../../../../db/api/client';
import type { ApiClient, InputOf } from '../../../../db/api/contract';
import { tempDir } from '../../../helpers/core';

export interface Office {
  core: Core;
  api: ApiClient;
  dataDir: string;
  /** Moves "today" (Europe/Berlin noon of that day), as if the office worked on that date. */
  on(isoDate: string): void;
  dispose(): void;
}

/**
 * A core whose clock can be moved, so a post's staffing history is recorded the way the office records it:
 * changing the post on the day the change happens.
 */
export async function officeOn(isoDate: string): Promise<Office> {
  const dataDir = tempDir('kim-office-');
  let now = new Date(`${isoDate}T10:00:00Z`);
  const core = await createCore({ dataDir, user: 'test', clock: { now: () => new Date(now.getTime()) } });
  const api = createClient(async (method, input) =>
    JSON.parse(JSON.stringify(await core.call(method, input === undefined ? undefined : JSON.parse(JSON.stringify(input))))));
  return {
    core, api, dataDir,
    on: (day) => { now = new Date(`${day}T10:00:00Z`); },
    dispose: () => {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type PostInput = InputOf<'posts.create'>;

export const coordinationPost = (label: string, fte: number): PostInput => ({
  label, fundingModule: 'B1_COORDINATION', kind: 'COORDINATION', fte, status: 'VACANT',
});

export const caseManagementPost = (label: string, fte: number): PostInput => ({
  label, fundingModule: 'B2_CASE_MANAGEMENT', kind: 'CASE_MANAGEMENT', fte, status: 'VACANT',
});

/** Creates a post filled by a new person since `since` (its first staffing period starts that day). */
export async function filledPost(office: Office, post: PostInput, holderName: string, since: string) {
  const holder = await office.api.send('persons.create', { name: holderName });
  return office.api.send('posts.create', { ...post, status: 'FILLED', holderPersonId: holder.id, filledSince: since });
}

/** Records a change of the post on `day`, keeping every other field as it is. */
export async function changePost(office: Office, postId: string, day: string, change: Partial<PostInput>) {
  office.on(day);
  const current = await office.api.send('posts.get', { id: postId });
  const { id, createdAt: _c, updatedAt: _u, ...fields } = current;
  const next = { ...fields, ...change } as PostInput;
  if (next.status !== 'FILLED') Object.assign(next, { holderPersonId: null, filledSince: null });
  return office.api.send('posts.update', { id, ...next });
}

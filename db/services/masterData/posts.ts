import { asc, eq, getTableColumns } from 'drizzle-orm';
import { organisations, persons, posts } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { crud } from '../crud';
import { auditCascadedPeriods, openFirstPeriod, periodsOfPost, recordStaffingChange, staffingChanged } from './postPeriods';

export type Post = typeof posts.$inferSelect;

export const POST_LABELS = {
  label: 'Bezeichnung',
  fundingModule: 'Baustein',
  kind: 'Stellenart',
  focus: 'Schwerpunkt',
  fte: 'Stellenanteil (VZÄ)',
  fundingPerFteCents: 'Förderung je VZÄ',
  hostOrganisationId: 'Anstellungsträger',
  holderPersonId: 'Stelleninhaber*in',
  status: 'Besetzung',
  permanent: 'Unbefristet',
  filledSince: 'Besetzt seit',
  isOverallCoordination: 'Gesamtkoordination',
  tasks: 'Aufgaben',
};

const L = POST_LABELS;

const postCrud = crud<Post>({
  table: posts,
  displayName: (row) => String(row.label),
  labels: L,
  check(_ctx, next) {
    const row = next as Partial<Post>;
    if (row.status === 'FILLED') return;
    if (row.holderPersonId) {
      throw validationError('holderPersonId', `${L.holderPersonId}: Nur bei besetzten Stellen möglich.`);
    }
    // filledSince describes the current filling only. The staffing history keeps when earlier fillings began
    // and ended (post_periods), so a vacant post keeping an old date would only mislead "besetzt seit" reports.
    if (row.filledSince) {
      throw validationError('filledSince', `${L.filledSince}: Nur bei besetzten Stellen möglich.`);
    }
  },
});

export const getPost = (ctx: Context, id: string) => postCrud.get(ctx, id);

export function createPost(ctx: Context, values: Record<string, unknown>): Post {
  return ctx.write(() => {
    const post = postCrud.create(ctx, values);
    const since = post.status === 'FILLED' && post.filledSince ? post.filledSince : berlinToday(ctx.clock);
    openFirstPeriod(ctx, post.id, post, since);
    return post;
  });
}

export function updatePost(ctx: Context, id: string, values: Record<string, unknown>): Post {
  return ctx.write(() => {
    const before = postCrud.get(ctx, id);
    const post = postCrud.update(ctx, id, values);
    if (staffingChanged(before, post)) recordStaffingChange(ctx, post.id, post);
    return post;
  });
}

export function deletePost(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const periods = periodsOfPost(ctx, id);
    const result = postCrud.remove(ctx, id);
    auditCascadedPeriods(ctx, periods);
    return result;
  });
}

export interface PostListRow extends Post {
  hostOrganisationName: string | null;
  holderName: string | null;
}

export function listPosts(ctx: Context): PostListRow[] {
  return ctx.db.select({
    ...getTableColumns(posts),
    hostOrganisationName: organisations.name,
    holderName: persons.name,
  }).from(posts)
    .leftJoin(organisations, eq(organisations.id, posts.hostOrganisationId))
    .leftJoin(persons, eq(persons.id, posts.holderPersonId))
    .orderBy(asc(posts.label), asc(posts.id))
    .all();
}

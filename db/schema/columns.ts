import { integer, text } from 'drizzle-orm/sqlite-core';

// Ids are opaque, stable text (see db/domain/ids.ts); dates are ISO strings; money is integer cents.
export const idColumn = () => text('id').primaryKey();
export const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};
export const flag = (name: string) => integer(name, { mode: 'boolean' }).notNull().default(false);

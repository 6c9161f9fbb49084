import { z } from 'zod';
import {
  bool, choice, fte, id, idInput, input, longText, optionalCents, optionalDate, optionalId, optionalText, text,
} from '../fields';
import { method } from '../define';
import { FUNDING_MODULES, POST_KINDS, POST_STATUSES } from '../../domain/enums';
import { createPost, deletePost, getPost, listPosts, updatePost, POST_LABELS as L } from '../../services/masterData/posts';
import { listPostPeriods } from '../../services/masterData/postPeriods';

const fields = {
  label: text(L.label, 120),
  fundingModule: choice(L.fundingModule, FUNDING_MODULES),
  kind: choice(L.kind, POST_KINDS),
  focus: optionalText(L.focus, 80),
  fte: fte(L.fte),
  fundingPerFteCents: optionalCents(L.fundingPerFteCents),
  hostOrganisationId: optionalId(L.hostOrganisationId),
  holderPersonId: optionalId(L.holderPersonId),
  status: choice(L.status, POST_STATUSES),
  permanent: bool(L.permanent).default(false),
  filledSince: optionalDate(L.filledSince),
  isOverallCoordination: bool(L.isOverallCoordination).default(false),
  tasks: longText(L.tasks),
};

export const postMethods = {
  'posts.list': method({
    input: z.strictObject({}).optional(),
    run: (ctx) => listPosts(ctx),
  }),
  'posts.get': method({
    input: idInput(),
    run: (ctx, { id: key }) => getPost(ctx, key),
  }),
  /** Staffing history, oldest first; the open period has no validTo. */
  'posts.periods': method({
    input: input({ postId: id('Stelle') }),
    run: (ctx, { postId }) => {
      getPost(ctx, postId);
      return listPostPeriods(ctx, postId);
    },
  }),
  'posts.create': method({
    input: input(fields),
    writes: ['posts'],
    run: (ctx, values) => createPost(ctx, values),
  }),
  'posts.update': method({
    input: input({ id: id(), ...fields }),
    writes: ['posts'],
    run: (ctx, { id: key, ...values }) => updatePost(ctx, key, values),
  }),
  'posts.delete': method({
    input: idInput(),
    writes: ['posts'],
    run: (ctx, { id: key }) => deletePost(ctx, key),
  }),
};

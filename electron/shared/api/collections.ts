// Collections (文集): named groups of documents (issue 14).
import { z } from 'zod';
import { id, method } from '../method';

const name = z.string().trim().min(1).max(40);

export const collectionMethods = {
  /** Every collection with how many documents (in the library) it holds, by name. */
  listCollections: method<{ name: string; count: number }[]>()(z.object({}).strict()),
  /** Put documents into a collection (member: true) or take them out; a collection exists while it holds one. */
  setCollection: method<{ changed: number }>()(
    z.object({ docIds: z.array(id).min(1).max(10_000), name, member: z.boolean() }).strict(),
    { mutates: ['metadata'] },
  ),
};

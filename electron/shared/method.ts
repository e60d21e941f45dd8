import { z } from 'zod';

/**
 * What a mutating method changes, as recorded in the change log (migration 007) and sent to every door:
 * documents (added, deleted, restored), their blocks (text), annotations (and their colours),
 * metadata (title, issuer, kind, versions), settings (preferences, reading positions).
 */
export type ChangeKind = 'document' | 'blocks' | 'annotation' | 'metadata' | 'settings';

/**
 * One API method: the schema that validates its argument (at every door), what it changes if it
 * mutates the library (a change event follows each call) and, as a phantom type, its result.
 */
export interface Method<A extends z.ZodType, R> {
  args: A;
  mutates?: readonly ChangeKind[];
  result?: R;
}

export function method<R>() {
  return <A extends z.ZodType>(args: A, options: { mutates?: readonly ChangeKind[] } = {}): Method<A, R> => ({
    args,
    ...(options.mutates ? { mutates: options.mutates } : {}),
  });
}

export const id = z.number().int().positive();

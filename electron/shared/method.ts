import { z } from 'zod';

/**
 * One API method: the schema that validates its argument (at every door)
 * and, as a phantom type, its result.
 */
export interface Method<A extends z.ZodType, R> {
  args: A;
  result?: R;
}

export function method<R>() {
  return <A extends z.ZodType>(args: A): Method<A, R> => ({ args });
}

export const id = z.number().int().positive();

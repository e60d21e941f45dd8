import { changeKindsOf, methodNames, type ReaderHandlers } from '../shared/contract';
import type { ChangeKind } from '../shared/method';
import { catchUpAnchors } from './annotations/anchor-catch-up';
import type { CoreContext } from './context';
import { changePosition, changesSince, documentsChangedSince } from './db/change-log';

/** Every derived thing that keeps its own position in the change log and catches up by writing. */
export function catchUpDerived(ctx: CoreContext): void {
  catchUpAnchors(ctx);
}

/** The handlers, each mutating one followed by the derived things catching up (whichever door called it). */
export function withCatchUp(ctx: CoreContext, handlers: ReaderHandlers): ReaderHandlers {
  const wrapped = { ...handlers } as Record<string, (args: unknown) => unknown>;
  for (const name of methodNames) {
    if (!changeKindsOf(name)) continue;
    const handler = handlers[name] as (args: unknown) => unknown;
    wrapped[name] = async (args) => {
      const result = await handler(args);
      catchUpDerived(ctx);
      return result;
    };
  }
  return wrapped as ReaderHandlers;
}

/**
 * Changes another process wrote (the CLI on the same library) since `seen`: catch up and return the
 * change event the doors should hear, or null when nothing new was logged.
 */
export function externalChanges(ctx: CoreContext, seen: number): { seq: number; kinds: ChangeKind[]; docIds: number[] } | null {
  if (changePosition(ctx.db) === seen || ctx.db.inTransaction) return null;
  const kinds = [...new Set(changesSince(ctx.db, seen, ['document', 'blocks', 'annotation', 'metadata']).map((c) => c.what))];
  const docIds = documentsChangedSince(ctx.db, seen);
  catchUpDerived(ctx);
  return { seq: changePosition(ctx.db), kinds, docIds };
}

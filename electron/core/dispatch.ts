import { changeKindsOf, type ArgsIn, type MethodName, type ReaderHandlers, type Result } from '../shared/contract';
import { validateArgs } from '../shared/validate';
import type { CoreEvents } from './events';

/** How dispatch reports a mutation: the change log's position and the documents it names, and the events. */
export interface ChangeReporting {
  events: CoreEvents;
  position(): number;
  documentsSince(seq: number): number[];
}

/**
 * The one way every door calls the core: validate the argument, run the handler, and after a method
 * the contract marks as mutating, tell the doors (a change event with the change log's position).
 */
export async function dispatch<M extends MethodName>(
  handlers: ReaderHandlers,
  name: M,
  rawArgs: ArgsIn<M> | unknown,
  changes?: ChangeReporting,
): Promise<Result<M>> {
  const args = validateArgs(name, rawArgs);
  const handler = handlers[name] as (a: typeof args) => Result<M> | Promise<Result<M>>;
  const kinds = changeKindsOf(name);
  const before = kinds && changes ? changes.position() : 0;
  const result = await handler(args);
  if (kinds && changes) {
    changes.events.emit({ type: 'change', method: name, kinds, seq: changes.position(), docIds: changes.documentsSince(before) });
  }
  return result;
}

import { changeKindsOf, type ArgsIn, type MethodName, type ReaderHandlers, type Result } from '../shared/contract';
import { validateArgs } from '../shared/validate';
import type { CoreEvents } from './events';

/**
 * The one way every door calls the core: validate the argument, run the handler, and after a method
 * the contract marks as mutating, tell the doors (a change event with the change log's position).
 */
export async function dispatch<M extends MethodName>(
  handlers: ReaderHandlers,
  name: M,
  rawArgs: ArgsIn<M> | unknown,
  changes?: { events: CoreEvents; position(): number },
): Promise<Result<M>> {
  const args = validateArgs(name, rawArgs);
  const handler = handlers[name] as (a: typeof args) => Result<M> | Promise<Result<M>>;
  const result = await handler(args);
  const kinds = changeKindsOf(name);
  if (kinds && changes) changes.events.emit({ type: 'change', method: name, kinds, seq: changes.position() });
  return result;
}

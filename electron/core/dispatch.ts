import type { ArgsIn, MethodName, ReaderHandlers, Result } from '../shared/contract';
import { validateArgs } from '../shared/validate';

/** The one way every door calls the core: validate the argument, then run the handler. */
export async function dispatch<M extends MethodName>(
  handlers: ReaderHandlers,
  name: M,
  rawArgs: ArgsIn<M> | unknown,
): Promise<Result<M>> {
  const args = validateArgs(name, rawArgs);
  const handler = handlers[name] as (a: typeof args) => Result<M> | Promise<Result<M>>;
  return handler(args);
}

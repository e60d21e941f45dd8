import { ReaderError } from './errors';
import { contract, type ArgsOut, type MethodName } from './contract';

/** Validate a method's argument; throws a ReaderError naming what is wrong. */
export function validateArgs<M extends MethodName>(name: M, args: unknown): ArgsOut<M> {
  const parsed = contract[name].args.safeParse(args ?? {});
  if (parsed.success) return parsed.data as ArgsOut<M>;
  const detail = parsed.error.issues
    .map((i) => `${i.path.join('.') || '(argument)'}: ${i.message}`)
    .join('; ');
  throw new ReaderError('bad_arguments', `Invalid arguments for ${name}: ${detail}`, `参数无效（${name}）：${detail}`);
}

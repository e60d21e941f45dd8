import type { z } from 'zod';
import { annotationMethods } from './api/annotations';
import { backupMethods } from './api/backups';
import { bookmarkMethods } from './api/bookmarks';
import { collectionMethods } from './api/collections';
import { compareMethods } from './api/compare';
import { libraryMethods } from './api/library';
import { manageMethods } from './api/manage';
import { searchMethods } from './api/search';
import { trainingMethods } from './api/training';
import { tablesMethods } from './api/tables';
import { imageMethods } from './api/images';
import type { ChangeKind, Method } from './method';

/** Every method of the reader's API, declared once. */
export const contract = {
  ...libraryMethods,
  ...searchMethods,
  ...manageMethods,
  ...compareMethods,
  ...annotationMethods,
  ...trainingMethods,
  ...tablesMethods,
  ...backupMethods,
  ...bookmarkMethods,
  ...collectionMethods,
  ...imageMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

type ArgsSchema<M extends MethodName> = Contract[M] extends Method<infer A, unknown> ? A : never;
export type ArgsIn<M extends MethodName> = z.input<ArgsSchema<M>>;
export type ArgsOut<M extends MethodName> = z.output<ArgsSchema<M>>;
export type Result<M extends MethodName> = Contract[M] extends Method<z.ZodType, infer R> ? R : never;

/** What callers see: every method async, taking the unvalidated argument shape. */
export type ReaderApi = { [M in MethodName]: (args: ArgsIn<M>) => Promise<Result<M>> };

/** What the core implements: validated arguments in. */
export type ReaderHandlers = {
  [M in MethodName]: (args: ArgsOut<M>) => Result<M> | Promise<Result<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export { channelOf } from './channels';

/** What a method changes, or undefined for a pure read (see `method(…, { mutates })`). */
export function changeKindsOf(name: MethodName): readonly ChangeKind[] | undefined {
  return (contract[name] as Method<z.ZodType, unknown>).mutates;
}

import { changeKindsOf, type MethodName } from '../../shared/contract';

/**
 * Reads that go to the writer: import progress lives in the writer's memory, and getVersions groups a
 * library from before versions existed the first time it is asked (a write).
 */
const WRITER_READS: ReadonlySet<MethodName> = new Set<MethodName>(['getImportProgress', 'getVersions']);

/**
 * Which thread answers a method: the writer (every mutation, in order) or the reader, whose own
 * connection sees each committed change and is never held up by a long import (SQLite WAL: readers
 * do not wait for the writer).
 */
export function threadFor(name: MethodName): 'writer' | 'reader' {
  return changeKindsOf(name) || WRITER_READS.has(name) ? 'writer' : 'reader';
}

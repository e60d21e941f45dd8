import { api } from '../api/client';
import { currentPath } from './current-path';

/**
 * Add a paragraph to the reading path being built (the one chosen in the 培训 panel, else the first one,
 * else a new one named by the user) as a stop with its own title; says what it did, or null when the
 * user declined to name a new path.
 */
export async function addToReadingPath(stop: { docId: number; blockId: number; title: string }): Promise<string | null> {
  const paths = await api.listReadingPaths({});
  const path = paths.find((p) => p.id === currentPath.get()) ?? paths[0] ?? (await createNamedPath());
  if (!path) return null;
  currentPath.set(path.id);
  await api.addReadingStop({ pathId: path.id, docId: stop.docId, blockId: stop.blockId, title: stop.title });
  return `已加入阅读路线“${path.title}”：${stop.title}`;
}

/** A new reading path named by the user; null when they declined. */
export async function createNamedPath(): Promise<{ id: number; title: string } | null> {
  const title = window.prompt('新阅读路线的名称', '培训路线')?.trim();
  if (!title) return null;
  return { id: (await api.createReadingPath({ title })).id, title };
}

import type { CoreContext } from '../context';
import type { ExportToFile } from '../core-api';
import { writeFileAtomic } from '../atomic-write';
import { buildExport } from './export-annotations';

/** Build the export and write it where the user chose, atomically (fsync, then rename). */
export async function exportToFile(ctx: CoreContext, { path, ...request }: ExportToFile): Promise<{ path: string; count: number; bytes: number }> {
  const { bytes, count } = await buildExport(ctx, request);
  writeFileAtomic(path, bytes);
  return { path, count, bytes: bytes.length };
}

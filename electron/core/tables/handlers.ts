import type { tablesMethods } from '../../shared/api/tables';
import type { ReaderHandlers } from '../../shared/contract';
import type { CoreContext } from '../context';
import { compareTargets, compareTargetsAcross, correctTargetRow, correctTaskRow, documentTargets, documentTasks, resetTableCorrections, revisionTable } from './document-tables';
import { exportTable } from './export-table';

export function tablesHandlers(ctx: CoreContext): Pick<ReaderHandlers, keyof typeof tablesMethods> {
  return {
    documentTargets: ({ docId }) => documentTargets(ctx, docId),
    documentTasks: ({ docId }) => documentTasks(ctx, docId),
    compareTargets: ({ a, b }) => compareTargets(ctx, a, b),
    compareTargetsAcross: ({ docIds }) => compareTargetsAcross(ctx, docIds),
    revisionTable: ({ a, b, withSame }) => revisionTable(ctx, a, b, withSame),
    exportTable: async (args) => {
      const { bytes: _bytes, ...file } = await exportTable(ctx, args);
      return file;
    },
    correctTargetRow: (args) => correctTargetRow(ctx, args),
    correctTaskRow: (args) => correctTaskRow(ctx, args),
    resetTableCorrections: ({ docId, table }) => resetTableCorrections(ctx, docId, table),
  };
}

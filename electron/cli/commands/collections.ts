import type { CliCommand } from '../command';
import { requireDocId, UsageError } from '../command';

export const collectionCommands: CliCommand[] = [
  {
    name: 'collections',
    usage: 'collections',
    summary: 'List the collections (文集) with how many documents each holds',
    async run(lib, _p, _v, io) {
      const list = await lib.call('listCollections', {});
      io.out(list, () => (list.length === 0 ? 'no collections' : list.map((c) => `${c.name}\t${c.count}`).join('\n')));
    },
  },
  {
    name: 'collect',
    usage: 'collect NAME DOC... [--remove]',
    summary: 'Put documents into a collection (or take them out with --remove)',
    options: { remove: { type: 'boolean' } },
    async run(lib, [name, ...docs], values, io) {
      if (!name || docs.length === 0) throw new UsageError('collect needs a collection NAME and at least one DOC');
      const r = await lib.call('setCollection', { name, docIds: docs.map(requireDocId), member: values.remove !== true });
      io.out(r, () => `${values.remove === true ? 'removed' : 'added'} ${r.changed} document(s)`);
    },
  },
];

import { useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';

/** In 多选: put the chosen documents into a 文集 (a new name makes a new one). */
export function AddToCollection({ docIds }: { docIds: number[] }) {
  const { notify } = useApp();
  const [name, setName] = useState('');
  const add = async () => {
    try {
      await api.setCollection({ docIds, name: name.trim(), member: true });
      notify(`已把 ${docIds.length} 份文件加入文集“${name.trim()}”`);
      setName('');
    } catch (err) {
      notify((err as Error).message);
    }
  };
  return (
    <form
      className="add-collection"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <input value={name} maxLength={40} placeholder="文集名称" aria-label="文集名称" onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="text-button small" disabled={docIds.length === 0 || !name.trim()}>
        加入文集
      </button>
    </form>
  );
}

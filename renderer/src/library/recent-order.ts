import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';

/** docId → place among the recently read documents (0 = last read), loaded only while that sort is chosen. */
export function useRecentOrder(wanted: boolean): ReadonlyMap<number, number> | null {
  const { libraryVersion } = useApp();
  const [order, setOrder] = useState<ReadonlyMap<number, number> | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    api.listRecent({ limit: 100 }).then(
      (recent) => live && setOrder(new Map(recent.map((r, i) => [r.docId, i]))),
      () => live && setOrder(new Map()),
    );
    return () => {
      live = false;
    };
  }, [wanted, libraryVersion]);
  return wanted ? order : null;
}

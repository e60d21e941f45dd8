import { useEffect, useState } from 'react';
import type { Bookmark } from '../../../electron/shared/bookmark-types';
import { api, onCoreEvent } from '../api/client';
import { useApp } from '../app-context';

/** The bookmarks, newest first, reloaded whenever bookmarks (or documents) change, through any door. */
export function useBookmarks(): { bookmarks: Bookmark[] | undefined; error: string | undefined } {
  const { libraryVersion } = useApp();
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ bookmarks?: Bookmark[]; error?: string }>({});
  useEffect(() => onCoreEvent((e) => e.type === 'change' && e.method.toLowerCase().includes('bookmark') && setTick((t) => t + 1)), []);
  useEffect(() => {
    let live = true;
    api.listBookmarks({}).then(
      (bookmarks) => live && setState({ bookmarks }),
      (err: Error) => live && setState({ error: err.message }),
    );
    return () => {
      live = false;
    };
  }, [tick, libraryVersion]);
  return { bookmarks: state.bookmarks, error: state.error };
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { documentNames, type DocumentName } from '../../../electron/shared/document-label';
import type { DocumentSummary } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useApp } from '../app-context';

// The library's document list, loaded once per library version and shared by every component that
// names documents (library, tabs, Ctrl+P, search groups), so they agree and ask the core once.
let cached: { version: number; list: Promise<DocumentSummary[]> } | null = null;

function libraryDocs(version: number): Promise<DocumentSummary[]> {
  if (cached?.version !== version) {
    const list = api.listDocuments({});
    list.catch(() => (cached = null));
    cached = { version, list };
  }
  return cached.list;
}

/** The documents in the library (undefined while loading) and the load error, if any. */
export function useLibraryDocs(): { docs: DocumentSummary[] | undefined; error: string | undefined } {
  const { libraryVersion } = useApp();
  const [state, setState] = useState<{ docs?: DocumentSummary[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    libraryDocs(libraryVersion).then(
      (docs) => live && setState({ docs }),
      (err: Error) => live && setState({ error: err.message }),
    );
    return () => {
      live = false;
    };
  }, [libraryVersion]);
  return { docs: state.docs, error: state.error };
}

/** docId → its name among the library's documents (what tells namesakes apart), for any view. */
export function useDocumentNames(): (docId: number, fallbackTitle?: string) => DocumentName {
  const { docs } = useLibraryDocs();
  const byId = useMemo(() => documentNames(docs ?? []), [docs]);
  return useCallback((docId, fallbackTitle = '…') => byId.get(docId) ?? { base: fallbackTitle, note: null }, [byId]);
}

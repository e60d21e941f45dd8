import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { changesDocuments } from '../../electron/shared/core-events';
import { onCoreEvent } from './api/client';
import { AppContext, type AppContextValue, type OpenOptions, type ReadTarget, type Toast } from './app-context';
import { extraViews, headerItems, pageRoutes, rightPanels } from './extensions';
import { DocumentInfoPanel } from './library/DocumentInfoPanel';
import { ImportDropZone } from './library/ImportDropZone';
import { LibraryPanel } from './library/LibraryPanel';
import { RecentDocuments } from './library/RecentDocuments';
import { Presentation } from './presentation/Presentation';
import { DocumentTabs } from './reader/DocumentTabs';
import { parseBlockHash, parseReaderLink } from './reader/citation';
import { installReadingCopy } from './reader/copy-selection';
import { forgetDocument } from './reader/document-cache';
import { NavigationHistory } from './reader/navigation-history';
import { readingStore } from './reader/reading-store';
import { ReaderView } from './reader/ReaderView';
import { isTyping } from './reader/useReaderKeys';
import { PreferencesProvider, usePreferences } from './settings/preferences';
import { SettingsMenu } from './settings/SettingsMenu';
import { Toasts } from './Toasts';

export function App() {
  const Page = pageRoutes.find((r) => r.matches(window.location.hash))?.Component;
  return (
    <PreferencesProvider>
      {Page ? <Page /> : <Shell />}
    </PreferencesProvider>
  );
}

/** The panels the shell itself offers on the right, before those of other features. */
const INFO_PANEL = { id: 'info', title: '文档信息', Component: DocumentInfoPanel };

function Shell() {
  const { prefs, update } = usePreferences();
  const fromHash = useMemo(() => parseBlockHash(window.location.hash), []);
  const [openDocIds, setOpenDocIds] = useState<number[]>(() =>
    fromHash && !prefs.openDocIds.includes(fromHash.docId) ? [...prefs.openDocIds, fromHash.docId] : prefs.openDocIds,
  );
  const [activeDocId, setActiveDocId] = useState<number | null>(fromHash?.docId ?? prefs.activeDocId);
  const [target, setTarget] = useState<ReadTarget | null>(fromHash ? { ...fromHash, seq: 1 } : null);
  const [view, setView] = useState('read');
  const [activePanel, showPanel] = useState<string | null>(null);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [presenting, setPresenting] = useState<{ docId: number; blockId: number | null } | null>(null);
  const seq = useRef(1);

  /** Show a document (as a tab) at a block; openDocument also remembers where the reader was, for Alt+←. */
  const show = useCallback((docId: number, options: OpenOptions) => {
    setOpenDocIds((ids) => (ids.includes(docId) ? ids : [...ids, docId]));
    setActiveDocId(docId);
    setTarget({ docId, ...options, seq: ++seq.current });
    setView((v) => (v === 'read' || extraViews.some((x) => x.id === v) ? v : 'read'));
  }, []);
  const navigation = useRef(new NavigationHistory());
  const openDocument = useCallback(
    (docId: number, options: OpenOptions = {}) => {
      navigation.current.leave(readingStore.get(), { docId, blockId: options.blockId });
      show(docId, options);
    },
    [show],
  );

  const closeDocument = useCallback((docId: number) => {
    setOpenDocIds((ids) => {
      const at = ids.indexOf(docId);
      const rest = ids.filter((id) => id !== docId);
      setActiveDocId((active) => (active === docId ? (rest[Math.min(at, rest.length - 1)] ?? null) : active));
      return rest;
    });
  }, []);

  const notify = useCallback((message: string, action?: Toast['action']) => {
    const id = ++seq.current;
    setToasts((t) => [...t.slice(-2), { id, message, action }]);
    setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), action ? 10_000 : 3_500);
  }, []);

  const present = useCallback(() => {
    const position = readingStore.get();
    if (activeDocId !== null) setPresenting({ docId: activeDocId, blockId: position?.docId === activeDocId ? position.blockId : null });
  }, [activeDocId]);

  // The library changed (here, in another window, or through the CLI): the core says so after every
  // mutation; lists and open documents reload from the change log's position.
  useEffect(
    () =>
      onCoreEvent((event) => {
        if (event.type !== 'change' || !changesDocuments(event)) return;
        for (const docId of event.docIds) forgetDocument(docId);
        setLibraryVersion(event.seq);
      }),
    [],
  );

  // Alt+← / Alt+→: back to where the reader was before a jump (a search hit, a link), and forward again.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') || isTyping(e.target)) return;
      e.preventDefault();
      const here = readingStore.get();
      const to = e.key === 'ArrowLeft' ? navigation.current.goBack(here) : navigation.current.goForward(here);
      if (to) show(to.docId, to.blockId ? { blockId: to.blockId } : {});
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show]);

  // F5 starts presentation mode, as in slide software.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F5' || presenting) return;
      e.preventDefault();
      present();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [present, presenting]);

  // With no document open the address names none, so a reload shows the start page.
  useEffect(() => {
    if (activeDocId === null && window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
  }, [activeDocId]);

  // Tabs survive a restart.
  useEffect(() => {
    update({ openDocIds, activeDocId });
  }, [openDocIds, activeDocId, update]);

  // A link to a paragraph (#/doc/12/block/345) opens it, on load and whenever the address changes.
  useEffect(() => {
    const onHash = () => {
      const link = parseBlockHash(window.location.hash);
      const current = readingStore.get();
      if (link && !(current?.docId === link.docId && (link.blockId === undefined || current.blockId === link.blockId)))
        openDocument(link.docId, { blockId: link.blockId });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [openDocument]);

  // Copying selected reading text leaves out the tools beside the blocks.
  useEffect(installReadingCopy, []);

  // Pasting a copied paragraph link anywhere outside a text field opens it (works in the desktop
  // app too, where a link cannot be typed into an address bar).
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const link = parseReaderLink(e.clipboardData?.getData('text/plain') ?? '');
      if (!link) return;
      e.preventDefault();
      openDocument(link.docId, { blockId: link.blockId });
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [openDocument]);

  const app: AppContextValue = {
    openDocument,
    closeDocument,
    activeDocId,
    openDocIds,
    target,
    view,
    setView,
    activePanel,
    showPanel,
    libraryVersion,
    notify,
    present,
  };

  const panels = [INFO_PANEL, ...rightPanels];
  const panel = panels.find((p) => p.id === activePanel);
  const ExtraView = extraViews.find((v) => v.id === view)?.Component;

  return (
    <AppContext value={app}>
      <div className="app">
        <header className="app-header">
          <button
            type="button"
            className={`icon-button sidebar-toggle${prefs.libraryOpen ? ' on' : ''}`}
            onClick={() => update({ libraryOpen: !prefs.libraryOpen })}
            aria-label={prefs.libraryOpen ? '隐藏文库' : '显示文库'}
            aria-pressed={prefs.libraryOpen}
            title="文库"
          />
          <h1 className="app-title">政策阅读器</h1>
          {extraViews.length > 0 && (
            <div className="view-switch" role="tablist" aria-label="视图">
              {[{ id: 'read', label: '阅读' }, ...extraViews].map((v) => (
                <button key={v.id} type="button" role="tab" aria-selected={view === v.id} onClick={() => setView(v.id)}>
                  {v.label}
                </button>
              ))}
            </div>
          )}
          <div className="header-items">
            {headerItems.map((Item, i) => (
              <Item key={i} />
            ))}
          </div>
          <div className="header-tools">
            <button type="button" className="text-button" onClick={present} disabled={activeDocId === null} title="演示模式（F5）">
              演示
            </button>
            <SettingsMenu />
            {panels.map((p) => (
              <button
                key={p.id}
                type="button"
                className="text-button"
                aria-pressed={activePanel === p.id}
                onClick={() => showPanel(activePanel === p.id ? null : p.id)}
              >
                {p.title}
              </button>
            ))}
          </div>
        </header>
        <div className="app-body">
          {prefs.libraryOpen && <LibraryPanel />}
          <main className="app-main">
            {ExtraView ? (
              <ExtraView />
            ) : (
              <>
                <DocumentTabs />
                {activeDocId === null ? <RecentDocuments /> : <ReaderView key={activeDocId} docId={activeDocId} />}
              </>
            )}
          </main>
          {panel && (
            <aside className="side-panel" aria-label={panel.title}>
              <panel.Component />
            </aside>
          )}
        </div>
        <Toasts toasts={toasts} onDismiss={(id) => setToasts((t) => t.filter((x) => x.id !== id))} />
        <ImportDropZone />
        {presenting && (
          <Presentation
            docId={presenting.docId}
            startBlockId={presenting.blockId}
            onExit={() => {
              // Back to exactly where the reader was before presenting.
              openDocument(presenting.docId, presenting.blockId ? { blockId: presenting.blockId } : {});
              setPresenting(null);
            }}
          />
        )}
      </div>
    </AppContext>
  );
}

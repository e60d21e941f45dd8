import { useState } from 'react';
import { LibraryPanel } from './library/LibraryPanel';
import { ReaderView } from './reader/ReaderView';

export function App() {
  const [docId, setDocId] = useState<number | null>(null);
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">政策阅读器</h1>
      </header>
      <div className="app-body">
        <LibraryPanel selectedId={docId} onOpen={setDocId} />
        <main className="app-main">
          {docId === null ? (
            <div className="empty-state">从左侧文库中选择一份文件开始阅读</div>
          ) : (
            <ReaderView key={docId} docId={docId} />
          )}
        </main>
      </div>
    </div>
  );
}

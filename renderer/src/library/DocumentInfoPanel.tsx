import { useState } from 'react';
import type { DocumentDetail } from '../../../electron/shared/types';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { useAsync } from '../useAsync';
import { cleanupLabelZh } from '../../../electron/shared/import-types';
import { sourceKindLabelZh } from '../../../electron/shared/source-kinds';
import { MetadataForm } from './MetadataForm';
import { DocumentVersions } from './DocumentVersions';
import { OriginalTextDialog } from './OriginalTextDialog';

/** Right-hand panel for the open document: its metadata (editable), clean-ups, original text, delete. */
export function DocumentInfoPanel() {
  const { activeDocId, libraryVersion } = useApp();
  const detail = useAsync(() => (activeDocId === null ? Promise.resolve(null) : api.getDocument({ docId: activeDocId })), [activeDocId, libraryVersion]);
  if (activeDocId === null) return <p className="muted panel-empty">打开一份文件后，这里显示它的信息。</p>;
  if (detail.error) return <p className="error">{detail.error}</p>;
  if (!detail.data) return null;
  return <DocumentInfo key={detail.data.id} doc={detail.data} />;
}

function DocumentInfo({ doc }: { doc: DocumentDetail }) {
  const { notify, closeDocument, openDocument } = useApp();
  const [editing, setEditing] = useState(false);
  const [showOriginal, setShowOriginal] = useState(false);

  const remove = async () => {
    try {
      await api.deleteDocument({ docId: doc.id });
      closeDocument(doc.id);
      notify(`已删除《${doc.title}》`, {
        label: '撤销',
        run: () =>
          api.restoreDocument({ docId: doc.id }).then(
            () => openDocument(doc.id),
            (err: Error) => notify(err.message),
          ),
      });
    } catch (err) {
      notify((err as Error).message);
    }
  };

  return (
    <div className="doc-info">
      <div className="panel-heading">
        <h2 className="panel-title">文档信息</h2>
      </div>
      {editing ? (
        <MetadataForm
          doc={doc}
          onDone={(changed) => {
            setEditing(false);
            if (changed) {
              notify('已保存文档信息');
            }
          }}
        />
      ) : (
        <>
          <dl className="info-list">
            <dt>标题</dt>
            <dd>{doc.title}</dd>
            <dt>发文机关</dt>
            <dd>{doc.issuer ?? '—'}</dd>
            <dt>文号</dt>
            <dd>{doc.docNumber ?? '—'}</dd>
            <dt>发文日期</dt>
            <dd>{doc.issuedOn ?? '—'}</dd>
            <dt>文种</dt>
            <dd>{doc.kind ?? '—'}</dd>
            <dt>来源</dt>
            <dd>{sourceKindLabelZh(doc.sourceKind) ?? '—'}</dd>
            <dt>篇幅</dt>
            <dd>
              {doc.chars.toLocaleString('zh-CN')} 字 · {doc.blockCount.toLocaleString('zh-CN')} 段
            </dd>
            <dt>来源文件</dt>
            <dd className="break">{doc.source}</dd>
          </dl>
          <div className="info-actions">
            <button type="button" className="text-button" onClick={() => setEditing(true)}>
              编辑信息
            </button>
            <button type="button" className="text-button danger" onClick={remove}>
              删除
            </button>
          </div>
        </>
      )}
      <DocumentVersions doc={doc} />
      <h3 className="info-subtitle">导入时的整理</h3>
      {doc.cleanups.length === 0 ? (
        <p className="muted">正文与原文一致，未做整理。</p>
      ) : (
        <ul className="cleanup-list" aria-label="导入时的整理">
          {doc.cleanups.map((c) => (
            <li key={c.code}>
              <span>{cleanupLabelZh(c.code)}</span>
              <span className="cleanup-count">{c.count} 处</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="text-button" onClick={() => setShowOriginal(true)}>
        查看原文
      </button>
      {showOriginal && <OriginalTextDialog doc={doc} onClose={() => setShowOriginal(false)} />}
    </div>
  );
}

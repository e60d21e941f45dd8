import { api } from '../api/client';
import { useAsync } from '../useAsync';
import { Outline } from './Outline';

export function ReaderView({ docId }: { docId: number }) {
  const doc = useAsync(() => Promise.all([api.getDocument({ docId }), api.getBlocks({ docId })]), [docId]);
  if (doc.error) return <p className="error">{doc.error}</p>;
  if (!doc.data) return <p className="muted">正在打开……</p>;
  const [detail, blocks] = doc.data;
  const jump = (blockId: number) => document.getElementById(`block-${blockId}`)?.scrollIntoView({ block: 'start' });
  return (
    <div className="reader">
      <Outline headings={blocks.filter((b) => b.kind === 'heading')} onJump={jump} />
      <article className="reader-text" aria-label={detail.title}>
        <header className="doc-header">
          <h1>{detail.title}</h1>
          <p className="doc-meta">{[detail.issuer, detail.docNumber, detail.issuedOn].filter(Boolean).join(' · ')}</p>
        </header>
        {blocks.map((b) =>
          b.kind === 'heading' ? (
            <h2 key={b.blockId} id={`block-${b.blockId}`} className={`heading level-${Math.min(b.level, 6)}`}>
              {b.text}
            </h2>
          ) : (
            <p key={b.blockId} id={`block-${b.blockId}`} className="paragraph">
              {b.text}
            </p>
          ),
        )}
      </article>
    </div>
  );
}

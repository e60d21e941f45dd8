import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { useApp } from '../app-context';
import { usePreferences } from '../settings/preferences';
import { useAsync } from '../useAsync';
import { BlockTools } from './BlockTools';
import { Breadcrumb } from './Breadcrumb';
import { PrintChapter } from './PrintChapter';
import { CopyEndsHere } from './CopyEndsHere';
import { blockHash, blockLink, citationFor, copyText } from './citation';
import { useBlockDecorations } from './decorations';
import { loadDocument, type LoadedDocument } from './document-cache';
import { adjacentHeading, chapterPath } from './document-model';
import { Outline } from './Outline';
import { readingStore } from './reading-store';
import { TextView, type TextViewHandle } from './TextView';
import { installKeyboardSelection } from './keyboard-selection';
import { isTyping, useReaderKeys } from './useReaderKeys';

export function ReaderView({ docId }: { docId: number }) {
  const { target, libraryVersion } = useApp();
  // The position is read with the text, so the first paint is already at the right place.
  // A library change (e.g. a rename) reloads the document without moving the reader.
  const loaded = useAsync(
    () => Promise.all([loadDocument(docId), api.getReadingPosition({ docId }).catch(() => null)]),
    [docId, libraryVersion],
  );
  if (loaded.error) return <p className="error reader-message">{loaded.error}</p>;
  if (!loaded.data) return <p className="muted reader-message">正在打开……</p>;
  const [doc, position] = loaded.data;
  const wanted = target && target.docId === docId && target.blockId ? target.blockId : position?.blockId;
  const initialIndex = wanted ? (doc.model.indexOf.get(wanted) ?? 0) : 0;
  return <OpenDocument key={docId} doc={doc} initialIndex={initialIndex} initialSeq={target?.seq ?? 0} />;
}

const SAVE_DELAY_MS = 700;

function OpenDocument({ doc, initialIndex, initialSeq }: { doc: LoadedDocument; initialIndex: number; initialSeq: number }) {
  const { detail, model } = doc;
  const docId = detail.id;
  const { target, notify } = useApp();
  const { prefs } = usePreferences();
  const textRef = useRef<TextViewHandle>(null);
  const outlineRef = useRef<HTMLElement>(null);
  const [top, setTop] = useState(initialIndex);
  const [progress, setProgress] = useState(0);
  const [printing, setPrinting] = useState<{ from: number; to: number } | null>(null);
  const stopPrinting = useCallback(() => setPrinting(null), []);
  const query = target && target.docId === docId ? target.query : undefined;
  const decorations = useBlockDecorations({ docId, blocks: model.blocks, query });

  const jumpTo = useCallback((index: number) => {
    textRef.current?.scrollToIndex(index);
    textRef.current?.element()?.focus({ preventScroll: true });
  }, []);

  // The text takes the keyboard when the document opens (PageDown, Space, ↓, End read on at once),
  // unless the user is typing somewhere (a search box that opened it).
  const focusText = useCallback(() => {
    if (!isTyping(document.activeElement)) textRef.current?.element()?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    focusText();
    const scroller = textRef.current?.element();
    return scroller ? installKeyboardSelection(scroller) : undefined;
  }, [focusText]);

  // A link to a paragraph this text does not have (another document's, or one re-imported since): say
  // so rather than silently showing the top.
  const missing = useCallback(
    (blockId: number | undefined) => {
      if (blockId !== undefined && !model.indexOf.has(blockId)) notify('链接所指的段落不在本文档中（文档可能已重新导入），已打开文首');
    },
    [model, notify],
  );
  useEffect(() => {
    if (target && target.docId === docId && target.seq === initialSeq) missing(target.blockId);
    // On mount only: the request that opened the document.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only, by design
  }, []);

  // Requests from elsewhere (search hits, links, annotations, a click on the tab) that arrive while the document is open.
  const seenSeq = useRef(initialSeq);
  useEffect(() => {
    if (!target || target.docId !== docId || target.seq === seenSeq.current) return;
    seenSeq.current = target.seq;
    const index = target.blockId ? model.indexOf.get(target.blockId) : undefined;
    missing(target.blockId);
    if (index !== undefined) jumpTo(index);
    else focusText();
  }, [target, docId, model, jumpTo, focusText, missing]);

  // Remember where the reader is: in memory at once, in the library shortly after scrolling stops,
  // and at once when the document is closed or the tab switched before that.
  const unsaved = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    const blockId = model.blocks[top]?.blockId ?? null;
    readingStore.set({ docId, blockId });
    unsaved.current = blockId;
    const timer = setTimeout(() => {
      unsaved.current = undefined;
      api.saveReadingPosition({ docId, blockId }).catch(() => {});
      const hash = blockHash(docId, top > 0 ? blockId : null);
      if (window.location.hash !== hash) history.replaceState(null, '', hash);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [docId, model, top]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current !== undefined) api.saveReadingPosition({ docId, blockId: unsaved.current }).catch(() => {});
      unsaved.current = undefined;
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [docId]);

  const currentHeading = model.sectionOf[top] ?? -1;
  // A heading that only repeats the document title would say the same thing twice in the breadcrumb.
  const path = useMemo(
    () => (currentHeading >= 0 ? chapterPath(model, currentHeading).filter((h) => h.text !== detail.title) : []),
    [model, currentHeading, detail.title],
  );

  useReaderKeys({
    nextSection: () => jumpIfFound(adjacentHeading(model, top, 1)),
    previousSection: () => jumpIfFound(adjacentHeading(model, top, -1)),
    nextChapter: () => jumpIfFound(adjacentHeading(model, top, 1, chapterLevel(model))),
    previousChapter: () => jumpIfFound(adjacentHeading(model, top, -1, chapterLevel(model))),
    focusOutline: () =>
      (outlineRef.current?.querySelector<HTMLElement>('.outline-entry.current') ?? outlineRef.current?.querySelector<HTMLElement>('.outline-entry'))?.focus(),
  });
  function jumpIfFound(index: number | null) {
    if (index !== null) jumpTo(index);
  }

  const copy = async (text: string, done: string) => {
    try {
      await copyText(text);
      notify(done);
    } catch (err) {
      notify((err as Error).message);
    }
  };

  return (
    <div className="reader">
      {prefs.outlineOpen && <Outline ref={outlineRef} model={model} currentHeading={currentHeading} onJump={jumpTo} />}
      <article className="reader-main" aria-label={detail.title}>
        <Breadcrumb
          title={detail.title}
          path={path}
          onJump={(blockId) => jumpTo(blockId === null ? -1 : (model.indexOf.get(blockId) ?? 0))}
          progress={progress}
          onPrint={() => setPrinting(chapterRange(model, top))}
        />
        <TextView
          ref={textRef}
          docId={docId}
          detail={detail}
          model={model}
          decorations={decorations}
          initialIndex={initialIndex}
          onTopBlock={setTop}
          onProgress={setProgress}
          after={<CopyEndsHere detail={detail} />}
          renderTools={(index) => (
            <BlockTools
              block={model.blocks[index]!}
              onCopyCitation={() => copy(citationFor(detail, model, index), '已复制段落及出处')}
              onCopyLink={() => copy(blockLink(docId, model.blocks[index]!.blockId), '已复制段落链接')}
            />
          )}
        />
      </article>
      {printing && <PrintChapter detail={detail} model={model} from={printing.from} to={printing.to} onDone={stopPrinting} />}
    </div>
  );
}

/** The chapter holding block `index` as a block range [from, to): its heading to the next heading of its level or above. */
function chapterRange(model: LoadedDocument['model'], index: number): { from: number; to: number } {
  const level = chapterLevel(model);
  let from = index;
  while (from > 0 && !(model.blocks[from]!.kind === 'heading' && model.blocks[from]!.level <= level)) from--;
  let to = Math.max(from, index) + 1;
  while (to < model.blocks.length && !(model.blocks[to]!.kind === 'heading' && model.blocks[to]!.level <= level)) to++;
  return { from, to };
}

/**
 * The level of chapters: that of 第…章 headings where the text has them (a leading title heading
 * may sit above them), otherwise the outermost level used more than once.
 */
function chapterLevel(model: LoadedDocument['model']): number {
  const headings = model.headingIndexes.map((h) => model.blocks[h]!);
  const zhang = headings.find((h) => /^第[一二三四五六七八九十百零〇]+章/.test(h.text));
  if (zhang) return zhang.level;
  const counts = new Map<number, number>();
  headings.forEach((h) => counts.set(h.level, (counts.get(h.level) ?? 0) + 1));
  const repeated = [...counts].filter(([, n]) => n > 1).map(([level]) => level);
  return Math.min(...(repeated.length > 0 ? repeated : [...counts.keys()]), Infinity);
}

import { useEffect, useSyncExternalStore } from 'react';
import type { ArgsIn } from '../../../electron/shared/contract';
import { DEFAULT_COLORS, type Annotation, type ColorMeaning } from '../../../electron/shared/annotation-types';
import { api, onCoreEvent } from '../api/client';
import { ChangeHistory, type Change } from './annotation-history';


const EMPTY: Annotation[] = [];

/**
 * The annotations of the documents being read, shared by the highlights in the text, the selection
 * toolbar and the annotation panel, so a change made in one shows in all at once.
 */
class AnnotationStore {
  private byDoc = new Map<number, Annotation[]>();
  private loading = new Set<number>();
  private listeners = new Set<() => void>();
  colors: ColorMeaning[] = [...DEFAULT_COLORS];
  private colorsLoaded = false;
  /** Bumped on every change; components re-render on it. */
  version = 0;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed() {
    this.version++;
    for (const l of this.listeners) l();
  }

  forDoc(docId: number): Annotation[] {
    if (!this.byDoc.has(docId) && !this.loading.has(docId)) void this.reload(docId);
    return this.byDoc.get(docId) ?? EMPTY;
  }

  async reload(docId: number): Promise<void> {
    this.loading.add(docId);
    try {
      this.byDoc.set(docId, await api.listAnnotations({ docId }));
    } catch {
      this.byDoc.set(docId, EMPTY);
    } finally {
      this.loading.delete(docId);
      this.changed();
    }
  }

  async loadColors(force = false): Promise<void> {
    if (this.colorsLoaded && !force) return;
    this.colorsLoaded = true;
    this.colors = await api.getAnnotationColors({});
    this.changed();
  }

  async setMeaning(color: ColorMeaning['color'], meaning: string): Promise<void> {
    this.colors = await api.setColorMeaning({ color, meaning });
    this.changed();
  }

  meaningOf(color: ColorMeaning['color']): string {
    return this.colors.find((c) => c.color === color)?.meaning ?? color;
  }

  /** After something changed annotations of many documents (a pack import, a re-anchoring). */
  async reloadAll(): Promise<void> {
    const docs = [...this.byDoc.keys()];
    this.byDoc.clear();
    await Promise.all(docs.map((d) => this.reload(d)));
    this.changed();
  }

  /** Reload the shown documents among `docIds` (all shown ones when the change names none). */
  async reloadShown(docIds: readonly number[]): Promise<void> {
    const shown = [...this.byDoc.keys()].filter((d) => docIds.length === 0 || docIds.includes(d));
    await Promise.all(shown.map((d) => this.reload(d)));
  }

  private async refresh(docId: number | null) {
    if (docId === null) this.changed();
    else await this.reload(docId);
  }

  /** The look of an annotation being edited and not saved yet (uuid → colour and style), shown in the text. */
  preview: { uuid: string; color: Annotation['color']; style: Annotation['style'] } | null = null;

  setPreview(preview: AnnotationStore['preview']): void {
    if (preview === this.preview) return;
    this.preview = preview;
    this.changed();
  }

  // Every change made through the store is recorded, so Ctrl+Z and a toast's 撤销 can take it back.
  readonly history = new ChangeHistory();

  private inFlight = new Set<Promise<unknown>>();

  /** Resolves once the changes on their way have been recorded (Ctrl+Z waits for them, so it undoes the latest). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private tracked<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const done = () => this.inFlight.delete(work);
    work.then(done, done);
    return work;
  }

  create(args: ArgsIn<'createAnnotation'>): Promise<Change> {
    return this.tracked(this.createNow(args));
  }

  update(before: Annotation, changes: Omit<ArgsIn<'updateAnnotation'>, 'uuid'>): Promise<Change> {
    return this.tracked(this.updateNow(before, changes));
  }

  remove(a: Annotation): Promise<Change> {
    return this.tracked(this.removeNow(a));
  }

  private async createNow(args: ArgsIn<'createAnnotation'>): Promise<Change> {
    const created = await api.createAnnotation(args);
    await this.refresh(created.docId);
    return this.history.record({
      label: args.note ? '添加批注' : '添加标注',
      undo: () => this.deleteQuietly(created),
      redo: () => this.restoreQuietly(created),
    });
  }

  private async updateNow(before: Annotation, changes: Omit<ArgsIn<'updateAnnotation'>, 'uuid'>): Promise<Change> {
    const after = await this.apply(before, changes);
    return this.history.record({
      label: '修改批注',
      undo: async () => void (await this.apply(before, contentOf(before))),
      redo: async () => void (await this.apply(before, contentOf(after))),
    });
  }

  private async removeNow(a: Annotation): Promise<Change> {
    await this.deleteQuietly(a);
    return this.history.record({ label: '删除批注', undo: () => this.restoreQuietly(a), redo: () => this.deleteQuietly(a) });
  }

  private async apply(a: Annotation, changes: Omit<ArgsIn<'updateAnnotation'>, 'uuid'>): Promise<Annotation> {
    const after = await api.updateAnnotation({ uuid: a.uuid, ...changes });
    await this.refresh(after.docId);
    return after;
  }

  private async deleteQuietly(a: Annotation): Promise<void> {
    await api.deleteAnnotation({ uuid: a.uuid });
    await this.refresh(a.docId);
  }

  private async restoreQuietly(a: Annotation): Promise<void> {
    await api.restoreAnnotation({ uuid: a.uuid });
    await this.refresh(a.docId);
  }
}

/** The editable content of an annotation, as updateAnnotation takes it. */
function contentOf(a: Annotation): Omit<ArgsIn<'updateAnnotation'>, 'uuid'> {
  return { color: a.color, style: a.style, note: a.note, tags: a.tags };
}

export const annotationStore = new AnnotationStore();

// Annotations changed anywhere (this window, another door, a re-import moving anchors): reload the shown
// documents the change names. This window's own edits also reloaded them already; a second read is cheap.
onCoreEvent((event) => {
  if (event.type !== 'change') return;
  if (event.method === 'setColorMeaning') void annotationStore.loadColors(true).catch(() => {});
  else if (event.kinds.some((k) => k === 'annotation' || k === 'blocks' || k === 'document')) void annotationStore.reloadShown(event.docIds);
});

/** Re-render on any annotation change; returns the change counter. */
export function useAnnotationVersion(): number {
  return useSyncExternalStore(annotationStore.subscribe, () => annotationStore.version);
}

export function useDocAnnotations(docId: number): Annotation[] {
  useAnnotationVersion();
  return annotationStore.forDoc(docId);
}

export function useColors(): ColorMeaning[] {
  useAnnotationVersion();
  useEffect(() => {
    annotationStore.loadColors().catch(() => {});
  }, []);
  return annotationStore.colors;
}

/** One annotation change that can be taken back and made again. */
export interface Change {
  /** What was done, in Chinese: 添加标注, 修改批注, 删除批注. */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const LIMIT = 100;

/**
 * The annotation changes of this window, for Ctrl+Z / Ctrl+Shift+Z and the 撤销 of a toast. A new
 * change clears what was undone, as in an editor.
 */
export class ChangeHistory {
  private done: Change[] = [];
  private undone: Change[] = [];

  record(change: Change): Change {
    this.done.push(change);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    return change;
  }

  /** Undo `change` (the last one when not given); null when there is nothing (left) to undo. */
  async undo(change: Change | undefined = this.done.at(-1)): Promise<Change | null> {
    const at = change ? this.done.lastIndexOf(change) : -1;
    if (at < 0) return null;
    this.done.splice(at, 1);
    await change!.undo();
    this.undone.push(change!);
    return change!;
  }

  async redo(): Promise<Change | null> {
    const change = this.undone.pop();
    if (!change) return null;
    await change.redo();
    this.done.push(change);
    return change;
  }
}

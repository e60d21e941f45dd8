import type { CoreContext } from './context';

/**
 * State an open library keeps in memory (the running import's progress, the related-passage index, …):
 * owned by the Library that openLibrary returns, so it lives and dies with it. Each module names its slot.
 */
export class LibraryState {
  private readonly slots = new Map<string, unknown>();

  get<T>(slot: string): T | undefined {
    return this.slots.get(slot) as T | undefined;
  }

  set<T>(slot: string, value: T): void {
    this.slots.set(slot, value);
  }

  clear(): void {
    this.slots.clear();
  }
}

/** The library's state; a context built by hand (a test of one module) gets its own on first use. */
export function stateOf(ctx: CoreContext): LibraryState {
  return (ctx.state ??= new LibraryState());
}

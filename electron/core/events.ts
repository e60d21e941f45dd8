import type { CoreEvent } from '../shared/core-events';

export type CoreEventListener = (event: CoreEvent) => void;

/** The library's event stream: change events after mutations, import progress. One per open library. */
export interface CoreEvents {
  emit(event: CoreEvent): void;
  subscribe(listener: CoreEventListener): () => void;
}

export function createCoreEvents(): CoreEvents {
  const listeners = new Set<CoreEventListener>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A door that fails to forward an event must not break the call that caused it.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

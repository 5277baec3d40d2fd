// Messages for the status line from outside the App's own events (a save that failed): the
// shell emits them, the App shows them until the next key.

export type NoticeListener = (text: string) => void;

export interface Notices {
  emit(text: string): void;
  /** Returns the way to stop listening. */
  subscribe(listener: NoticeListener): () => void;
}

export function createNotices(): Notices {
  const listeners = new Set<NoticeListener>();
  return {
    emit(text) {
      for (const listener of listeners) listener(text);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

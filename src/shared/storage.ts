/**
 * Web Storage that never throws: private modes, full quotas, sandboxed iframes and disabled
 * storage all fall back to "nothing stored". Used only when a page opts in with `remember`.
 */
export interface SafeStorage {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
}

export function safeStorage(kind: 'local' | 'session'): SafeStorage {
  const area = (): Storage | null => {
    try {
      return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      try {
        return area()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        area()?.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        area()?.removeItem(key);
      } catch {
        // nothing stored, nothing to remove
      }
    },
  };
}

/** The storage key for one widget: its tag, plus its `id` so several on a page keep apart. */
export const storageKey = (tag: string, id: string) => `meso-widgets:${tag}${id ? `#${id}` : ''}`;

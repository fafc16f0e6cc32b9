/**
 * A Map that forgets its least recently written entries past `maxEntries`: the memory stores
 * serve long CLI and console sessions and must not grow without bound, the way Redis keys expire.
 */
export interface BoundedMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Stores only when the key is absent; returns whether it stored. */
  setIfAbsent(key: string, value: V): boolean;
  delete(key: string): void;
}

export function createBoundedMap<V>(
  maxEntries: number,
  onEvict: (key: string, value: V) => void = () => undefined,
): BoundedMap<V> {
  const entries = new Map<string, V>();
  function set(key: string, value: V): void {
    entries.delete(key);
    entries.set(key, value);
    while (entries.size > maxEntries) {
      const oldest = entries.entries().next();
      if (oldest.done === true) break;
      entries.delete(oldest.value[0]);
      onEvict(oldest.value[0], oldest.value[1]);
    }
  }
  return {
    get: (key) => entries.get(key),
    set,
    setIfAbsent(key, value) {
      if (entries.has(key)) return false;
      set(key, value);
      return true;
    },
    delete: (key) => {
      entries.delete(key);
    },
  };
}

/**
 * A deep copy, so callers that mutate what they stored or read cannot change the store behind
 * its back; Redis gives the same guarantee by serialising.
 */
export function copyOf<T>(value: T): T {
  return structuredClone(value);
}

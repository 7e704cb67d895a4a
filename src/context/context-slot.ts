import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Async-local values of Vitrylo's own (the audit job, the audit writer, a trusted write, a picker's search),
 * all kept in one AsyncLocalStorage. On Node 20 every AsyncLocalStorage that has ever been entered is copied onto
 * every promise the process makes, by every storage: with five of them a panel list page, which makes thousands of
 * promises, paid for five copies of each (Strapi has two storages of its own, its request and its transaction
 * contexts). A slot behaves as a storage of its own: running with a value sets that slot only, the others keep what
 * the caller had.
 */

type Slots = ReadonlyMap<symbol, unknown>;
const storage = new AsyncLocalStorage<Slots>();
const NONE: Slots = new Map();

export interface ContextSlot<T> {
  /** runs fn with this slot set to value (for fn and everything it starts) */
  run<R>(value: T, fn: () => R): R;
  /** this slot's value where the code runs, if any */
  get(): T | undefined;
}

export function contextSlot<T>(name: string): ContextSlot<T> {
  const key = Symbol(name);
  return {
    run(value, fn) {
      const slots = new Map(storage.getStore() ?? NONE);
      slots.set(key, value);
      return storage.run(slots, fn);
    },
    get() {
      return storage.getStore()?.get(key) as T | undefined;
    },
  };
}

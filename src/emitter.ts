// A typed event emitter for the public handle (`on('select' | 'zoom', …)`); internal modules
// call each other directly instead of talking through string events.
export type Listener<T> = (value: T) => void;

export interface Emitter<M> {
  on<K extends keyof M>(type: K, listener: Listener<M[K]>): () => void;
  emit<K extends keyof M>(type: K, value: M[K]): void;
  clear(): void;
}

export function createEmitter<M>(): Emitter<M> {
  const listeners = new Map<keyof M, Set<Listener<never>>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) {
        set = new Set();
        listeners.set(type, set);
      }
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(type, value) {
      for (const listener of listeners.get(type) ?? []) (listener as Listener<typeof value>)(value);
    },
    clear() {
      listeners.clear();
    },
  };
}

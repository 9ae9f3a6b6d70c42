import DataLoader from 'dataloader';

/**
 * A DataLoader that also answers, without a promise, what was primed into it: `get(id)` is the
 * primed value itself when there is one, else `load(id)`. A statements page, an article or a
 * search reads its nested fields along in its own query and primes them here; through `load`
 * alone each of those fields (an article, an outlet, a chain per statement: sixty on a page of
 * twenty) would still cost a promise, a batch tick and graphql-js's asynchronous completion,
 * for a value that was in memory all along.
 *
 * Priming keeps DataLoader's rule: a key already asked for or primed keeps its first value.
 */
export class PrimedLoader<V> extends DataLoader<string, V> {
  private readonly known = new Map<string, V>();
  private readonly asked = new Set<string>();

  override load(key: string): Promise<V> {
    this.asked.add(key);
    return super.load(key);
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (!this.asked.has(key) && !this.known.has(key) && !(value instanceof Error) && !isPromiseLike(value)) this.known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.known.delete(key);
    this.asked.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    this.asked.clear();
    return super.clearAll();
  }

  /** The primed value, or a promise of the loaded one. */
  get(key: string): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }
}

/** `then(value)` now when `value` is already there, after it arrives otherwise. */
export function whenLoaded<V, R>(value: V | Promise<V>, then: (value: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

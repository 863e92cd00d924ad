/**
 * A queue between one producer (the batched reader) and several consumers (the writers): writers never
 * wait for a whole batch to drain, and the reader stays at most `ahead` items in front of them.
 */
export class WorkQueue<T> {
  private readonly items: T[] = [];
  private closed = false;
  private takers: ((item: T | undefined) => void)[] = [];
  private roomWaiters: (() => void)[] = [];

  constructor(private readonly ahead: number) {}

  /** Adds an item; hands it straight to a waiting consumer when there is one. */
  push(item: T): void {
    const taker = this.takers.shift();
    if (taker) taker(item);
    else this.items.push(item);
  }

  /** No more items will come: waiting and later consumers get `undefined`. */
  close(): void {
    this.closed = true;
    for (const t of this.takers) t(undefined);
    this.takers = [];
  }

  /** The next item, or undefined once the queue is closed and empty. */
  take(): Promise<T | undefined> {
    const item = this.items.shift();
    if (this.items.length < this.ahead) this.wakeProducer();
    if (item !== undefined) return Promise.resolve(item);
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.takers.push(resolve));
  }

  /** Resolves when fewer than `ahead` items wait, so the producer may read the next batch. */
  room(): Promise<void> {
    if (this.items.length < this.ahead) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  private wakeProducer(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const w of waiters) w();
  }
}

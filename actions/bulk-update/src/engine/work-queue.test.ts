import { describe, expect, it } from 'vitest';
import { WorkQueue } from './work-queue.js';

describe('WorkQueue', () => {
  it('hands items to waiting consumers in order and ends them with undefined on close', async () => {
    const q = new WorkQueue<number>(2);
    const first = q.take();
    q.push(1);
    q.push(2);
    expect(await first).toBe(1);
    expect(await q.take()).toBe(2);
    const waiting = q.take();
    q.close();
    expect(await waiting).toBeUndefined();
    expect(await q.take()).toBeUndefined();
  });

  it('room() holds the producer while `ahead` items wait, and releases it when one is taken', async () => {
    const q = new WorkQueue<number>(2);
    q.push(1);
    q.push(2);
    let released = false;
    const room = q.room().then(() => {
      released = true;
    });
    await Promise.resolve();
    expect(released).toBe(false);
    await q.take();
    await room;
    expect(released).toBe(true);
  });
});

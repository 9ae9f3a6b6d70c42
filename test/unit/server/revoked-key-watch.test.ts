import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { createLogger } from '../../../src/logger';
import { RevokedKeyWatch, REVOKED_KEY_REASON } from '../../../src/server/revoked-key-watch';

/** A socket that records how it was closed and tells its listeners, as ws does. */
function socket() {
  const emitter = new EventEmitter();
  const closedWith: Array<[number, string]> = [];
  const close = (code: number, reason: string) => {
    closedWith.push([code, reason]);
    emitter.emit('close');
  };
  return { ws: Object.assign(emitter, { close }) as unknown as WebSocket, closedWith };
}

/**
 * What the watch decides from the answer about keys (the real-server test is
 * test/integration/server/subscriptions-revoked-key.test.ts).
 */
describe('RevokedKeyWatch', () => {
  const logger = createLogger('silent');
  let watch: RevokedKeyWatch;
  afterEach(() => watch.stop());

  it('closes the connections of revoked keys with 4401 and keeps the rest, asking once for all keys', async () => {
    const asked: string[][] = [];
    watch = new RevokedKeyWatch({ revokedAmong: async (ids) => (asked.push([...ids]), new Set(['gone'])) }, 60_000, logger);
    const [a, b, c] = [socket(), socket(), socket()];
    watch.add('gone', a.ws);
    watch.add('gone', b.ws);
    watch.add('kept', c.ws);

    expect(await watch.check()).toBe(2);

    expect(asked).toEqual([['gone', 'gone', 'kept']]);
    expect(a.closedWith).toEqual([[4401, REVOKED_KEY_REASON]]);
    expect(b.closedWith).toEqual([[4401, REVOKED_KEY_REASON]]);
    expect(c.closedWith).toEqual([]);
  });

  it('keeps every connection when the keys cannot be checked (the database is down)', async () => {
    watch = new RevokedKeyWatch({ revokedAmong: async () => Promise.reject(new Error('unavailable')) }, 60_000, logger);
    const a = socket();
    watch.add('key', a.ws);

    expect(await watch.check()).toBe(0);
    expect(a.closedWith).toEqual([]);
  });

  it('asks nothing when no connection is open, nor for a connection that has closed', async () => {
    let asked = 0;
    watch = new RevokedKeyWatch({ revokedAmong: async () => (asked++, new Set(['key'])) }, 60_000, logger);
    expect(await watch.check()).toBe(0);
    const a = socket();
    watch.add('key', a.ws);
    (a.ws as unknown as EventEmitter).emit('close');

    expect(await watch.check()).toBe(0);
    expect(asked).toBe(0);
  });
});

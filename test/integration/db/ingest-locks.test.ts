import { ingestRepository } from '../../../src/repositories/ingest.repository';
import { useTestGraph } from '../../helpers/graph';

/**
 * The identity locks of an ingest (`ingest/merge-ingest-locks`): a transaction that takes a key
 * another holds waits until the holder ends, whether the key's lock node is new or was made by
 * an earlier ingest; taking it again keeps when it was first locked, and names the
 * transaction that took it.
 */
describe('ingest identity locks', () => {
  const { graph, count } = useTestGraph({ wipe: 'each' });

  const HOLD_MS = 1_500;

  /** When a second transaction got the key, and when the first (holding it for HOLD_MS) ended. */
  async function contend(key: string): Promise<{ secondLockedAt: number; firstEndedAt: number }> {
    let locked!: () => void;
    const firstHolds = new Promise<void>((resolve) => (locked = resolve));
    let firstEndedAt = 0;
    const first = graph()
      .writeTransaction(async (tx) => {
        await ingestRepository.lockIdentities(tx, [key], new Date().toISOString(), 'test');
        locked();
        await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      })
      .then(() => (firstEndedAt = Date.now()));
    await firstHolds;
    let secondLockedAt = 0;
    await graph().writeTransaction(async (tx) => {
      await ingestRepository.lockIdentities(tx, [key], new Date().toISOString(), 'test');
      secondLockedAt = Date.now();
    });
    await first;
    return { secondLockedAt, firstEndedAt };
  }

  it('a key locked by a running ingest holds a second one until it ends, when its lock node already existed', async () => {
    await graph().writeTransaction((tx) => ingestRepository.lockIdentities(tx, ['surname:clinton'], '2024-01-01T00:00:00.000Z', 'test'));
    const { secondLockedAt, firstEndedAt } = await contend('surname:clinton');
    expect(secondLockedAt).toBeGreaterThanOrEqual(firstEndedAt - 50);
  });

  it('a key locked by a running ingest holds a second one until it ends, when the first created its lock node', async () => {
    const { secondLockedAt, firstEndedAt } = await contend('surname:kaine');
    expect(secondLockedAt).toBeGreaterThanOrEqual(firstEndedAt - 50);
    expect(await count("MATCH (l:IngestLock {key: 'surname:kaine'}) RETURN count(l)")).toBe(1);
  });

  it('taking a lock again keeps when it was first locked, and answers who took it before', async () => {
    await graph().writeTransaction((tx) => ingestRepository.lockIdentities(tx, ['surname:clinton'], '2024-01-01T00:00:00.000Z', 'test'));
    const before = await graph().writeTransaction((tx) => ingestRepository.lockIdentities(tx, ['surname:clinton'], '2025-06-01T00:00:00.000Z', 'second'));
    expect(before.get('surname:clinton')).toBe('test');
    expect(await count("MATCH (l:IngestLock {key: 'surname:clinton', lockedAt: '2024-01-01T00:00:00.000Z'}) RETURN count(l)")).toBe(1);
  });
});

import Redis from 'ioredis';
import { startTestRedis } from '../../helpers/redis-server';

describe('the tests’ Redis', () => {
  it('is a real redis-server that answers commands and stops cleanly', async () => {
    const redis = await startTestRedis();
    const client = new Redis(redis.url);
    try {
      await client.set('claimgraph:probe', '1');
      expect(await client.get('claimgraph:probe')).toBe('1');
    } finally {
      client.disconnect();
      await redis.stop();
    }
  });
});

import { loadConfig } from '../../../src/config/config';

describe('rate limit, Redis, metrics and proxy settings', () => {
  it('defaults to 600 reads and 60 writes a minute, in memory, /metrics open, no proxy trusted', () => {
    const config = loadConfig({});
    expect(config.rateLimit).toEqual({ reads: 600, writes: 60, windowSeconds: 60 });
    expect(config.redisUrl).toBeUndefined();
    expect(config.metricsToken).toBeUndefined();
    expect(config.trustProxy).toBe(false);
  });

  it('reads the budgets, 0 meaning no limit', () => {
    expect(loadConfig({ RATE_LIMIT_READS: '0', RATE_LIMIT_WRITES: '5', RATE_LIMIT_WINDOW_SECONDS: '10' }).rateLimit).toEqual({ reads: 0, writes: 5, windowSeconds: 10 });
  });

  it.each([
    ['RATE_LIMIT_READS', '-1', /RATE_LIMIT_READS: .*\(got "-1"\)/],
    ['RATE_LIMIT_WRITES', 'ten', /RATE_LIMIT_WRITES: .*\(got "ten"\)/],
    ['RATE_LIMIT_WINDOW_SECONDS', '0', /RATE_LIMIT_WINDOW_SECONDS: .*\(got "0"\)/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/],
    ['METRICS_TOKEN', 'short', /METRICS_TOKEN: must be at least 16 characters/],
    ['TRUST_PROXY', 'everyone', /TRUST_PROXY: must be a number of proxies/],
  ])('refuses a bad %s, naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it.each([
    ['1', 1],
    ['true', true],
    ['false', false],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
  ])('takes TRUST_PROXY=%s as express does', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('accepts redis:// and rediss:// URLs', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@cache.internal:6380/2' }).redisUrl).toBe('rediss://user:pw@cache.internal:6380/2');
  });
});

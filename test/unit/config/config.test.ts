import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../../src/config/config';

describe('configuration from the environment', () => {
  it('uses the embedded Neo4j on 127.0.0.1 when NEO4J_URI is not set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j).toMatchObject({ uri: 'bolt://127.0.0.1:7687', embedded: true });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.embedded).toBe(true);
  });

  it('uses the named server when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'secret',
      database: undefined,
      embedded: false,
      driver: { connectionTimeoutMs: 2000, acquisitionTimeoutMs: 10000, maxRetryTimeMs: 15000, unreachableCheckMs: 250 },
    });
  });

  it('reads the driver\'s timeouts, so a dead database can be made to fail faster or slower', () => {
    const config = loadConfig({ NEO4J_CONNECTION_TIMEOUT_MS: '500', NEO4J_MAX_RETRY_TIME_MS: '3000', NEO4J_UNREACHABLE_CHECK_MS: '100' });
    expect(config.neo4j.driver).toMatchObject({ connectionTimeoutMs: 500, maxRetryTimeMs: 3000, unreachableCheckMs: 100 });
    expect(() => loadConfig({ NEO4J_UNREACHABLE_CHECK_MS: '0' })).toThrow(/NEO4J_UNREACHABLE_CHECK_MS: .*\(got "0"\)/);
  });

  it('names the variable and the value when one is malformed', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: .*\(got "eighty"\)/);
  });

  it('rejects a URI that is not a Bolt or Neo4j scheme', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI: must be a bolt/);
  });

  it('requires NEO4J_PASSWORD together with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD: is required when NEO4J_URI is set/);
  });

  it('rejects a short embedded password', () => {
    expect(() => loadConfig({ EMBEDDED_NEO4J_PASSWORD: 'short' })).toThrow(/EMBEDDED_NEO4J_PASSWORD: must be at least 8/);
  });

  it('turns introspection off in production unless ENABLE_INTROSPECTION turns it on', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).enableIntrospection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ENABLE_INTROSPECTION: 'true' }).enableIntrospection).toBe(true);
    expect(loadConfig({}).enableIntrospection).toBe(true);
    expect(loadConfig({ ENABLE_INTROSPECTION: 'false' }).enableIntrospection).toBe(false);
    expect(() => loadConfig({ ENABLE_INTROSPECTION: 'maybe' })).toThrow(/ENABLE_INTROSPECTION: .*\(got "maybe"\)/);
  });

  it('reads CORS_ORIGINS as a comma-separated list of origins, none by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173,' }).corsOrigins).toEqual(['https://a.example.org', 'http://localhost:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.org/dashboard' })).toThrow(/CORS_ORIGINS: must be origins .*\(got "https:\/\/a.example.org\/dashboard"\)/);
  });

  it('takes the public base URL without a trailing slash, and refuses one that is not http(s)', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://claims.example.org/' }).publicUrl).toBe('https://claims.example.org');
    expect(loadConfig({}).publicUrl).toBeNull();
    expect(() => loadConfig({ PUBLIC_URL: 'claims.example.org' })).toThrow(/PUBLIC_URL: must be an http/);
    expect(() => loadConfig({ PUBLISHER_URL: 'ftp://x' })).toThrow(/PUBLISHER_URL: must be an http/);
  });

  it('reads REDIS_URL for live updates across replicas, and refuses another scheme', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL: must be a redis/);
  });

  it('checks the keys of live connections every 30 s unless LIVE_KEY_CHECK_MS says otherwise, at least every hour and at most every 100 ms', () => {
    expect(loadConfig({}).liveKeyCheckMs).toBe(30_000);
    expect(loadConfig({ LIVE_KEY_CHECK_MS: '500' }).liveKeyCheckMs).toBe(500);
    expect(() => loadConfig({ LIVE_KEY_CHECK_MS: '50' })).toThrow(/LIVE_KEY_CHECK_MS/);
    expect(() => loadConfig({ LIVE_KEY_CHECK_MS: '3600001' })).toThrow(/LIVE_KEY_CHECK_MS/);
  });

  it('lists every variable in .env.example', () => {
    const example = fs.readFileSync(path.join(__dirname, '..', '..', '..', '.env.example'), 'utf8');
    const listed = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});

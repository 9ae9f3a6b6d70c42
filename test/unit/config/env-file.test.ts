import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEnvFile } from '../../../src/config/env-file';

describe('.env', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-env-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fills the settings the environment leaves unset, and the environment wins', () => {
    fs.writeFileSync(path.join(dir, '.env'), '# comment\nPORT=4100\nLOG_LEVEL=debug\nCORS_ORIGINS="https://a.example.org"\n');
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    readEnvFile(dir, env);
    expect(env).toEqual({ PORT: '4100', LOG_LEVEL: 'warn', CORS_ORIGINS: 'https://a.example.org' });
  });

  it('is optional', () => {
    const env: NodeJS.ProcessEnv = {};
    readEnvFile(path.join(dir, 'nowhere'), env);
    expect(env).toEqual({});
  });
});

import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config/config';

/**
 * Builds the web app (web/ → dist/web) when needed: part of `npm run build`, so `npm start`
 * serves a current app without a third command. "Needed" means the fingerprint of what the
 * build reads — web/, the schema and the lockfile — differs from the one the last build
 * left, so an unchanged checkout starts in the time of a hash instead of a Vite build.
 */
const WEB_DIR = path.join(PROJECT_ROOT, 'web');
const OUT_DIR = path.join(PROJECT_ROOT, 'dist', 'web');
const STAMP = path.join(OUT_DIR, '.build-fingerprint');
const GENERATED = path.join(WEB_DIR, 'src', 'gql');

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return full === GENERATED || entry.name === 'node_modules' ? [] : filesUnder(full);
      return [full];
    })
    .sort();
}

/** A hash of every input of the web build (generated code aside: it is an output of the schema). */
export function webFingerprint(): string {
  const hash = crypto.createHash('sha256');
  const inputs = [...filesUnder(WEB_DIR), path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), path.join(PROJECT_ROOT, 'schema', 'examples.graphql'), path.join(PROJECT_ROOT, 'package-lock.json')];
  for (const file of inputs) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function run(bin: string, args: string[]): void {
  const result = spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', bin), args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Builds dist/web unless it is current; answers whether it built. */
export function ensureWebBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): boolean {
  const log = options.log ?? ((line: string) => console.log(line));
  const fingerprint = webFingerprint();
  const current = fs.existsSync(path.join(OUT_DIR, 'index.html')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === fingerprint;
  if (current && !options.force) {
    log('web app up to date (dist/web)');
    return false;
  }
  // Typed operations first: the app's code imports them.
  run('graphql-codegen', ['--config', 'web/codegen.ts', '--silent']);
  run('vite', ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  fs.writeFileSync(STAMP, webFingerprint());
  log('built the web app into dist/web');
  return true;
}

if (require.main === module) {
  try {
    ensureWebBuilt({ force: process.argv.includes('--force') });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

'use strict';
/**
 * `node scripts/run-compiled.cjs <command> [args…]`: runs dist/src/cli/<command>.js (or, for
 * `scripts/<name>`, dist/scripts/<name>.js), compiling first only when a source file is newer
 * than the last build. Every CLI runs compiled code this way: no tsx loader on every module, no
 * 5 s of `tsc` when nothing changed, and the same command works in the Docker image, which holds
 * dist/ but neither the sources nor the compiler (there it runs dist/ as it is).
 * Plain CommonJS, since it runs before any build.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const [command, ...args] = process.argv.slice(2);
if (!command || !/^(scripts\/)?[a-z-]+$/.test(command)) {
  process.stderr.write('usage: run-compiled.cjs <command> [args…]\n');
  process.exit(2);
}
const target = command.startsWith('scripts/')
  ? path.join(root, 'dist', `${command}.js`)
  : path.join(root, 'dist', 'src', 'cli', `${command}.js`);
// When the last build began: tsc leaves its own build info untouched when no output changed.
const stamp = path.join(root, 'dist', '.run-compiled-stamp');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const canBuild = fs.existsSync(path.join(root, 'src')) && fs.existsSync(tsc);
const built = fs.existsSync(target) && fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
const sources = canBuild
  ? Math.max(newestSource(path.join(root, 'src')), newestSource(path.join(root, 'scripts')), fs.statSync(path.join(root, 'tsconfig.json')).mtimeMs)
  : 0;
if (canBuild && sources > built) {
  const started = new Date();
  // tsc emits even when it reports type errors (as tsx would run the code); its report goes to stderr.
  spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
    stdio: ['ignore', 2, 2],
  });
  fs.writeFileSync(stamp, '');
  fs.utimesSync(stamp, started, started);
}
process.argv = [process.argv[0], target, ...args];
require(target);

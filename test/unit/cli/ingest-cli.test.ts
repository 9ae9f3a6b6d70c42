import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ingestProgressBar } from '../../../src/cli/progress-bar';

const repoRoot = path.resolve(__dirname, '../../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

function ingest(args: string[]) {
  const r = spawnSync(tsx, [path.join(repoRoot, 'src', 'cli', 'ingest.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the ingest command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-ingest-cli-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Republicans said the credibility of the Congress was on the line.');

  it('describes --metadata in its help', () => {
    const r = ingest(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--metadata <file>/);
    expect(r.stdout).toMatch(/PolNeAR's metadata.tsv works as it is/);
  });

  it('stops on a malformed metadata table with one line naming the file and line, before touching the database', () => {
    const table = path.join(dir, 'metadata.csv');
    fs.writeFileSync(table, 'filename,title\na,A title\nb,"unclosed\n');
    // An address nothing listens on: the command must fail before it would connect.
    const r = spawnSync(tsx, [path.join(repoRoot, 'src', 'cli', 'ingest.ts'), '--metadata', table, dir], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'unused' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`${table}:3: Quote Not Closed: the parsing is finished with an opening quote at line 3`]);
  });

  it('shows the time left in its progress bar, not a placeholder', () => {
    let output = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    const bar = ingestProgressBar({ stream, forceOutput: true });
    bar.start(84, 0);
    for (let i = 0; i < 4; i++) bar.increment();
    bar.stop();
    expect(output).toMatch(/4\/84 articles \| \d+s left/);
    expect(output).not.toMatch(/\{eta/);
  });
});

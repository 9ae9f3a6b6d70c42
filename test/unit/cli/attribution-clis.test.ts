import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const shared = path.resolve(repoRoot, '..', 'shared');
const article = path.join(shared, 'articles', 'unn-2024-05-23-putin-visit-belarus.txt');
const devDir = path.join(shared, 'datasets', 'polnear', 'dev');

function run(cli: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [path.join(repoRoot, 'src', 'cli', `${cli}.ts`), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('attribution CLIs', () => {
  it.each(['extract', 'eval-attribution', 'train-attribution', 'bench-extraction'])('%s prints --help', (cli) => {
    const r = run(cli, ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: /);
  });

  it('extract exits non-zero with a message for a missing file', () => {
    const r = run('extract', ['--format', 'jsonl', '/nonexistent/article.txt']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^extract: .*nonexistent/);
  });

  it('eval-attribution exits non-zero for a folder that is not PolNeAR', () => {
    const r = run('eval-attribution', [os.tmpdir()]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/not a PolNeAR folder/);
  });

  (fs.existsSync(article) ? it : it.skip)('extract writes one scorer-format JSON line per file, with speaker, kind, chain and confidence', () => {
    const r = run('extract', ['--format', 'jsonl', article]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string) as { file: string; attributions: Record<string, unknown>[] };
    expect(line.file).toBe('unn-2024-05-23-putin-visit-belarus.txt');
    expect(line.attributions.length).toBeGreaterThan(5);
    for (const a of line.attributions) {
      expect(a).toHaveProperty('content');
      expect(typeof a.confidence).toBe('number');
      expect(a).toHaveProperty('speaker');
      expect(a).toHaveProperty('kind');
    }
    expect(line.attributions).toContainEqual(
      expect.objectContaining({ speaker: 'Dmitry Peskov', kind: 'INDIRECT', chain: ['the Russian media', 'UNN'] }),
    );
  });

  (fs.existsSync(article) ? it : it.skip)('bench-extraction reports the cold first pass apart from the warm median', () => {
    const r = run('bench-extraction', ['--warmup', '0', '--passes', '1', article]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^whole extraction over 1 articles/);
    expect(r.stdout).toMatch(/first pass \(cold[^\n]*: \d+ articles\/s \(wall clock\)/);
    expect(r.stdout).toMatch(/warm, median of 1 passes: \d+ articles\/s/);
  });

  it('bench-extraction refuses a pass count below one, naming the option', () => {
    const r = run('bench-extraction', ['--passes', '0']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--passes <n>.*must be a whole number of at least 1/);
  });

  (fs.existsSync(devDir) ? it : it.skip)('eval-attribution --predictions prints exactly what the reference scorer prints', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-'));
    try {
      const files = fs.readdirSync(path.join(devDir, 'text')).sort().slice(0, 5).map((f) => path.join(devDir, 'text', f));
      const pred = path.join(tmp, 'pred.jsonl');
      fs.writeFileSync(pred, run('extract', ['--format', 'jsonl', ...files]).stdout);
      const ours = run('eval-attribution', [devDir, '--predictions', pred]);
      const theirs = spawnSync('python3', [path.join(shared, 'tools', 'score-attributions.py'), devDir, pred], { encoding: 'utf8' });
      expect(ours.status).toBe(0);
      expect(ours.stdout).toBe(theirs.stdout);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

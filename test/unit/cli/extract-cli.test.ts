import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const article = path.resolve(repoRoot, '..', 'shared', 'articles', 'unn-2024-05-23-putin-visit-belarus.txt');
const withArticle = fs.existsSync(article) ? it : it.skip;

/** A PolNeAR dev sentence whose content names no proposition: "Clinton called … “deplorables.”" */
const NO_CLAIM = 'At a recent fundraising gig in New York with celebrity Barbra Streisand, Clinton called half of Donald Trump’s supporters “deplorables.”\n';

interface Attribution {
  speaker: string | null;
  kind: string | null;
  chain: string[];
  claim: string | null;
  counters: Array<{ text: string; confidence: number; cue: string | null }>;
  supports: unknown[];
}

function extract(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [path.join(repoRoot, 'src', 'cli', 'extract.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(stdout: string): Array<{ file: string; attributions: Attribution[] }> {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; attributions: Attribution[] });
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

describe('extract: claims and counterclaims in the JSON lines', () => {
  withArticle('Kovalenko calls the reports "premature horror stories": his attribution carries his claim and the claims it counters, with confidence', () => {
    const r = extract(['--format', 'jsonl', article]);
    expect(r.status).toBe(0);
    const kovalenko = lines(r.stdout)[0]?.attributions.find((a) => a.speaker === 'Andriy Kovalenko');
    expect(kovalenko?.claim).toMatch(/^Ukraine has control over the situation on the border with Belarus/);
    expect(kovalenko?.counters).toContainEqual({ text: 'Belarus poses a great threat', confidence: expect.any(Number), cue: 'premature horror stories' });
    expect(kovalenko?.supports).toEqual([]);
  });

  withArticle('keeps every field the scorer and clients read, and adds claim, counters and supports after them', () => {
    const first = lines(extract(['--format', 'jsonl', article]).stdout)[0]?.attributions[0] as unknown as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['source', 'cue', 'content', 'confidence', 'speaker', 'kind', 'chain', 'claim', 'counters', 'supports']);
  });

  it('"Clinton called half of Donald Trump’s supporters “deplorables.”" asserts no claim: claim is null', () => {
    const r = extract([write('deplorables.txt', NO_CLAIM)]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)[0]?.attributions).toContainEqual(expect.objectContaining({ speaker: expect.stringMatching(/Clinton$/), claim: null, counters: [] }));
  });
});

describe('extract --format text', () => {
  withArticle('shows per attribution the speaker, kind, chain, the quoted words and what it counters', () => {
    const r = extract(['--format', 'text', article]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^== unn-2024-05-23-putin-visit-belarus\.txt \(published by UNN on 2024-05-23\): \d+ attributions/);
    expect(r.stdout).toMatch(/\d+\. Dmitry Peskov — INDIRECT, via the Russian media → UNN \(confidence \d\.\d\d\)/);
    expect(r.stdout).toMatch(/“"Today the two presidents will communicate/);
    expect(r.stdout).toMatch(/\d+\. Andriy Kovalenko — INDIRECT[^\n]*\n(?: {3}[^\n]*\n)*? {3}counters: Belarus poses a great threat \(0\.\d\d, “premature horror stories”\)/);
  });
});

describe('extract: files, folders and failures', () => {
  it('refuses a binary file with the message ingest gives, and still extracts the next file (exit code 1)', () => {
    const binary = write('scan.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x07]));
    const good = write('good.txt', NO_CLAIM);
    const r = extract([binary, good]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`extract: ${binary}: input.text: looks like binary data, not text\n`);
    expect(lines(r.stdout).map((l) => l.file)).toEqual(['good.txt']);
  });

  it('reports a missing path by name and goes on with the others', () => {
    const good = write('other.txt', NO_CLAIM);
    const r = extract(['/nonexistent/article.txt', good]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('extract: /nonexistent/article.txt: no such file or folder\n');
    expect(lines(r.stdout).map((l) => l.file)).toEqual(['other.txt']);
  });

  it('walks a folder for .txt and .md files, in order, and leaves other files alone', () => {
    write('folder/b.md', NO_CLAIM);
    write('folder/sub/a.txt', NO_CLAIM);
    write('folder/articles.jsonl', '{"text": "not read"}\n');
    write('folder/notes.csv', 'a,b\n');
    const r = extract([path.join(tmp, 'folder')]);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((l) => l.file)).toEqual(['b.md', 'a.txt']);
  });

  it('--threads 2 writes the same bytes as --threads 0 (all in one thread), errors in their place on stderr', () => {
    const files = [write('threads/a.txt', NO_CLAIM), '/nonexistent/b.txt', write('threads/c.md', `${NO_CLAIM}Trump said it was rigged.\n`), write('threads/d.txt', NO_CLAIM)];
    const one = extract(['--threads', '0', ...files]);
    const two = extract(['--threads', '2', ...files]);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(lines(two.stdout).map((l) => l.file)).toEqual(['a.txt', 'c.md', 'd.txt']);
  });

  it('refuses a negative --threads, naming the option', () => {
    const r = extract(['--threads', '-1', write('y.txt', NO_CLAIM)]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/'--threads <n>' argument '-1' is invalid\. must be a whole number of at least 0/);
  });

  it('refuses an unknown --format, naming the choices', () => {
    const r = extract(['--format', 'xml', write('x.txt', NO_CLAIM)]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/'--format <format>' argument 'xml' is invalid\. Allowed choices are jsonl, json, text/);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listArticleFiles, readArticles } from '../../../src/cli/article-files';

describe('reading articles for the ingest command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-articles-'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Plain text article.');
  fs.writeFileSync(path.join(dir, 'b.md'), '# The title\n\nBody said things.');
  fs.writeFileSync(path.join(dir, 'skip.pdf'), '%PDF');
  fs.writeFileSync(
    path.join(dir, 'c.jsonl'),
    '{"text": "One.", "url": "https://x.org/1", "publishedAt": "2024-05-23", "outlet": "UNN"}\n\nnot json\n{"text": "Two.", "publishedAt": "yesterday"}\n',
  );

  it('walks folders for .txt, .md and .jsonl files, in a stable order', () => {
    expect(listArticleFiles([dir]).map((f) => path.basename(f))).toEqual(['a.txt', 'b.md', 'c.jsonl']);
  });

  it('refuses a path that does not exist', () => {
    expect(() => listArticleFiles([path.join(dir, 'nope')])).toThrow(/no such file or folder/);
  });

  it('takes a Markdown heading on the first line as the title', () => {
    expect(readArticles(path.join(dir, 'b.md'))).toEqual([
      { source: path.join(dir, 'b.md'), article: { text: '# The title\n\nBody said things.', title: 'The title' } },
    ]);
  });

  it('reads one article per .jsonl line with its metadata, and reports each bad line by number', () => {
    const file = path.join(dir, 'c.jsonl');
    const [one, bad, date] = readArticles(file);
    expect(one).toEqual({
      source: `${file}:1`,
      article: { text: 'One.', url: 'https://x.org/1', title: null, outlet: 'UNN', language: null, publishedAt: new Date('2024-05-23') },
    });
    expect(bad).toEqual({ source: `${file}:3`, error: expect.stringContaining('not valid JSON') });
    expect(date).toEqual({ source: `${file}:4`, error: '"publishedAt" is not a date: yesterday' });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listArticleFiles, readArticles } from '../../../src/cli/article-files';
import { readMetadataTable } from '../../../src/cli/article-metadata';

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
      article: { text: 'One.', url: 'https://x.org/1', title: null, outlet: 'UNN', author: null, language: null, publishedAt: new Date('2024-05-23') },
    });
    expect(bad).toEqual({ source: `${file}:3`, error: expect.stringContaining('not valid JSON') });
    expect(date).toEqual({ source: `${file}:4`, error: '"publishedAt" is not a date: yesterday' });
  });

  it('reads a .jsonl line\'s "date" as publishedAt, "publisher" as outlet, and its author', () => {
    const file = path.join(dir, 'aliases.jsonl');
    fs.writeFileSync(file, '{"text": "One.", "date": "2016-09-12", "publisher": "nyt", "author": "Ron Nixon"}\n{"text": "Two.", "date": "soon"}\n');
    const [one, bad] = readArticles(file);
    expect(one).toMatchObject({ article: { publishedAt: new Date('2016-09-12'), outlet: 'nyt', author: 'Ron Nixon' } });
    expect(bad).toEqual({ source: `${file}:2`, error: '"date" is not a date: soon' });
  });

  describe('with a sidecar metadata table', () => {
    const table = path.join(dir, 'metadata.tsv');
    fs.writeFileSync(
      table,
      'filename\tpublisher\tpublication_date\tauthor\ttitle\n' +
        'a\twash-post\t2016-09-30\tPhilip Rucker\tTrump urges supporters to monitor polling places\n' +
        'b\tnyt\t2016-10-02\tNone\tFrom the table\n' +
        'c.jsonl\tbreitbart\t2016-10-03\tAP\tNone\n' +
        'not-here\tpolitico\t2016-10-04\tNone\tNo such file\n',
    );

    it('gives a .txt article the title, date, outlet and author of its row', () => {
      const [one] = readArticles(path.join(dir, 'a.txt'), readMetadataTable(table));
      expect(one).toMatchObject({
        article: { title: 'Trump urges supporters to monitor polling places', publishedAt: new Date('2016-09-30'), outlet: 'wash-post', author: 'Philip Rucker' },
      });
    });

    it('lets the table win over a Markdown heading', () => {
      const [one] = readArticles(path.join(dir, 'b.md'), readMetadataTable(table));
      expect(one).toMatchObject({ article: { title: 'From the table', author: null } });
    });

    it("lets a .jsonl line's own metadata win over the row naming its file, which fills the rest", () => {
      const [one] = readArticles(path.join(dir, 'c.jsonl'), readMetadataTable(table));
      expect(one).toMatchObject({ article: { outlet: 'UNN', publishedAt: new Date('2024-05-23'), author: 'AP' } });
    });

    it('leaves an article the table does not name as it is', () => {
      fs.writeFileSync(path.join(dir, 'unlisted.txt'), 'Plain.');
      expect(readArticles(path.join(dir, 'unlisted.txt'), readMetadataTable(table))).toEqual([
        { source: path.join(dir, 'unlisted.txt'), article: { text: 'Plain.', title: null } },
      ]);
    });
  });
});

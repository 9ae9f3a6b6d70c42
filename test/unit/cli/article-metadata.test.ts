import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byline, metadataFor, readMetadataTable } from '../../../src/cli/article-metadata';

const POLNEAR_METADATA = path.join(__dirname, '..', '..', '..', '..', 'shared', 'datasets', 'polnear', 'metadata.tsv');

describe('reading a sidecar metadata table for the ingest command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-metadata-'));
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it("reads PolNeAR's metadata.tsv as it is: title, date, publisher slug and author by file name", () => {
    const table = readMetadataTable(POLNEAR_METADATA);
    expect(metadataFor(table, '/anywhere/nyt_2016-09-12_visa-program-up-for-renewal-amid.txt')).toEqual({
      title: 'Visa Program Up for Renewal Amid Allegations of Fraud',
      publishedAt: new Date('2016-09-12T00:00:00Z'),
      outlet: 'nyt',
      author: 'RON NIXON',
      url: null,
    });
  });

  it('reads a "None" cell (wire copy with no byline in PolNeAR) as no author', () => {
    const table = readMetadataTable(POLNEAR_METADATA);
    expect(metadataFor(table, 'huff-post_2016-09-27_obama-power-plant-rules-face-key.txt')?.author).toBeNull();
  });

  it('drops the "By" scraped with a byline ("By JAMES B. STEWART", "byYlan Q. Mui")', () => {
    const table = readMetadataTable(POLNEAR_METADATA);
    expect(metadataFor(table, 'nyt_2016-09-16_clinton-plan-for-taxes-is-expans')?.author).toBe('JAMES B. STEWART');
    expect(byline('byYlan Q. Mui')).toBe('Ylan Q. Mui');
  });

  it('keeps names that begin with the letters "by" ("Byron York", "BYRON YORK")', () => {
    expect([byline('Byron York'), byline('BYRON YORK')]).toEqual(['Byron York', 'BYRON YORK']);
  });

  it('matches a row to the article file with or without its extension', () => {
    const table = readMetadataTable(write('by-name.csv', 'file,title\nstem,Without extension\nfull.txt,With extension\n'));
    expect(metadataFor(table, path.join(dir, 'stem.txt'))?.title).toBe('Without extension');
    expect(metadataFor(table, path.join(dir, 'full.txt'))?.title).toBe('With extension');
    expect(metadataFor(table, path.join(dir, 'full'))?.title).toBe('With extension');
    expect(metadataFor(table, path.join(dir, 'other.txt'))).toBeUndefined();
  });

  it('reads a CSV with quoted cells and the .jsonl column names (publishedAt, outlet, url)', () => {
    const table = readMetadataTable(
      write('quoted.csv', 'name,title,publishedAt,outlet,url\na,"Peskov: ""the visit is on"", Kremlin says",2024-05-23,UNN,https://unn.ua/1\n'),
    );
    expect(metadataFor(table, 'a.txt')).toEqual({
      title: 'Peskov: "the visit is on", Kremlin says',
      publishedAt: new Date('2024-05-23T00:00:00Z'),
      outlet: 'UNN',
      author: null,
      url: 'https://unn.ua/1',
    });
  });

  it('detects a tab-separated table by its header when the extension says nothing', () => {
    const table = readMetadataTable(write('table.txt', 'filename\tpublisher\ta\twash-post\n'.replace('\ta\t', '\na\t')));
    expect(metadataFor(table, 'a.txt')?.outlet).toBe('wash-post');
  });

  it('takes a TSV cell literally, so a title may begin with a quotation mark', () => {
    const table = readMetadataTable(write('quotes.tsv', 'filename\ttitle\na\t"Disgusting Fraud," lawmakers say\n'));
    expect(metadataFor(table, 'a')?.title).toBe('"Disgusting Fraud," lawmakers say');
  });

  it('refuses a row with too many cells, naming the file and line', () => {
    const file = write('long-row.csv', 'filename,title\na,x\nb,y,z\n');
    expect(() => readMetadataTable(file)).toThrow(`${file}:3: Invalid Record Length`);
  });

  it('refuses a date it cannot read, naming the file, line and column', () => {
    const file = write('bad-date.tsv', 'filename\tpublication_date\na\t2016-09-12\nb\tlast Tuesday\n');
    expect(() => readMetadataTable(file)).toThrow(`${file}:3: publication_date is not a date: last Tuesday`);
  });

  it('refuses a URL it cannot read, naming the file, line and column', () => {
    const file = write('bad-url.csv', 'filename,url\na,https://www.politico.com/story/2016/09/x\nb,politico story\n');
    expect(() => readMetadataTable(file)).toThrow(`${file}:3: url is not a URL: politico story`);
  });

  it('refuses a table without a file-name column', () => {
    const file = write('no-file.csv', 'title,author\nx,y\n');
    expect(() => readMetadataTable(file)).toThrow(`${file}:1: no file-name column (one of filename, file, name) in the header`);
  });

  it('refuses a file listed twice, naming both lines', () => {
    const file = write('twice.csv', 'filename,title\na,x\na.txt,y\n');
    expect(() => readMetadataTable(file)).toThrow(`${file}:3: a.txt is listed twice (first on line 2)`);
  });

  it('refuses a table it cannot open with a one-line message', () => {
    const file = path.join(dir, 'missing.tsv');
    expect(() => readMetadataTable(file)).toThrow(`${file}: cannot read the metadata table (ENOENT)`);
  });
});

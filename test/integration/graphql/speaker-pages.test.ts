import neo4j from 'neo4j-driver';
import { statementSortKey } from '../../../src/model/statement-sort-key';
import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }';

const PAGE = `query($filter: StatementFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id quote kind at span { start } speaker { id } article { id } } }
  }
}`;

interface Row {
  id: string;
  quote: string;
  kind: string;
  at: string;
  span: { start: number };
  speaker: { id: string } | null;
  article: { id: string };
}

/** The statements' list order: newest first, then article, reading order and id. */
function listOrder(a: Row, b: Row): number {
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(b.at, a.at) || cmp(a.article.id, b.article.id) || cmp(a.span.start, b.span.start) || cmp(a.id, b.id);
}

/**
 * A speaker's page is read from the index on MADE's (speakerId, sortKey) (migration 0011): these
 * pin that it lists exactly what a scan of the whole list would, through ties on the time and
 * within an article, under concurrent inserts, after merges and corrections, and that it reads
 * no more index entries than the page holds.
 */
describe("a speaker's statements, paged from the index on MADE", () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys;

  const q = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any> => {
    const { body } = await server.graphql<any>(query, variables, headers);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body;
  };
  /** One article of `day` in which each quote is said by its speaker, in this order. */
  const say = (day: string, lines: Array<[string, string]>, title: string) =>
    q(
      INGEST,
      {
        input: {
          text: `${title}: ${lines.map(([speaker, quote]) => `${speaker} said ${quote}.`).join(' ')}`,
          outlet: 'City Paper',
          publishedAt: `${day}T08:00:00Z`,
          statements: lines.map(([speaker, quote]) => ({ speaker, quote })),
        },
      },
      keys.editor,
    );
  const everything = async (): Promise<Row[]> => (await q(PAGE, { first: 100 })).data.statements.edges.map((e: any) => e.node);
  const speakerOf = async (name: string): Promise<string> =>
    (await q('query($s: String) { actors(search: $s) { edges { node { id name } } } }', { s: name })).data.actors.edges.find((e: any) => e.node.name === name).node.id;
  /** Every page of `filter`, `first` at a time; `between` runs after each page. */
  const pageThrough = async (filter: Record<string, unknown>, first: number, between?: (page: number) => Promise<void>): Promise<Row[]> => {
    const seen: Row[] = [];
    let after: string | null = null;
    let page = 0;
    do {
      const body: any = (await q(PAGE, { filter, first, after })).data.statements;
      seen.push(...body.edges.map((e: any) => e.node));
      after = body.pageInfo.hasNextPage ? body.pageInfo.endCursor : null;
      await between?.(page++);
    } while (after);
    return seen;
  };
  const ids = (rows: Row[]) => rows.map((r) => r.id);
  const ofSpeaker = (rows: Row[], id: string) => rows.filter((r) => r.speaker?.id === id).sort(listOrder);

  beforeAll(async () => {
    ({ graph, server, keys, close } = await startTestApi());
    // Three articles on one day and one the day before: Jane's statements tie on `at` across
    // articles and within each; Tom and Ann share her articles.
    await say('2024-05-01', [['Jane Doe', 'the dam holds'], ['Tom Roe', 'the dam leaks'], ['Jane Doe', 'the river is low']], 'Dam');
    await say('2024-05-02', [['Jane Doe', 'the road is open'], ['Jane Doe', 'the bridge is open'], ['Ann Poe', 'the road is shut'], ['Jane Doe', 'the tunnel is open']], 'Roads');
    await say('2024-05-02', [['Tom Roe', 'the port is busy'], ['Jane Doe', 'the port is calm'], ['Jane Doe', 'the ships are late']], 'Port');
    await say('2024-05-02', [['Jane Doe', 'the rail is fixed']], 'Rail');
  });
  afterAll(() => close());

  it('lists a speaker one, two and three at a time exactly as the whole list orders her, ties on the time and within an article included', async () => {
    const jane = await speakerOf('Jane Doe');
    const expected = ids(ofSpeaker(await everything(), jane));
    expect(expected).toHaveLength(8);
    for (const first of [1, 2, 3]) expect({ first, ids: ids(await pageThrough({ speakerId: jane }, first)) }).toEqual({ first, ids: expected });
    const whole = (await q(PAGE, { filter: { speakerId: jane }, first: 100 })).data.statements;
    expect(whole.totalCount).toBe(8);
  });

  it('pages every combination of the speaker with kind, time, text, article and outlet as the whole list filters it, with its totalCount', async () => {
    const jane = await speakerOf('Jane Doe');
    const all = await everything();
    const mine = ofSpeaker(all, jane);
    const roads = mine.find((r) => r.quote === 'the road is open')!;
    const combos: Array<[Record<string, unknown>, (r: Row) => boolean]> = [
      [{ kind: mine[0]!.kind }, (r) => r.kind === mine[0]!.kind],
      [{ from: '2024-05-02T00:00:00.000Z' }, (r) => r.at >= '2024-05-02T00:00:00.000Z'],
      [{ to: '2024-05-02T08:00:00.000Z' }, (r) => r.at < '2024-05-02T08:00:00.000Z'],
      [{ from: '2024-05-02T08:00:00.000Z', to: '2024-05-02T08:00:00.001Z' }, (r) => r.at === '2024-05-02T08:00:00.000Z'],
      [{ to: '2024-05-01T08:00:00.000Z' }, () => false],
      [{ text: 'OPEN' }, (r) => r.quote.includes('open')],
      [{ articleId: roads.article.id }, (r) => r.article.id === roads.article.id],
      [{ outlet: 'city paper' }, () => true],
      [{ outlet: 'city paper', text: 'the', from: '2024-05-01T00:00:00.000Z', kind: roads.kind }, (r) => r.kind === roads.kind],
    ];
    for (const [extra, keep] of combos) {
      const filter = { speakerId: jane, ...extra };
      const expected = ids(mine.filter(keep));
      expect({ filter, ids: ids(await pageThrough(filter, 2)) }).toEqual({ filter, ids: expected });
      expect({ filter, totalCount: (await q(PAGE, { filter, first: 1 })).data.statements.totalCount }).toEqual({ filter, totalCount: expected.length });
    }
  });

  it('continues each page right after its cursor while statements of the speaker are written before, after and level with it', async () => {
    const jane = await speakerOf('Jane Doe');
    const before = ofSpeaker(await everything(), jane);
    const seen = await pageThrough({ speakerId: jane }, 2, async (page) => {
      // Newer than every page (already behind the reader), older than every page (still ahead),
      // and on the day being read, in a new article whose id falls anywhere in that day's order.
      const writes = [
        say('2024-06-01', [['Jane Doe', `a newer word ${page}`]], `Newer ${page}`),
        say('2024-04-01', [['Jane Doe', `an older word ${page}`]], `Older ${page}`),
        say('2024-05-02', [['Jane Doe', `a level word ${page}`], ['Jane Doe', `another level word ${page}`]], `Level ${page}`),
      ];
      await Promise.all(writes);
    });
    const after = ofSpeaker(await everything(), jane);
    // Strictly in list order: no row twice, none out of place.
    for (let i = 1; i < seen.length; i++) expect(listOrder(seen[i - 1]!, seen[i]!)).toBeLessThan(0);
    // Every statement there before the reading began was read, and each row read is the next
    // one of the final list after the row before it: no statement was skipped.
    expect(ids(seen)).toEqual(expect.arrayContaining(ids(before)));
    // What the final list holds between two rows read in a row, or after the last, can only be
    // statements written meanwhile (behind the reader when they came).
    const positions = [...ids(seen).map((id) => ids(after).indexOf(id)), after.length];
    const written = new Set(ids(after).filter((id) => !ids(before).includes(id)));
    expect(written.size).toBeGreaterThan(0);
    for (let i = 1; i < positions.length; i++) {
      for (const id of ids(after).slice(positions[i - 1]! + 1, positions[i]!)) expect(written.has(id)).toBe(true);
    }
    // The older ones written while pages remained were ahead of the reader, and were read.
    expect(seen.some((r) => r.quote.startsWith('an older word'))).toBe(true);
  }, 120_000);

  it('pages the survivor of a merge with both actors\' statements in order, and the merged actor has none', async () => {
    // Two actors a curator finds to be one person: the same day, the same article, a later one.
    await say('2024-05-02', [['Bob Stone', 'the levee is sound'], ['Robert Flint', 'the levee is tall']], 'Levee');
    await say('2024-05-03', [['Robert Flint', 'the canal is dry']], 'Canal');
    await say('2024-04-30', [['Bob Stone', 'the lock is new']], 'Lock');
    const survivor = await speakerOf('Bob Stone');
    const merged = await speakerOf('Robert Flint');
    await q('mutation($s: ID!, $t: ID!) { mergeActors(sourceId: $s, targetId: $t) { id } }', { s: merged, t: survivor }, keys.admin);
    const expected = ofSpeaker(await everything(), survivor);
    expect(expected.map((r) => r.quote)).toEqual(['the canal is dry', 'the levee is sound', 'the levee is tall', 'the lock is new']);
    expect(ids(await pageThrough({ speakerId: survivor }, 1))).toEqual(ids(expected));
    expect((await q(PAGE, { filter: { speakerId: survivor, kind: expected[0]!.kind }, first: 10 })).data.statements.edges.length).toBeGreaterThan(0);
    expect((await q(PAGE, { filter: { speakerId: survivor }, first: 1 })).data.statements.totalCount).toBe(4);
    expect((await q(PAGE, { filter: { speakerId: merged }, first: 10 })).data.statements).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('moves a corrected statement to its new place in its speaker\'s page, and to its new speaker\'s page', async () => {
    await say('2024-03-01', [['Kim Vale', 'the first claim'], ['Kim Vale', 'the second claim'], ['Lee Marsh', 'the third claim']], 'Claims');
    const kim = await speakerOf('Kim Vale');
    const lee = await speakerOf('Lee Marsh');
    const [first, second] = ofSpeaker(await everything(), kim);
    expect([first!.quote, second!.quote]).toEqual(['the first claim', 'the second claim']);
    // The first statement's span moved past the second's: reading order within the article changes.
    const fix = 'mutation($id: ID!, $input: CorrectStatementInput!) { correctStatement(id: $id, input: $input) { id } }';
    await q(fix, { id: first!.id, input: { span: { start: second!.span.start + 4, end: second!.span.start + 10 } } }, keys.editor);
    expect(ids(await pageThrough({ speakerId: kim }, 1))).toEqual([second!.id, first!.id]);
    await q(fix, { id: second!.id, input: { speakerId: lee } }, keys.editor);
    expect(ids(await pageThrough({ speakerId: kim }, 1))).toEqual([first!.id]);
    const lees = ofSpeaker(await everything(), lee);
    expect(ids(lees)).toContain(second!.id);
    expect(ids(await pageThrough({ speakerId: lee }, 1))).toEqual(ids(lees));
  });

  it('pages a name several speakers answer to as the whole list orders their statements, alone and with each other filter', async () => {
    await say('2024-05-02', [['Jim Doe', 'the ferry is late'], ['Jim Doe', 'the ferry is full']], 'Ferry');
    await say('2024-04-29', [['Jim Doe', 'the pier is old']], 'Pier');
    const [jane, jim] = [await speakerOf('Jane Doe'), await speakerOf('Jim Doe')];
    // The whole list, paged: by now it holds more than one page.
    const does = (await pageThrough({}, 100)).filter((r) => r.speaker?.id === jane || r.speaker?.id === jim);
    const combos: Array<[Record<string, unknown>, (r: Row) => boolean]> = [
      [{}, () => true],
      [{ kind: does[0]!.kind }, (r) => r.kind === does[0]!.kind],
      [{ from: '2024-05-02T00:00:00.000Z' }, (r) => r.at >= '2024-05-02T00:00:00.000Z'],
      [{ to: '2024-05-02T08:00:00.000Z' }, (r) => r.at < '2024-05-02T08:00:00.000Z'],
      [{ text: 'FERRY' }, (r) => r.quote.includes('ferry')],
      [{ outlet: 'city paper', text: 'the' }, (r) => r.quote.includes('the')],
    ];
    for (const [extra, keep] of combos) {
      const filter = { speaker: 'doe', ...extra };
      const expected = ids(does.filter(keep));
      expect({ filter, ids: ids(await pageThrough(filter, 2)) }).toEqual({ filter, ids: expected });
      expect({ filter, totalCount: (await q(PAGE, { filter, first: 1 })).data.statements.totalCount }).toEqual({ filter, totalCount: expected.length });
    }
  });

  it('reads a page as limit + 1 entries of the index, first page or later, and sorts nothing', async () => {
    const jane = await speakerOf('Jane Doe');
    const all = ofSpeaker(await everything(), jane);
    expect(all.length).toBeGreaterThan(10);
    const cursor = all[4]!;
    const text = graph.registry.get('statements/list/by-speaker-id-only');
    const params = {
      speakerId: jane,
      keyAfter: '',
      keyBefore: '\uffff',
      limit: neo4j.int(3),
      statementKeys: ['id'],
      articleKeys: [],
      actorKeys: [],
      claimKeys: [],
      withSpeaker: false,
      withVia: false,
      withArticle: false,
      withOutlet: false,
      withClaims: false,
      withCounters: false,
      withCounteredBy: false,
      withSupports: false,
      withSupportedBy: false,
    };
    const later = { ...params, keyAfter: statementSortKey({ at: cursor.at, articleId: cursor.article.id, start: cursor.span.start, id: cursor.id }) };
    const session = graph.driver.session({ database: graph.database });
    try {
      for (const [page, expected] of [[params, all.slice(0, 3)], [later, all.slice(5, 8)]] as const) {
        const result = await session.run(`PROFILE ${text}`, page);
        expect(result.records.map((r) => r.get('statement')[0])).toEqual(ids(expected));
        const operators: Array<{ operatorType: string; rows: number; arguments: Record<string, unknown> }> = [];
        const walk = (p: any) => {
          operators.push(p);
          p.children.forEach(walk);
        };
        walk(result.summary.profile);
        const seeks = operators.filter((o) => /RelationshipIndexSeek/.test(o.operatorType));
        expect(seeks.map((o) => [String(o.arguments.Details).includes('MADE(speakerId, sortKey)'), o.rows])).toEqual([[true, 3]]);
        // The nested fields' subqueries sort their own rows (a chain by hop); none of them runs here.
        expect(operators.filter((o) => o.rows > 0 && /Sort|Top|NodeIndexSeekByRange|NodeByLabelScan/.test(o.operatorType))).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });
});

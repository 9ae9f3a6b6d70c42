import neo4j from 'neo4j-driver';
import { loadMigrations } from '../../../src/db/migrations';
import { lucenePrefixTerms, quoteSearchTerms } from '../../../src/graphql/resolvers/arguments';
import type { ArticleInput } from '../../../src/ingest/curated-input';
import { ExtractionPool } from '../../../src/ingest/extraction-pool';
import { StatementKind, Role } from '../../../src/model/enums';
import type { Principal } from '../../../src/model/principal';
import { articleRepository } from '../../../src/repositories/article.repository';
import { statementCountRepository } from '../../../src/repositories/statement-count.repository';
import { statementCountQuery } from '../../../src/repositories/statement-list-shapes';
import { statsRepository } from '../../../src/repositories/stats.repository';
import { statementRepository, type StatementFilterParams } from '../../../src/repositories/statement.repository';
import { CurationService } from '../../../src/services/curation.service';
import { IngestService } from '../../../src/services/ingest.service';
import { useTestGraph, wipeGraph } from '../../helpers/graph';
import { ingestServiceOn } from '../../helpers/ingest';
import { finishesWithin, pausedAfter } from '../../helpers/paused-graph';

/**
 * The counts kept on write (migrations 0007 and 0015, cypher/counts/) against a real Neo4j: totalCount
 * must equal the number of statements the list holds, for every filter combination, after
 * every kind of write, and concurrent writers must not lose an update.
 */
describe('statement counts kept on write', () => {
  // Each filter combination is two queries; on the shared 2-core machine the 108 of them take tens of seconds.
  jest.setTimeout(240_000);
  // Each describe below wipes the graph and writes its own.
  const { graph, run } = useTestGraph({ wipe: 'once' });
  let ingest: IngestService;
  let curation: CurationService;
  const admin: Principal = { keyId: 'k-admin', name: 'ada-admin', role: Role.ADMIN };

  beforeAll(() => {
    ingest = ingestServiceOn(graph());
    curation = new CurationService(graph());
  });

  const actorId = async (name: string) => (await run('MATCH (a:Actor {name: $name}) RETURN a.id AS id', { name }))[0]?.id as string;
  const statementId = async (quote: string) => (await run('MATCH (s:Statement {quote: $quote}) RETURN s.id AS id', { quote }))[0]?.id as string;

  /** Every counter with a non-zero count (a counter that fell to zero is kept, see add-to-statement-counts). */
  async function liveCounters(): Promise<Record<string, number>> {
    const rows = await run('MATCH (c:StatementCount) WHERE c.count <> 0 RETURN c.key AS key, c.count AS count ORDER BY key');
    return Object.fromEntries(rows.map((r) => [r.key as string, Number(r.count)]));
  }

  /** The statements of the migrations that backfill the counters: 0007, 0015 the speakers' totals and 0019 their actors' types. */
  function backfillStatements(): string[] {
    const migrations = loadMigrations().filter((m) => ['0007', '0015', '0019'].includes(m.version));
    if (migrations.length !== 3) throw new Error('migration 0007, 0015 or 0019 is missing');
    return migrations.flatMap((m) => m.statements);
  }

  /** The counters migrations 0007, 0015 and 0019 compute from the graph as it is: the backfill, run anew. */
  async function backfilledCounters(): Promise<Record<string, number>> {
    await run('MATCH (c:StatementCount) DETACH DELETE c');
    for (const statement of backfillStatements()) await run(statement);
    return liveCounters();
  }

  const filter = (f: Partial<StatementFilterParams>): StatementFilterParams => ({
    speaker: null,
    speakerTerms: f.speaker ? lucenePrefixTerms(f.speaker) : null,
    speakerId: null,
    outlet: null,
    articleId: null,
    claimId: null,
    text: null,
    textTerms: f.text ? quoteSearchTerms(f.text) : null,
    kind: null,
    from: null,
    to: null,
    ...f,
  });

  /** The truth: how many statements the list itself returns for the filter (all fit in one page). */
  async function listed(f: StatementFilterParams): Promise<number> {
    return (await statementRepository.list(graph(), f, { after: null, limit: 1000 }, { speaker: false, via: false, article: false, outlet: false, claims: false, relations: false })).length;
  }

  /**
   * Every combination of the filters that counters serve (speaker by id and by name, outlet,
   * kind) with the ones that bound a count from elsewhere (time, quote text): totalCount equals
   * the list's length for each. Values include names that match one actor and several.
   */
  async function expectEveryCountRight(): Promise<number> {
    const peskov = await actorId('Dmitry Peskov');
    const combos: StatementFilterParams[] = [];
    const speakers = [{}, { speakerId: peskov }, { speaker: 'peskov' }, { speaker: 'dmitry' }];
    for (const who of speakers)
      for (const outlet of [null, 'unn', 'n'])
        for (const kind of [null, StatementKind.DIRECT, StatementKind.ACCORDING_TO])
          for (const bound of [{}, { from: '2024-05-21T00:00:00.000Z' }, { text: 'border' }]) combos.push(filter({ ...who, outlet, kind, ...bound }));
    const wrong: string[] = [];
    let counters = 0;
    for (const f of combos) {
      const [count, truth] = await Promise.all([statementRepository.count(graph(), f), listed(f)]);
      if (statementCountQuery(f).includes('counter')) counters += 1;
      if (count !== truth) wrong.push(`${statementCountQuery(f)} ${JSON.stringify(f)}: counted ${count}, listed ${truth}`);
    }
    expect(wrong).toEqual([]);
    return counters;
  }

  /** stats without a window (degrees, counters) against the windowed queries over a window that holds everything. */
  async function expectTopsAllTimeRight(): Promise<void> {
    const all = { from: '1900-01-01T00:00:00.000Z', to: '2999-01-01T00:00:00.000Z', top: 10 };
    const open = { from: null, to: null, top: 10 };
    const shown = (rows: Array<{ actor: { name: string }; count: number }>) => rows.map((r) => [r.actor.name, Number(r.count)]);
    expect(shown(await statsRepository.topSpeakers(graph(), open))).toEqual(shown(await statsRepository.topSpeakers(graph(), all)));
    // Each speaker's total keeps its actor's type, which lists a type's most-quoted (migration 0019).
    const mistyped = await run('MATCH (c:MadeCount) MATCH (a:Actor {id: c.actorId}) WHERE c.actorType IS NULL OR c.actorType <> a.type RETURN c.key AS key');
    expect(mistyped).toEqual([]);
    expect(shown(await statsRepository.topOutlets(graph(), open))).toEqual(shown(await statsRepository.topOutlets(graph(), all)));
    expect((await statsRepository.topOutlets(graph(), open)).length).toBeGreaterThan(0);
  }

  /** Three articles: two outlets (one also a chain hop), a collective outlet and a person in chains, every kind. */
  const articles = (): ArticleInput[] => [
    {
      text: 'Dmitry Peskov said the visit is planned. He added that the border is calm. Dmitry Medvedev said the border is closed.',
      outlet: 'UNN',
      publishedAt: new Date('2024-05-20T09:00:00Z'),
      statements: [
        { speaker: 'Dmitry Peskov', quote: 'the visit is planned', kind: StatementKind.DIRECT, chain: ['the Russian media'] },
        { speaker: 'Dmitry Peskov', quote: 'the border is calm', kind: StatementKind.INDIRECT },
        { speaker: 'Dmitry Medvedev', quote: 'the border is closed', kind: StatementKind.DIRECT },
      ],
    },
    {
      text: 'Dmitry Peskov said talks will continue. According to Andriy Kovalenko, the border threat is exaggerated. Oleh Yusov said the drills are routine.',
      outlet: 'Interfax',
      publishedAt: new Date('2024-05-21T15:00:00Z'),
      actors: [{ name: 'Oleh Yusov', type: 'PERSON' }],
      statements: [
        { speaker: 'Dmitry Peskov', quote: 'talks will continue', kind: StatementKind.DIRECT, chain: ['UNN'] },
        { speaker: 'Andriy Kovalenko', quote: 'the border threat is exaggerated', kind: StatementKind.ACCORDING_TO, chain: ['Interfax'] },
        { speaker: 'Oleh Yusov', quote: 'the drills are routine', kind: StatementKind.INDIRECT, chain: ['the Russian media'] },
      ],
    },
    {
      text: 'Dmitry Medvedev said sanctions will fail. Meanwhile the border is tense.',
      publishedAt: new Date('2024-05-22T00:00:00Z'),
      statements: [
        { speaker: 'Dmitry Medvedev', quote: 'sanctions will fail', kind: StatementKind.INDIRECT, chain: ['Oleh Yusov'] },
        { quote: 'the border is tense', kind: StatementKind.UNATTRIBUTED },
      ],
    },
  ];

  describe('after a batched ingest', () => {
    beforeAll(async () => {
      await wipeGraph(graph());
      const pool = new ExtractionPool(0);
      try {
        await ingest.ingestMany(articles(), null, { pool, batch: 10, concurrency: 1, onResult: () => undefined });
      } finally {
        await pool.close();
      }
    });

    it('totalCount equals the listed statements for every filter combination, and counters answer the ones they serve', async () => {
      expect(await expectEveryCountRight()).toBeGreaterThan(10);
    });

    it('counts a statement relayed through the outlet that published it once', async () => {
      expect(await statementRepository.count(graph(), filter({ outlet: 'interfax' }))).toBe(3);
      expect(await statementRepository.count(graph(), filter({ outlet: 'interfax', kind: StatementKind.ACCORDING_TO }))).toBe(1);
    });

    it('the migration backfills exactly the counters ingest kept', async () => {
      const live = await liveCounters();
      expect(live[`speaker:${await actorId('Dmitry Peskov')}:DIRECT`]).toBe(2);
      expect(live['all:UNATTRIBUTED']).toBe(1);
      expect(live['day:2024-05-21']).toBe(3);
      expect(await backfilledCounters()).toEqual(live);
    });

    it('the backfill is idempotent: run twice, the counters are the same', async () => {
      const once = await backfilledCounters();
      for (const statement of backfillStatements()) await run(statement);
      expect(await liveCounters()).toEqual(once);
    });
    it('statements per day, read from the day buckets and the time index, equal a count of the statements', async () => {
      const windows: Array<[string | null, string | null]> = [
        [null, null],
        ['2024-05-21T00:00:00.000Z', null],
        ['2024-05-20T12:00:00.000Z', '2024-05-22T00:00:01.000Z'],
        ['2024-05-21T14:00:00.000Z', '2024-05-21T16:00:00.000Z'],
      ];
      for (const [from, to] of windows) {
        const truth = await run(
          `MATCH (s:Statement) WHERE ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at < $to)
           RETURN substring(s.at, 0, 10) AS day, count(*) AS count ORDER BY day`,
          { from, to },
        );
        const perDay = await statsRepository.statementsPerDay(graph(), { from, to, top: 10 });
        expect(perDay.map((d) => [d.day, Number(d.count)])).toEqual(truth.map((r) => [r.day, Number(r.count)]));
      }
    });

    it('top speakers and outlets without a window, from degrees and counters, equal the windowed count over all time', async () => {
      await expectTopsAllTimeRight();
    });

    it('articles newest first by the `at` written on ingest, one page after another, from the range index', async () => {
      const page = (after: { at: string; id: string } | null) =>
        articleRepository.list(graph(), { outlet: null, search: null, language: null, from: null, to: null }, { after, limit: 2 });
      const first = await page(null);
      const last = first[1] as { article: { id: string }; at: string };
      const second = await page({ at: last.at, id: last.article.id });
      expect([...first.slice(0, 2), ...second].map((row) => row.at)).toEqual([
        '2024-05-22T00:00:00.000Z',
        '2024-05-21T15:00:00.000Z',
        '2024-05-20T09:00:00.000Z',
      ]);
      const { driver, database, registry } = graph();
      const session = driver.session({ database });
      try {
        const plan = JSON.stringify(
          (await session.run(`EXPLAIN ${registry.get('articles/list/newest')}`, {
            atFrom: '', atTo: '\uffff', atMax: '\uffff', search: null, language: null, afterAt: null, afterId: null, limit: neo4j.int(21),
          })).summary.plan,
        );
        // The index serves the order: a Top-k over ties of `at` only, never a sort of every article.
        expect(plan).toMatch(/NodeIndexSeekByRange.*Article\(at\)/);
        expect(plan).toContain('PartialTop');
        expect(plan).not.toMatch(/"operatorType":"(Sort|Top)@/);
      } finally {
        await session.close();
      }
    });
  });

  describe('after re-ingest and curation', () => {
    beforeEach(async () => {
      await wipeGraph(graph());
      for (const article of articles()) await ingest.ingest(article, null);
    });

    it('the same text again changes no counter; a changed text adds its statements', async () => {
      const before = await liveCounters();
      const [first] = articles();
      const again = await ingest.ingest(first as ArticleInput, null);
      expect(again.created).toBe(false);
      expect(await liveCounters()).toEqual(before);
      await ingest.ingest({ ...(first as ArticleInput), text: `${(first as ArticleInput).text} Updated.` }, null);
      expect((await liveCounters())['all:DIRECT']).toBe((before['all:DIRECT'] as number) + 2);
      await expectEveryCountRight();
      expect(await backfilledCounters()).toEqual(await liveCounters());
    });

    describe('a merge of a speaker and a correction of one of its statements, at once', () => {
      // Dmitry Medvedev said "the border is closed" (DIRECT); a curator corrects it while another
      // merges Medvedev into Peskov. Whichever locks first goes first, the other reads what it
      // left, and every counter ends equal to a recount.
      const closed = () => statementId('the border is closed');
      const speakersOf = async (quote: string) => (await run('MATCH (a:Actor)-[:MADE]->(:Statement {quote: $quote}) RETURN a.name AS name', { quote })).map((r) => r.name);
      async function expectMergedAndCounted(): Promise<void> {
        expect((await run("MATCH (a:Actor {name: 'Dmitry Medvedev'}) RETURN a")).length).toBe(0);
        expect(await speakersOf('sanctions will fail')).toEqual(['Dmitry Peskov']);
        const live = await liveCounters();
        expect(await backfilledCounters()).toEqual(live);
      }

      it('a merge that comes while a correction of the statement\'s kind holds it waits for the correction: each counter moves once', async () => {
        const [medvedev, peskov] = [await actorId('Dmitry Medvedev'), await actorId('Dmitry Peskov')];
        const paused = pausedAfter(graph(), 'curation/lock-statement');
        const correcting = new CurationService(paused.graph).correctStatement(await closed(), { kind: StatementKind.INDIRECT }, admin);
        await paused.reached;
        const merging = curation.mergeActors(medvedev, peskov, admin);
        expect(await finishesWithin(merging)).toBe(false);
        paused.release();
        await Promise.all([correcting, merging]);
        expect(await speakersOf('the border is closed')).toEqual(['Dmitry Peskov']);
        expect((await run("MATCH (s:Statement {quote: 'the border is closed'}) RETURN s.kind AS kind"))[0]?.kind).toBe('INDIRECT');
        await expectMergedAndCounted();
      });

      it('a correction that comes while the merge holds the speaker waits for the merge', async () => {
        const [medvedev, peskov, kovalenko] = [await actorId('Dmitry Medvedev'), await actorId('Dmitry Peskov'), await actorId('Andriy Kovalenko')];
        const paused = pausedAfter(graph(), 'curation/lock-actors');
        const merging = new CurationService(paused.graph).mergeActors(medvedev, peskov, admin);
        await paused.reached;
        const correcting = curation.correctStatement(await closed(), { speakerId: kovalenko }, admin);
        expect(await finishesWithin(correcting)).toBe(false);
        paused.release();
        await Promise.all([correcting, merging]);
        expect(await speakersOf('the border is closed')).toEqual(['Andriy Kovalenko']);
        await expectMergedAndCounted();
      });

      it('a correction naming the speaker a merge has just removed is refused with the field, and changes nothing', async () => {
        const [medvedev, peskov] = [await actorId('Dmitry Medvedev'), await actorId('Dmitry Peskov')];
        const calm = await statementId('the border is calm');
        const paused = pausedAfter(graph(), 'curation/lock-actors');
        const merging = new CurationService(paused.graph).mergeActors(medvedev, peskov, admin);
        await paused.reached;
        const correcting = curation.correctStatement(calm, { speakerId: medvedev }, admin);
        expect(await finishesWithin(correcting)).toBe(false);
        paused.release();
        await merging;
        await expect(correcting).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'input.speakerId' } });
        expect(await speakersOf('the border is calm')).toEqual(['Dmitry Peskov']);
        expect((await run("MATCH (s:Statement {quote: 'the border is calm'}) RETURN s.curatedFields AS fields"))[0]?.fields).toBeNull();
        await expectMergedAndCounted();
      });
    });

    it('correctStatement moves a statement between the counters of its speaker, kind and chain', async () => {
      const medvedev = await actorId('Dmitry Medvedev');
      await curation.correctStatement(await statementId('the border is closed'), { speakerId: await actorId('Dmitry Peskov'), kind: StatementKind.INDIRECT }, admin);
      await curation.correctStatement(await statementId('the visit is planned'), { kind: StatementKind.MIXED }, admin);
      await curation.correctStatement(await statementId('talks will continue'), { chain: [await actorId('Interfax')] }, admin);
      expect((await liveCounters())[`speaker:${medvedev}:DIRECT`]).toBeUndefined();
      await expectEveryCountRight();
      expect(await backfilledCounters()).toEqual(await liveCounters());
    });

    it('mergeActors moves the source speaker\'s and outlet\'s counts to the target', async () => {
      await curation.mergeActors(await actorId('Dmitry Medvedev'), await actorId('Dmitry Peskov'), admin);
      await curation.mergeActors(await actorId('UNN'), await actorId('Interfax'), admin);
      expect(await statementRepository.count(graph(), filter({ outlet: 'interfax' }))).toBe(6);
      await expectTopsAllTimeRight();
      await expectEveryCountRight();
      expect(await backfilledCounters()).toEqual(await liveCounters());
    });
  });

  describe('under concurrent writers', () => {
    beforeEach(() => wipeGraph(graph()));

    it('N concurrent ingests naming the same speaker and outlet lose no update', async () => {
      const n = 12;
      const outcomes = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          ingest.ingest(
            {
              text: `Report ${i}: Dmitry Peskov said the visit number ${i} is planned.`,
              outlet: 'UNN',
              statements: [{ speaker: 'Dmitry Peskov', quote: `the visit number ${i} is planned`, kind: StatementKind.DIRECT }],
            },
            null,
          ),
        ),
      );
      expect(outcomes.every((o) => o.created)).toBe(true);
      const peskov = await actorId('Dmitry Peskov');
      const counters = await liveCounters();
      expect(counters[`speaker:${peskov}:DIRECT`]).toBe(n);
      expect(counters[`outlet:${await actorId('UNN')}`]).toBe(n);
      expect(counters['all:DIRECT']).toBe(n);
      expect(await statementRepository.count(graph(), filter({ speakerId: peskov, kind: StatementKind.DIRECT }))).toBe(n);
    });

    it('concurrent ingests that share no identity lock (other speakers, no outlet) still lose no update of the shared counters', async () => {
      // Only the kind's and the day's counters are common to these articles, so nothing but the
      // counters' own write locks orders their updates.
      const names = ['Anna Abbott', 'Boris Baranov', 'Carla Castro', 'Dara Dunne', 'Emil Eriksen', 'Farah Farouk', 'Gus Grant', 'Hana Hoshino', 'Ivo Ilic', 'Jana Jurek'];
      await Promise.all(
        names.map((name, i) =>
          ingest.ingest(
            {
              text: `${name} said the harvest ${i} was early.`,
              publishedAt: new Date('2024-06-01T10:00:00Z'),
              statements: [{ speaker: name, quote: `the harvest ${i} was early`, kind: StatementKind.DIRECT }],
            },
            null,
          ),
        ),
      );
      const counters = await liveCounters();
      expect(counters['all:DIRECT']).toBe(names.length);
      expect(counters['day:2024-06-01']).toBe(names.length);
    });

    it('concurrent transactions adding to one counter lose no update', async () => {
      const writers = 16;
      await Promise.all(
        Array.from({ length: writers }, () =>
          graph().writeTransaction(async (tx) => {
            await statementCountRepository.add(tx, new Map([['all:DIRECT', 1], ['day:2024-06-02', 2]]));
            // Holding the transaction open makes the others read while this one's write is
            // uncommitted: without a lock taken before the read, they would add to a stale count.
            await new Promise((resolve) => setTimeout(resolve, 100));
          }),
        ),
      );
      const counters = await liveCounters();
      expect(counters['all:DIRECT']).toBe(writers);
      expect(counters['day:2024-06-02']).toBe(2 * writers);
    });

    it('concurrent corrections and ingests of one speaker leave the counters equal to a recount', async () => {
      for (const article of articles()) await ingest.ingest(article, null);
      const peskov = await actorId('Dmitry Peskov');
      const quotes = ['the border is closed', 'sanctions will fail', 'the drills are routine'];
      const ids = await Promise.all(quotes.map(statementId));
      await Promise.all([
        ...ids.map((id) => curation.correctStatement(id, { speakerId: peskov, kind: StatementKind.DIRECT }, admin)),
        ...Array.from({ length: 6 }, (_, i) =>
          ingest.ingest(
            {
              text: `Brief ${i}: Dmitry Peskov said the meeting ${i} went well.`,
              statements: [{ speaker: 'Dmitry Peskov', quote: `the meeting ${i} went well`, kind: StatementKind.DIRECT }],
            },
            null,
          ),
        ),
      ]);
      expect(await statementRepository.count(graph(), filter({ speakerId: peskov, kind: StatementKind.DIRECT }))).toBe(2 + 3 + 6);
      const live = await liveCounters();
      expect(await backfilledCounters()).toEqual(live);
    });
  });
});

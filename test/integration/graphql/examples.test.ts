import { exampleOperations } from '../../helpers/examples';
import { liveClient, subscriptionSettled } from '../../helpers/live-client';
import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';
import { BELARUS_THREAT, referenceCuratedInput } from '../../fixtures/reference-article';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes are asserted, not typed

/**
 * The README's operations (schema/examples.graphql) on the reference article, ingested with
 * DOMAIN.md's table as curated statements: together they answer DOMAIN.md's five questions.
 */
describe('the README examples on the reference article', () => {
  const examples = exampleOperations();
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys;

  const run = async (name: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Json> => {
    const operation = examples.get(name);
    if (!operation) throw new Error(`no example named ${name}`);
    const { body } = await server.graphql<Json>(operation, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  beforeAll(async () => {
    ({ graph, server, keys, close } = await startTestApi());
    await run('IngestArticle', { input: referenceCuratedInput() }, keys.editor);
  });
  afterAll(() => close());

  it('every example in the file is exercised here', () => {
    expect([...examples.keys()].sort()).toEqual(
      [
        'AddRebuttal',
        'ClaimNeighbourhood',
        'Dashboard',
        'IngestArticle',
        'LiveStatements',
        'LukashenkoSpellings',
        'PreviewExtraction',
        'StatementsPage',
        'ThroughWhomPeskov',
        'WhatDidYusovSay',
        'WhoCountersTheBelarusThreat',
        'WhoSaidHorrorStories',
      ].sort(),
    );
  });

  it('ingests the article once: the same text again is UNCHANGED', async () => {
    const again = await run('IngestArticle', { input: referenceCuratedInput() }, keys.editor);
    expect(again.ingestArticle).toMatchObject({ status: 'UNCHANGED', statements: 0 });
    expect(again.ingestArticle.article).toMatchObject({ publishedAt: '2024-05-23T00:00:00.000Z', outlet: { name: 'UNN' } });
  });

  it('1. who said the border-threat reports are horror stories: Kovalenko, head of the Center', async () => {
    const { whoSaid } = await run('WhoSaidHorrorStories');
    expect(whoSaid[0].speaker).toEqual({
      name: 'Andriy Kovalenko',
      roles: [{ title: 'head', of: { name: 'Center for Countering Disinformation' } }],
    });
    expect(whoSaid[0].statement.quote).toContain('premature horror stories');
  });

  it('2. what Yusov said: two statements, the first reporting what Russia says', async () => {
    const { statements } = await run('WhatDidYusovSay');
    expect(statements.totalCount).toBe(2);
    const quotes = statements.edges.map((e: Json) => e.node);
    expect(quotes.map((s: Json) => s.kind).sort()).toEqual(['ACCORDING_TO', 'INDIRECT']);
    const reporting = quotes.find((s: Json) => s.kind === 'ACCORDING_TO');
    expect(reporting.reports).toEqual([{ quote: 'Belarus is about to be "attacked"', speaker: { name: 'Russia' } }]);
    expect(quotes.find((s: Json) => s.kind === 'INDIRECT').quote).toMatch(/^Russia's goal is to create panic/);
  });

  it('3. the claims countering the Belarus-threat claim come from Kovalenko and Yusov', async () => {
    const { claims } = await run('WhoCountersTheBelarusThreat');
    const claim = claims.edges[0].node;
    expect(claim.text).toBe(BELARUS_THREAT);
    const speakers = claim.counteredBy.flatMap((c: Json) => c.speakers.map((s: Json) => s.name)).sort();
    expect(speakers).toEqual(['Andriy Kovalenko', 'Andriy Yusov']);
    expect(claim.relations.filter((r: Json) => r.relation === 'COUNTERS')).toHaveLength(2);
  });

  it('4. we heard Peskov through the Russian media, then UNN', async () => {
    const { statements } = await run('ThroughWhomPeskov');
    const indirect = statements.edges.map((e: Json) => e.node).find((s: Json) => s.kind === 'INDIRECT');
    expect(indirect.speaker.name).toBe('Dmitry Peskov');
    expect(indirect.via).toEqual([
      { name: 'the Russian media', type: 'OUTLET' },
      { name: 'UNN', type: 'OUTLET' },
    ]);
  });

  it('5. Lukashenko goes by Oleksandr Lukashenko and Lukashenko', async () => {
    const { actors } = await run('LukashenkoSpellings');
    expect(actors.edges).toHaveLength(1);
    expect(actors.edges[0].node).toMatchObject({ name: 'Alexander Lukashenko', aliases: ['Oleksandr Lukashenko', 'Lukashenko'] });
  });

  it('shows a claim’s neighbourhood and timeline', async () => {
    const { claims } = await run('WhoCountersTheBelarusThreat');
    const id = (await server.graphql<Json>('{ claims(search: "horror stories", first: 1) { edges { node { id } } } }')).body.data.claims.edges[0].node.id;
    const data = await run('ClaimNeighbourhood', { id });
    expect(data.claim.appearances).toBe(1);
    expect(data.claim.timeline).toEqual([{ day: '2024-05-23', count: 1 }]);
    const types = new Set(data.claimGraph.edges.map((e: Json) => e.type));
    expect(types).toEqual(expect.objectContaining({}));
    expect([...types]).toEqual(expect.arrayContaining(['ASSERTS', 'COUNTERS', 'MADE']));
    expect(data.claimGraph.nodes.map((n: Json) => n.label)).toContain(claims.edges[0].node.text);
  });

  it('gives the dashboard figures', async () => {
    const { stats } = await run('Dashboard');
    expect(stats.statementsPerDay).toEqual([{ day: '2024-05-23', count: 11 }]);
    expect(stats.topSpeakers[0]).toEqual({ actor: { name: expect.any(String) }, count: 2 });
    expect(stats.topOutlets.map((o: Json) => o.actor.name)).toEqual(expect.arrayContaining(['UNN', 'the Russian media']));
    expect(stats.mostCounteredClaims[0]).toEqual({ claim: { text: BELARUS_THREAT }, count: 2 });
  });

  it('records a rebuttal by a fact-checker', async () => {
    const { claims } = await run('WhoCountersTheBelarusThreat');
    const claimId = (await server.graphql<Json>(`{ claims(search: "${BELARUS_THREAT}", first: 1) { edges { node { id } } } }`)).body.data.claims.edges[0].node.id;
    const { addRebuttal } = await run('AddRebuttal', { claimId, clientRequestId: 'border-report-1' }, keys.factChecker);
    expect(addRebuttal).toMatchObject({ verdict: 'FALSE', author: 'fiona-factchecker', claim: { text: claims.edges[0].node.text } });
    expect(await run('AddRebuttal', { claimId, clientRequestId: 'border-report-1' }, keys.factChecker)).toEqual({ addRebuttal }); // a retry
    expect((await run('Dashboard')).stats.rebuttalsByVerdict).toEqual([{ verdict: 'FALSE', count: 1 }]);
  });

  it('pages through statements with opaque cursors and a stable order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { statements }: Json = await run('StatementsPage', { after });
      expect(statements.totalCount).toBe(11);
      seen.push(...statements.edges.map((e: Json) => e.node.quote));
      if (!statements.pageInfo.hasNextPage) break;
      after = statements.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(11);
    expect(new Set(seen).size).toBe(11);
  });

  it('previews the automatic extraction of a pasted article without storing it', async () => {
    const text = 'Dmitry Peskov said that the talks went well, UNN reports.';
    const { previewExtraction } = await run('PreviewExtraction', { text }, keys.editor);
    const [statement] = previewExtraction.statements;
    expect(statement).toMatchObject({ kind: 'INDIRECT', speaker: { name: 'Dmitry Peskov', type: 'PERSON' }, cue: { text: 'said' } });
    expect(text.slice(statement.content.start, statement.content.end)).toBe(statement.content.text);
    expect((await run('StatementsPage')).statements.totalCount).toBe(11);
  });

  // Last: it stores another article.
  it('streams new statements relayed by UNN over WebSocket', async () => {
    const live = liveClient(server.url);
    try {
      const statements = live.subscribe(examples.get('LiveStatements') as string);
      await subscriptionSettled();
      await run('IngestArticle', { input: { text: 'Andriy Yusov said that the border is quiet, UNN reports.', outlet: 'UNN', title: 'Quiet' } }, keys.editor);
      const [first] = await statements.waitFor(1);
      expect(first.data.statementAdded).toMatchObject({ speaker: { name: 'Andriy Yusov' }, article: { title: 'Quiet' } });
    } finally {
      await live.dispose();
    }
  });
});

import type { TestKeys } from '../../helpers/keys';
import { startTestApi, type TestApi } from '../../helpers/api';
import type { TestServer } from '../../helpers/server';
import { referenceCuratedInput } from '../../fixtures/reference-article';

const INGEST = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }';

const FULL = `query($filter: StatementFilter, $first: Int, $after: String) {
  statements(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id quote kind at speaker { id name aliases } via { name aliases } article { id outlet { name aliases } } claims { id } } }
  }
}`;

interface Row {
  id: string;
  quote: string;
  kind: string;
  at: string;
  speaker: { id: string; name: string; aliases: string[] } | null;
  via: Array<{ name: string; aliases: string[] }>;
  article: { id: string; outlet: { name: string; aliases: string[] } | null };
  claims: Array<{ id: string }>;
}

type Filter = Partial<Record<'speaker' | 'speakerId' | 'outlet' | 'articleId' | 'claimId' | 'text' | 'kind' | 'from' | 'to', string>>;

const names = (actor: { name: string; aliases: string[] }) => [actor.name, ...actor.aliases].map((n) => n.toLowerCase());

/** What statements(filter) must answer, computed over the whole list in memory. */
function bruteForce(all: Row[], f: Filter): string[] {
  return all
    .filter((s) => f.speakerId === undefined || s.speaker?.id === f.speakerId)
    .filter((s) => f.speaker === undefined || (s.speaker !== null && names(s.speaker).some((n) => n.includes(f.speaker!.toLowerCase()))))
    .filter((s) => f.articleId === undefined || s.article.id === f.articleId)
    .filter((s) => f.claimId === undefined || s.claims.some((c) => c.id === f.claimId))
    .filter((s) => f.kind === undefined || s.kind === f.kind)
    .filter((s) => f.text === undefined || s.quote.toLowerCase().includes(f.text.toLowerCase()))
    .filter((s) => f.from === undefined || s.at >= f.from)
    .filter((s) => f.to === undefined || s.at < f.to)
    .filter((s) => {
      if (f.outlet === undefined) return true;
      const o = f.outlet.toLowerCase();
      const outlets = [...(s.article.outlet ? [s.article.outlet] : []), ...s.via];
      return outlets.some((a) => names(a).some((n) => n.includes(o)));
    })
    .map((s) => s.id);
}

/**
 * The subsets of a filter's fields the shapes can tell apart: none, each alone, every pair (each
 * anchor with each residual filter), every field but one, and all. The 512 subsets would take
 * minutes on a shared machine and exercise no query the pairs do not.
 */
function subsets(filter: Filter): Filter[] {
  const keys = Object.keys(filter) as Array<keyof Filter>;
  const masks = new Set<number>([0, (1 << keys.length) - 1]);
  keys.forEach((_, i) => {
    masks.add(1 << i);
    masks.add(((1 << keys.length) - 1) & ~(1 << i));
    keys.forEach((__, j) => masks.add((1 << i) | (1 << j)));
  });
  return [...masks].map((mask) => Object.fromEntries(keys.filter((_, i) => mask & (1 << i)).map((k) => [k, filter[k]])) as Filter);
}

describe('the statements read path', () => {
  let graph: TestApi['graph'];
  let close: () => Promise<void>;
  let server: TestServer;
  let keys: TestKeys;
  let all: Row[];

  const q = async (query: string, variables?: Record<string, unknown>): Promise<any> => {
    const { body } = await server.graphql<any>(query, variables);
    return body;
  };

  const note = (i: number, day: string, speaker: string, quote: string, outlet = 'City Paper') => ({
    text: `Note ${i}: ${speaker} said ${quote}.`,
    outlet,
    publishedAt: `${day}T08:00:00Z`,
    statements: [{ speaker, quote }],
  });

  beforeAll(async () => {
    ({ graph, server, keys, close } = await startTestApi());
    await server.graphql(INGEST, { input: referenceCuratedInput() }, keys.editor);
    const notes = [
      note(1, '2024-06-01', 'Jane Smith', 'roads will reopen'),
      note(2, '2024-06-02', 'Jane Smith', 'the bridge is safe', 'Harbor Gazette'),
      note(3, '2024-06-02', 'John Smithers', 'roads will reopen'),
      note(4, '2024-06-03', 'Dmitry Peskov', 'the visit is on', 'Harbor Gazette'),
    ];
    for (const input of notes) await server.graphql(INGEST, { input }, keys.editor);
    all = (await q(FULL, { first: 100 })).data.statements.edges.map((e: any) => e.node);
  });
  afterAll(() => close());

  it('lists every statement newest first, in reading order within an article', () => {
    expect(all.length).toBe(15);
    const ats = all.map((s) => s.at);
    expect(ats).toEqual([...ats].sort().reverse());
  });

  it('answers every combination of filters as a scan of the whole list would', async () => {
    const target = all.find((s) => s.speaker?.name === 'Dmitry Peskov' && s.via.length > 0 && s.claims.length > 0)!;
    const day = target.at.slice(0, 10);
    const filter: Filter = {
      speaker: 'peskov',
      speakerId: target.speaker!.id,
      outlet: 'unn',
      articleId: target.article.id,
      claimId: target.claims[0]!.id,
      text: target.quote.split(' ').slice(0, 2).join(' ').toUpperCase(),
      kind: target.kind,
      from: `${day}T00:00:00.000Z`,
      to: '2024-06-03T00:00:00.000Z',
    };
    const mismatches: string[] = [];
    for (const f of subsets(filter)) {
      const body = await q(FULL, { filter: f, first: 100 });
      const expected = bruteForce(all, f);
      const got = body.data.statements;
      const ids = got.edges.map((e: any) => e.node.id);
      if (JSON.stringify(ids) !== JSON.stringify(expected) || got.totalCount !== expected.length) {
        mismatches.push(`${JSON.stringify(f)}: got ${ids.length} (totalCount ${got.totalCount}), expected ${expected.length}`);
      }
      expect(ids).toContain(target.id);
    }
    expect(mismatches).toEqual([]);
  }, 180_000);

  it('pages through every single filter two at a time, without gaps or duplicates', async () => {
    const filters: Filter[] = [{}, { speaker: 'smith' }, { outlet: 'city paper' }, { kind: 'INDIRECT' }, { from: '2024-06-02T00:00:00Z' }, { speakerId: all[0]!.speaker!.id }, { text: 'roads will reo' }, { text: 'ROADS WILL REOPEN', kind: 'INDIRECT' }];
    for (const filter of filters) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await q(FULL, { filter, first: 2, after })).data.statements;
        seen.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(bruteForce(all, filter));
    }
  });

  it('continues page 2 where page 1 ended when newer statements arrive in between', async () => {
    const page1 = (await q(FULL, { first: 3 })).data.statements;
    await server.graphql(INGEST, { input: note(5, '2024-07-01', 'Jane Smith', 'the tunnel is closed') }, keys.editor);
    await server.graphql(INGEST, { input: note(6, '2024-07-02', 'John Smithers', 'the ferry runs late') }, keys.editor);
    const page2 = (await q(FULL, { first: 3, after: page1.pageInfo.endCursor })).data.statements;
    const ids = [...page1.edges, ...page2.edges].map((e: any) => e.node.id);
    expect(ids).toEqual(all.slice(0, 6).map((s) => s.id));
    expect(page2.totalCount).toBe(all.length + 2);
  });

  it('refuses a malformed cursor and a cursor of another list as BAD_USER_INPUT naming after', async () => {
    const articles = await q('{ articles(first: 1) { pageInfo { endCursor } } }');
    for (const after of ['not-a-cursor', Buffer.from('cg1:3').toString('base64url')]) {
      const body = await q('query($after: String) { statements(after: $after) { edges { node { id } } } }', { after });
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const other = articles.data.articles.pageInfo.endCursor;
    const body = await q('query($after: String) { statements(after: $after) { edges { node { id } } } }', { after: other });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads a speaker page with its speaker, chain, article and outlet in one query, and counts in one more', async () => {
    const speakerId = all.find((s) => s.speaker?.name === 'Dmitry Peskov')!.speaker!.id;
    const names: string[] = [];
    const stop = graph.onQuery((name) => names.push(name));
    try {
      const body = await q(
        'query($id: ID!) { statements(filter: {speakerId: $id}) { totalCount edges { node { quote speaker { name } via { name } article { title outlet { name } } } } } }',
        { id: speakerId },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.statements.totalCount).toBeGreaterThan(1);
    } finally {
      stop();
    }
    expect(names.sort()).toEqual(['statements/count/degree-of-speaker', 'statements/list/by-speaker-id-only']);
  });

  it('starts a search of quotes from the full-text index, and tests the exact text', async () => {
    const names: string[] = [];
    const stop = graph.onQuery((name) => names.push(name));
    try {
      const body = await q('{ statements(filter: {text: "horror stories"}) { totalCount edges { node { quote } } } }');
      expect(body.data.statements.totalCount).toBe(1);
      expect(body.data.statements.edges[0].node.quote).toContain('horror stories');
    } finally {
      stop();
    }
    expect(names.sort()).toEqual(['statements/count/by-text', 'statements/list/by-text']);
  });

  it('reads no count when the client does not select totalCount', async () => {
    const names: string[] = [];
    const stop = graph.onQuery((name) => names.push(name));
    try {
      await q('{ statements(first: 5) { edges { node { id } } } }');
    } finally {
      stop();
    }
    expect(names).toEqual(['statements/list/by-time']);
  });

  it('pages articles, claims, actors and a claims search one at a time exactly as one long page lists them', async () => {
    const lists: Array<[string, string]> = [
      ['articles', 'articles(first: $first, after: $after)'],
      ['claims', 'claims(first: $first, after: $after)'],
      ['claims', 'claims(search: "Belarus threat attack", first: $first, after: $after)'],
      ['actors', 'actors(first: $first, after: $after)'],
      ['actors', 'actors(orderBy: STATEMENTS, first: $first, after: $after)'],
      ['actors', 'actors(type: PERSON, first: $first, after: $after)'],
      ['actors', 'actors(search: "smith", first: $first, after: $after)'],
    ];
    for (const [field, call] of lists) {
      const query = `query($first: Int, $after: String) { ${call} { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      const whole = (await q(query, { first: 100 })).data[field];
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await q(query, { first: 1, after })).data[field];
        seen.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect({ call, ids: seen }).toEqual({ call, ids: whole.edges.map((e: any) => e.node.id) });
      expect(whole.totalCount).toBe(seen.length);
      expect(seen.length).toBeGreaterThan(1);
    }
  }, 120_000);

  it.each([
    ['NAME', null, ['actors/list/by-name']],
    ['NAME', 'PERSON', ['actors/list/by-type-and-name']],
    ['STATEMENTS', null, ['actors/list/most-quoted', 'actors/list/unquoted']],
    ['STATEMENTS', 'PERSON', ['actors/list/most-quoted-of-type', 'actors/list/unquoted']],
  ])('lists actors by %s (type %s) from an index on the sort key, in the order sorting them all gives', async (orderBy, type, queries) => {
    const names: string[] = [];
    const stop = graph.onQuery((name) => names.push(name));
    let listed: string[];
    try {
      const args = `orderBy: ${orderBy}, first: 100${type ? `, type: ${type}` : ''}`;
      listed = (await q(`{ actors(${args}) { edges { node { id } } } }`)).data.actors.edges.map((e: any) => e.node.id);
    } finally {
      stop();
    }
    expect(names).toEqual(queries);
    const sortingAll = { search: null, terms: null, type, orderBy, afterMade: null, afterRank: null, afterName: null, afterId: null, limit: 100 };
    const sorted = (await graph.read('actors/list/all', sortingAll)).map((row) => (row.actor as { id: string }).id);
    expect(listed).toEqual(sorted);
    expect(listed.length).toBeGreaterThan(3);
  });

  it('answers whoSaid with its speakers, articles and chains in one query', async () => {
    const names: string[] = [];
    const stop = graph.onQuery((name) => names.push(name));
    try {
      const body = await q('{ whoSaid(text: "premature horror stories", first: 3) { speaker { name } statement { quote } article { title outlet { name } } via { name } } }');
      expect(body.data.whoSaid[0].speaker.name).toBe('Andriy Kovalenko');
    } finally {
      stop();
    }
    // The outlet of each article is the one nested field left to a loader.
    expect(names).toEqual(['statements/search-attributions', 'articles/find-outlets']);
  });

  it('pages a hot speaker (by id, from its MADE index; by name and a big outlet, newest first from the time index) as a scan would list it', async () => {
    // Six more statements make Jane Smith hot for pages of one (degree² > statements × (page + 1)),
    // which switches the name and outlet shapes to the time index.
    const quotes = ['the roads will reopen', 'the bridge will close', 'the tunnel is open', 'the ferry is late', 'the port is busy', 'the rail is fixed'];
    await server.graphql(INGEST, {
      input: {
        text: `Note 7: ${quotes.map((quote) => `Jane Smith said ${quote}.`).join(' ')}`,
        outlet: 'City Paper',
        publishedAt: '2024-06-02T08:00:00Z',
        statements: quotes.map((quote) => ({ speaker: 'Jane Smith', quote })),
      },
    }, keys.editor);
    const now: Row[] = (await q(FULL, { first: 100 })).data.statements.edges.map((e: any) => e.node);
    const jane = now.find((s) => s.speaker?.name === 'Jane Smith')!.speaker!.id;
    expect(bruteForce(now, { speakerId: jane }).length ** 2).toBeGreaterThan(now.length * 2);
    for (const filter of [{ speakerId: jane }, { speaker: 'jane smith' }, { speaker: 'smith' }, { speakerId: jane, kind: 'INDIRECT' }, { outlet: 'city paper' }, { outlet: 'paper', speaker: 'smith' }] as Filter[]) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await q(FULL, { filter, first: 1, after })).data.statements;
        seen.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect({ filter, ids: seen }).toEqual({ filter, ids: bruteForce(now, filter) });
    }
  }, 120_000);
});

/**
 * The benchmark's questions, each asked of the four servers in their own dialect: the floor's bare
 * routes, our GraphQL (which the stack server answers too), and @neo4j/graphql's generated
 * schema. Every answer is mapped to the shape of ours (`data` of our GraphQL response) so that
 * they can be checked equal.
 */

export type ServerName = 'floor' | 'stack' | 'ours' | 'peer';
export const SERVERS: readonly ServerName[] = ['floor', 'stack', 'ours', 'peer'];

/** What the questions are about, picked from the data (see subjects.ts). */
export interface Subjects {
  articleId: string;
  hot: { id: string; statements: number };
  cold: { id: string; statements: number };
  searchText: string;
  /** The deep page Q6 asks for: 50, or the hot speaker's last page when it has fewer. */
  deepPage: number;
  /** Per server, the cursor that starts `deepPage` (null for page 1); the stack's is the floor's. */
  deepCursors: Record<ServerName, string | null>;
  /** Servers that could not page to `deepPage`, and why: they get no Q6. */
  deepCursorErrors: Partial<Record<ServerName, string>>;
}

/** One HTTP request: a GraphQL POST, or a GET for the floor. */
export interface HttpAsk {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

export interface Question {
  key: string;
  title: string;
  ask: Record<ServerName, HttpAsk>;
  /** Servers that cannot be asked this question at all, and why (reported as a mismatch). */
  unavailable?: Partial<Record<ServerName, string>>;
  /** Maps a server's `data` to ours' shape; ours, the stack and the floor answer in it already. */
  toOurShape: Record<ServerName, (data: any) => unknown>;
}

export const DEEP_PAGE = 50;
export const PAGE_SIZE = 20;
const FIRST_STATEMENTS = 5;
const WHO_SAID_FIRST = 10;
const COUNTED_KIND = 'DIRECT';

const gql = (query: string, variables: Record<string, unknown>): HttpAsk => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});
const get = (route: string, params: Record<string, string | number | null>): HttpAsk => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null) search.set(name, String(value));
  return { method: 'GET', path: `${route}?${search}` };
};
const same = (data: unknown) => data;

// Ours' statement order (s.at DESC, then article, position and id), spelled for the peer.
const PEER_STATEMENT_ORDER = '[{node: {at: DESC}}, {node: {articleId: ASC}}, {node: {start: ASC}}, {node: {id: ASC}}]';
const PEER_VIA = 'viaConnection(sort: [{edge: {hop: ASC}}]) { edges { node { id name } } }';

const OURS_STATEMENT = 'id quote kind at article { id title outlet { id name } } via { id name }';
const PEER_STATEMENT = `id quote kind at article { id title outlet { id name } } ${PEER_VIA}`;
const CLAIMS = 'claims { id text counteredBy { id text } }';

function peerStatement(node: any): Record<string, unknown> {
  const article = node.article?.[0];
  const out: Record<string, unknown> = {
    id: node.id,
    quote: node.quote,
    kind: node.kind,
    at: node.at,
    article: article ? { id: article.id, title: article.title, outlet: article.outlet?.[0] ?? null } : null,
    via: node.viaConnection.edges.map((edge: any) => edge.node),
  };
  if (node.claims) out.claims = node.claims;
  return out;
}

function peerSpeakerPage(data: any): unknown {
  const actor = data.actors[0];
  return { statements: { edges: (actor?.madeConnection.edges ?? []).map((edge: any) => ({ node: peerStatement(edge.node) })) } };
}

function speakerStatements(key: string, title: string, speakerId: string, withClaims: boolean, after: Record<ServerName, string | null>): Question {
  const extra = withClaims ? ` ${CLAIMS}` : '';
  const oursAsk = (cursor: string | null) =>
    gql(`query Q($speakerId: ID!, $after: String) { statements(filter: {speakerId: $speakerId}, first: ${PAGE_SIZE}, after: $after) { edges { node { ${OURS_STATEMENT}${extra} } } } }`, { speakerId, after: cursor });
  return {
    key,
    title,
    ask: {
      floor: get(withClaims ? '/speaker-statements-claims' : '/speaker-statements', { speakerId, after: after.floor }),
      stack: oursAsk(after.stack),
      ours: oursAsk(after.ours),
      peer: gql(
        `query Q($speakerId: ID!, $after: String) { actors(where: {id: {eq: $speakerId}}) { madeConnection(first: ${PAGE_SIZE}, after: $after, sort: ${PEER_STATEMENT_ORDER}) { edges { node { ${PEER_STATEMENT}${extra} } } } } }`,
        { speakerId, after: after.peer },
      ),
    },
    toOurShape: { floor: same, stack: same, ours: same, peer: peerSpeakerPage },
  };
}

/** A record with one entry per server, each made by `value`. */
export function perServer<T>(value: (server: ServerName) => T): Record<ServerName, T> {
  return Object.fromEntries(SERVERS.map((server) => [server, value(server)])) as Record<ServerName, T>;
}

/** Every server's cursor for page 1. */
export const FIRST_PAGE_CURSORS: Readonly<Record<ServerName, null>> = perServer(() => null);

export function buildQuestions(subjects: Subjects): Question[] {
  const { hot, cold } = subjects;
  // The stack server answers ours' GraphQL: it is asked ours' requests.
  const article = gql(
    `query Q($id: ID!) { article(id: $id) { id title publishedAt outlet { id name } statements(first: ${FIRST_STATEMENTS}) { edges { node { id quote kind } } } } }`,
    { id: subjects.articleId },
  );
  const whoSaid = gql(
    `query Q($text: String!) { whoSaid(text: $text, first: ${WHO_SAID_FIRST}) { speaker { id name } statement { id quote } article { id title } via { id name } } }`,
    { text: subjects.searchText },
  );
  const count = gql(`query Q($speakerId: ID!) { statements(filter: {speakerId: $speakerId, kind: ${COUNTED_KIND}}) { totalCount } }`, { speakerId: hot.id });
  return [
    {
      key: 'Q1',
      title: 'an article by id with its outlet and first statements',
      ask: {
        floor: get('/article', { id: subjects.articleId, first: FIRST_STATEMENTS }),
        stack: article,
        ours: article,
        peer: gql(
          `query Q($id: ID!) { articles(where: {id: {eq: $id}}) { id title publishedAt outlet { id name } statementsConnection(first: ${FIRST_STATEMENTS}, sort: [{node: {start: ASC}}, {node: {id: ASC}}]) { edges { node { id quote kind } } } } }`,
          { id: subjects.articleId },
        ),
      },
      toOurShape: {
        floor: same,
        stack: same,
        ours: same,
        peer: (data) => {
          const a = data.articles[0];
          return { article: a ? { id: a.id, title: a.title, publishedAt: a.publishedAt, outlet: a.outlet[0] ?? null, statements: { edges: a.statementsConnection.edges } } : null };
        },
      },
    },
    speakerStatements('Q2-hot', `a hot speaker's ${PAGE_SIZE} latest statements with article, outlet and chain`, hot.id, false, FIRST_PAGE_CURSORS),
    speakerStatements('Q2-cold', `a cold speaker's ${PAGE_SIZE} latest statements with article, outlet and chain`, cold.id, false, FIRST_PAGE_CURSORS),
    speakerStatements('Q3-hot', 'Q2 (hot) plus each statement\'s claims and their counterclaims', hot.id, true, FIRST_PAGE_CURSORS),
    speakerStatements('Q3-cold', 'Q2 (cold) plus each statement\'s claims and their counterclaims', cold.id, true, FIRST_PAGE_CURSORS),
    {
      key: 'Q4',
      title: 'whoSaid full-text',
      ask: {
        floor: get('/who-said', { text: subjects.searchText, first: WHO_SAID_FIRST }),
        stack: whoSaid,
        ours: whoSaid,
        peer: gql(
          `query Q($text: String!) { whoSaid(text: $text, first: ${WHO_SAID_FIRST}) { id quote speaker { id name } article { id title } ${PEER_VIA} } }`,
          { text: subjects.searchText },
        ),
      },
      toOurShape: {
        floor: same,
        stack: same,
        ours: same,
        peer: (data) => ({
          whoSaid: data.whoSaid.map((s: any) => ({
            speaker: s.speaker[0] ?? null,
            statement: { id: s.id, quote: s.quote },
            article: s.article[0] ?? null,
            via: s.viaConnection.edges.map((edge: any) => edge.node),
          })),
        }),
      },
    },
    {
      key: 'Q5',
      title: `totalCount of a filtered connection (hot speaker, kind ${COUNTED_KIND})`,
      ask: {
        floor: get('/count', { speakerId: hot.id, kind: COUNTED_KIND }),
        stack: count,
        ours: count,
        peer: gql(
          `query Q($speakerId: ID!) { actors(where: {id: {eq: $speakerId}}) { madeConnection(where: {node: {kind: {eq: ${COUNTED_KIND}}}}) { totalCount } } }`,
          { speakerId: hot.id },
        ),
      },
      toOurShape: { floor: same, stack: same, ours: same, peer: (data) => ({ statements: { totalCount: data.actors[0]?.madeConnection.totalCount ?? 0 } }) },
    },
    {
      ...speakerStatements('Q6', `page ${subjects.deepPage} of the hot speaker's statements`, hot.id, false, subjects.deepCursors),
      unavailable: subjects.deepCursorErrors,
    },
  ];
}

/** The paging request that walks to a deep cursor (set-up, not timed): `first` items after `after`. */
export function cursorWalk(server: 'ours' | 'peer', speakerId: string, first: number, after: string | null): HttpAsk {
  return server === 'ours'
    ? gql('query W($speakerId: ID!, $first: Int!, $after: String) { statements(filter: {speakerId: $speakerId}, first: $first, after: $after) { pageInfo { endCursor } } }', { speakerId, first, after })
    : gql(
        `query W($speakerId: ID!, $first: Int!, $after: String) { actors(where: {id: {eq: $speakerId}}) { madeConnection(first: $first, after: $after, sort: ${PEER_STATEMENT_ORDER}) { pageInfo { endCursor } } } }`,
        { speakerId, first, after },
      );
}

export function endCursorOf(server: 'ours' | 'peer', data: any): string | null {
  return server === 'ours' ? data.statements.pageInfo.endCursor : (data.actors[0]?.madeConnection.pageInfo.endCursor ?? null);
}

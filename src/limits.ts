/**
 * Every limit the API enforces on a request, in one place; each is imported by the code that
 * enforces it and has a test at its edge. They bound the work one request can cause, so that no
 * client can make the server or the database do unbounded work. (Limits of the extractor and of
 * ingest input live beside their code: extraction/interpretation/limits.ts,
 * ingest/validate-article.ts; the article size is the MAX_ARTICLE_BYTES setting.)
 */
export const LIMITS = {
  /** Page sizes: `first` defaults to this… (graphql/pagination.ts) */
  DEFAULT_PAGE_SIZE: 20,
  /** …and is capped here, as the API contract says. */
  MAX_PAGE_SIZE: 100,
  /** claimGraph's neighbourhood: deeper than 3 hops pulls in most of a real graph. */
  MAX_CLAIM_GRAPH_DEPTH: 3,
  /** claimGraph returns at most this many nodes, nearest first. */
  MAX_CLAIM_GRAPH_NODES: 500,
  /** whoSaid / search results. */
  MAX_SEARCH_RESULTS: 100,
  /** Dashboard top-N lists. */
  STATS_TOP_N: 10,
  /** API key names. */
  MAX_NAME_LENGTH: 300,
  /** Search strings (whoSaid, claims, actors, statement filters). */
  MAX_SEARCH_LENGTH: 500,
  /** An idempotency key (addRebuttal's clientRequestId; services/client-request-id.ts): a UUID is 36. */
  MAX_CLIENT_REQUEST_ID_LENGTH: 128,

  // The request itself (server/body-limits.ts, server/request-limits.ts, server/query-cost.ts).

  /**
   * The body of any request but ingestArticle, in bytes. The largest legitimate one is a
   * rebuttal with a long summary or a query near the token limit: tens of kB. ingestArticle
   * alone may send up to twice MAX_ARTICLE_BYTES (the text, plus curated statements quoting it).
   */
  MAX_BODY_BYTES: 100_000,
  /**
   * Fields nested in one operation. The deepest question the API answers (a statement's claims'
   * counterclaims' speakers, through connection edges) is 8 deep; 40 nested `counters` are not
   * a question, they are an attack.
   */
  MAX_QUERY_DEPTH: 10,
  /** Aliased fields per operation: a dashboard asks a handful of things at once, not 200 pages. */
  MAX_ALIASES: 20,
  /** Directives (@include, @skip) per operation. */
  MAX_DIRECTIVES: 20,
  /**
   * Lexical tokens in a document, checked while parsing so a huge document is refused before it
   * is built. GraphiQL's introspection query is about 250; our largest examples under 150.
   */
  MAX_TOKENS: 2_000,
  /**
   * Estimated cost of an operation: each field costs 1, and a list multiplies what is selected
   * inside it by `first` (its default when absent) or, for a list without `first`, by
   * UNPAGED_LIST_FANOUT. A page of 100 statements with their claims, counterclaims and the
   * counterclaims' speakers costs about 19,000; 50 aliased five-level claims → statements →
   * speaker → statements → claims cost millions.
   */
  MAX_QUERY_COST: 25_000,
  /** What a list field without `first` (a claim's counters, a statement's chain) is assumed to hold. */
  UNPAGED_LIST_FANOUT: 5,
  /**
   * Every database transaction a request opens is cancelled inside Neo4j after this long (the
   * driver's transaction timeout), and the request is answered TIMEOUT. The slowest read of the
   * benchmark at a million statements takes well under a second.
   */
  TRANSACTION_TIMEOUT_MS: 10_000,
} as const;

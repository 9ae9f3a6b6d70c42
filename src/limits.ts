/**
 * Every limit the service enforces, in one place; each has a test. They bound the work one
 * request can cause, so that no client can make the server or the database do unbounded work.
 */
export const LIMITS = {
  /** Page sizes: `first` defaults to this… */
  DEFAULT_PAGE_SIZE: 20,
  /** …and is capped here, as the API contract says. */
  MAX_PAGE_SIZE: 100,
  /** claimGraph's neighbourhood: deeper than 3 hops pulls in most of a real graph. */
  MAX_CLAIM_GRAPH_DEPTH: 3,
  /** claimGraph returns at most this many nodes, nearest first. */
  MAX_CLAIM_GRAPH_NODES: 500,
  /** whoSaid / search results. */
  MAX_SEARCH_RESULTS: 100,
  /** Curated statements in one ingest call. */
  MAX_STATEMENTS_PER_ARTICLE: 1000,
  /** Dashboard top-N lists. */
  STATS_TOP_N: 10,
  /** Strings a client sends for names, labels, summaries. */
  MAX_NAME_LENGTH: 300,
  MAX_SUMMARY_LENGTH: 10_000,
  MAX_SEARCH_LENGTH: 500,
} as const;

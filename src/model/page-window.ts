/** One window of a stably ordered list by position: the audit trail. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * One window of a list by sort key (the top-level lists, and the statements of an article, a
 * claim or an actor): the page continues strictly after `after` in the
 * list's order, so the database seeks to it through an index instead of skipping `offset` rows,
 * and rows inserted elsewhere in the order never shift a page that is already being read.
 */
export interface KeysetWindow<K> {
  after: K | null;
  limit: number;
}

/** The statements' order: newest first, then reading order within an article; the id breaks ties. */
export interface StatementSortKey {
  at: string;
  articleId: string;
  start: number;
  id: string;
}

/** Claims newest first. */
export interface ClaimSortKey {
  firstSeenAt: string;
  id: string;
}

/** Full-text hits, best first. */
export interface ScoreSortKey {
  score: number;
  id: string;
}

/** Articles newest first: the publication time, else the ingestion time. */
export interface ArticleSortKey {
  at: string;
  id: string;
}

/** Actors: most statements first when asked, exact matches of a search first, then by name. */
export interface ActorSortKey {
  made: number;
  rank: number;
  name: string;
  id: string;
}

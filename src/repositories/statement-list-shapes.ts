import type { StatementFilterParams } from './statement.repository';

/**
 * The filter shapes of statements(filter), each a Cypher file under cypher/statements/list/ and
 * cypher/statements/count/ that starts from one index. The names are the allowlist: code picks
 * one, never builds query text.
 */
export type StatementShape = 'by-article' | 'by-claim' | 'by-speaker-id' | 'by-speaker-name' | 'by-outlet' | 'by-time';

/**
 * The most selective anchor the filter offers. An article holds a few dozen statements, a claim
 * a few hundred, a speaker up to a tenth of the graph; names and outlets first match a few actors
 * (far fewer than statements); without any of these the time index serves the order itself.
 */
export function statementShape(filter: StatementFilterParams): StatementShape {
  if (filter.articleId !== null) return 'by-article';
  if (filter.claimId !== null) return 'by-claim';
  if (filter.speakerId !== null) return 'by-speaker-id';
  if (filter.speaker !== null) return 'by-speaker-name';
  if (filter.outlet !== null) return 'by-outlet';
  return 'by-time';
}

/** Whether no filter is set at all: the count store then answers totalCount. */
export function isUnfiltered(filter: StatementFilterParams): boolean {
  return Object.values(filter).every((value) => value === null);
}

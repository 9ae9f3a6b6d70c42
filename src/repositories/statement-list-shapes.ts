import type { StatementKind } from '../model/enums';

/** A statements filter as the list and count queries take it: every key a parameter, null when unused. */
export interface StatementFilterParams {
  speaker: string | null;
  /** The full-text query for actors whose name or an alias may contain `speaker`. */
  speakerTerms: string | null;
  speakerId: string | null;
  outlet: string | null;
  articleId: string | null;
  claimId: string | null;
  text: string | null;
  /** The full-text query whose hits include every quote containing `text`, when there is one. */
  textTerms: string | null;
  kind: StatementKind | null;
  from: string | null;
  to: string | null;
}

/**
 * The filter shapes of statements(filter), each a Cypher file under cypher/statements/list/ and
 * cypher/statements/count/ that starts from one index. The names are the allowlist: code picks
 * one, never builds query text.
 */
export type StatementShape = 'by-article' | 'by-claim' | 'by-speaker-id' | 'by-speaker-id-only' | 'by-speaker-name' | 'by-text' | 'by-outlet' | 'by-time';

/**
 * The most selective anchor the filter offers. An article holds a few dozen statements, a claim
 * a few hundred, a speaker up to a tenth of the graph; a name first matches a few actors (far
 * fewer than statements); a quote search its full-text hits, when the text allows one (see
 * quoteSearchTerms); an outlet may have published a tenth of the graph; without any of these the
 * time index serves the order itself.
 */
export function statementShape(filter: StatementFilterParams): StatementShape {
  if (filter.articleId !== null) return 'by-article';
  if (filter.claimId !== null) return 'by-claim';
  if (filter.speakerId !== null) return onlySpeakerId(filter) ? 'by-speaker-id-only' : 'by-speaker-id';
  if (filter.speaker !== null) return 'by-speaker-name';
  if (filter.textTerms !== null) return 'by-text';
  if (filter.outlet !== null) return 'by-outlet';
  return 'by-time';
}

/** Whether the speaker's id is the filter's only condition (a speaker's page, the common case). */
function onlySpeakerId(filter: StatementFilterParams): boolean {
  return (Object.keys(filter) as Array<keyof StatementFilterParams>).every((key) => key === 'speakerId' || filter[key] === null);
}

/**
 * The query that counts statements(filter). With no filter Neo4j's count store answers; with only
 * an article, a claim or a speaker id, that node's degree; with a kind, a speaker (by id or name)
 * or an outlet and nothing else, the counters kept on write (a hot speaker's or a big outlet's
 * statements would otherwise be counted one by one); otherwise the shape's own count, from its
 * anchor (an article, a claim, quote hits or the time window bound it; a speaker or an outlet
 * combined with text, time or each other is still counted from the anchor).
 */
export function statementCountQuery(filter: StatementFilterParams): string {
  // textTerms and speakerTerms are plans for the text and speaker filters, not filters of their own.
  const plans = new Set<keyof StatementFilterParams>(['textTerms', 'speakerTerms']);
  const set = (Object.keys(filter) as Array<keyof StatementFilterParams>).filter((key) => !plans.has(key) && filter[key] !== null);
  const only = (...keys: Array<keyof StatementFilterParams>) => set.every((key) => keys.includes(key));
  if (set.length === 0) return 'statements/count/all';
  if (set.length === 1 && set[0] === 'articleId') return 'statements/count/degree-of-article';
  if (set.length === 1 && set[0] === 'claimId') return 'statements/count/degree-of-claim';
  if (set.length === 1 && set[0] === 'speakerId') return 'statements/count/degree-of-speaker';
  if (set.length === 1 && set[0] === 'kind') return 'statements/count/counter-of-kind';
  if (set.length === 2 && only('speakerId', 'kind')) return 'statements/count/counter-of-speaker-kind';
  if (filter.speaker !== null && filter.speakerTerms !== null && only('speaker', 'kind')) return 'statements/count/counters-of-speaker-name';
  if (filter.outlet !== null && only('outlet', 'kind')) return 'statements/count/counter-of-outlet';
  return `statements/count/${statementShape(filter)}`;
}

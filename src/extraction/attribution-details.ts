import { sharedChars } from './spans';
import type { AttributionSpans, Extraction, ExtractedClaimRelation, ExtractedStatement, StatementKind } from './types';

/** A claim that the attribution's own claim counters or supports. */
export interface RelatedClaim {
  text: string;
  confidence: number;
  /** The words that signalled the relation ("premature horror stories", "denied"). */
  cue: string | null;
}

/** What the interpreter made of one attribution span: who, how, through whom, asserting what. */
export interface AttributionDetails {
  speaker: string | null;
  kind: StatementKind | null;
  chain: string[];
  confidence: number;
  /** The claim the statement asserts; null when it asserts none (its content is no proposition). */
  claim: string | null;
  /** Named as in ingestArticle's curated statements: the claims this one counters, and supports. */
  counters: RelatedClaim[];
  supports: RelatedClaim[];
}

/**
 * For each span, the statement the interpreter built from it: the one whose content overlaps
 * the span's content most. A span the interpreter merged away (e.g. "according to the Russian
 * media" folded into Peskov's chain) gets the statement that absorbed it.
 */
export function describeAttributions(spans: readonly AttributionSpans[], extraction: Extraction): AttributionDetails[] {
  const names = new Map(extraction.actors.map((actor) => [actor.key, actor.name]));
  const claims = new Map(extraction.claims.map((claim) => [claim.key, claim.text]));
  const related = (from: string, relation: ExtractedClaimRelation['relation']): RelatedClaim[] =>
    extraction.relations
      .filter((r) => r.fromKey === from && r.relation === relation && claims.has(r.toKey))
      .map((r) => ({ text: claims.get(r.toKey) as string, confidence: r.confidence, cue: r.cue }));
  return spans.map((span) => {
    const statement = bestOverlap(span, extraction.statements);
    if (!statement) return { speaker: null, kind: null, chain: [], confidence: span.confidence, claim: null, counters: [], supports: [] };
    const claimKey = statement.claimKey;
    return {
      speaker: statement.speakerKey ? (names.get(statement.speakerKey) ?? null) : null,
      kind: statement.kind,
      chain: statement.via.map((key) => names.get(key) ?? key),
      confidence: statement.confidence,
      claim: claimKey === null ? null : (claims.get(claimKey) ?? null),
      counters: claimKey === null ? [] : related(claimKey, 'COUNTERS'),
      supports: claimKey === null ? [] : related(claimKey, 'SUPPORTS'),
    };
  });
}

function bestOverlap(span: AttributionSpans, statements: readonly ExtractedStatement[]): ExtractedStatement | null {
  let best: ExtractedStatement | null = null;
  let bestOverlap = 0;
  for (const statement of statements) {
    const overlap = sharedChars(span.content, statement.fragments);
    if (overlap > bestOverlap) {
      best = statement;
      bestOverlap = overlap;
    }
  }
  return best;
}

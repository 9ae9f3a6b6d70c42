import { sharedChars } from './spans';
import type { AttributionSpans, Extraction, ExtractedStatement, StatementKind } from './types';

/** What the interpreter made of one attribution span: who, how, through whom. */
export interface AttributionDetails {
  speaker: string | null;
  kind: StatementKind | null;
  chain: string[];
  confidence: number;
}

/**
 * For each span, the statement the interpreter built from it: the one whose content overlaps
 * the span's content most. A span the interpreter merged away (e.g. "according to the Russian
 * media" folded into Peskov's chain) gets the statement that absorbed it.
 */
export function describeAttributions(spans: readonly AttributionSpans[], extraction: Extraction): AttributionDetails[] {
  const names = new Map(extraction.actors.map((actor) => [actor.key, actor.name]));
  return spans.map((span) => {
    const statement = bestOverlap(span, extraction.statements);
    if (!statement) return { speaker: null, kind: null, chain: [], confidence: span.confidence };
    return {
      speaker: statement.speakerKey ? (names.get(statement.speakerKey) ?? null) : null,
      kind: statement.kind,
      chain: statement.via.map((key) => names.get(key) ?? key),
      confidence: statement.confidence,
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

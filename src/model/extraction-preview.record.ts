import type { ActorType, ClaimRelationType, StatementKind } from './enums';

/** A stretch of the previewed text: offsets (end exclusive) and the characters between them. */
export interface TextSpanRecord {
  start: number;
  end: number;
  text: string;
}

/** An actor as the extractor resolved it within one article, before any match against the graph. */
export interface PreviewActorRecord {
  /** Local to the preview: statements name their speaker and chain by it. */
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  mentions: TextSpanRecord[];
  confidence: number;
}

/** A claim another claim of the same article counters or supports. */
export interface PreviewRelatedClaimRecord {
  key: string;
  text: string;
  relation: ClaimRelationType;
  confidence: number;
  /** The words that signalled it ("premature horror stories", "denied"). */
  cue: string | null;
}

export interface PreviewClaimRecord {
  key: string;
  text: string;
  topics: string[];
  confidence: number;
  counters: PreviewRelatedClaimRecord[];
  supports: PreviewRelatedClaimRecord[];
}

/** One statement ingest would write, with every span a page needs to highlight it. */
export interface PreviewStatementRecord {
  key: string;
  kind: StatementKind;
  quote: string;
  content: TextSpanRecord;
  /** The content's pieces when a quote is interrupted ("…," he said, "…"). */
  fragments: TextSpanRecord[];
  source: TextSpanRecord | null;
  cue: TextSpanRecord | null;
  speaker: PreviewActorRecord | null;
  /** The chain, nearest hop first. */
  via: PreviewActorRecord[];
  hedged: boolean;
  confidence: number;
  extractor: string;
  claim: PreviewClaimRecord | null;
  /** Nested speech: the key of the statement this one reports. */
  reportsKey: string | null;
}

/** What ingesting a text automatically would write, written nowhere. */
export interface ExtractionPreviewRecord {
  extractor: string;
  language: string;
  publishedAt: string | null;
  outlet: PreviewActorRecord | null;
  statements: PreviewStatementRecord[];
  actors: PreviewActorRecord[];
  claims: PreviewClaimRecord[];
}

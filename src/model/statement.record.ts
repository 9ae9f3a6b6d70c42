import type { StatementKind } from './enums';

export interface StatementRecord {
  id: string;
  quote: string;
  kind: StatementKind;
  cue: string | null;
  hedged: boolean;
  confidence: number;
  extractor: string;
  start: number;
  end: number;
  articleId: string;
  at: string;
  createdAt: string;
  curatedBy: string | null;
  curatedAt: string | null;
  sourceText: string | null;
  /** Where the article names the source ("Peskov", "the statement"); null when it names none, or on graphs ingested before spans were kept. */
  sourceStart: number | null;
  sourceEnd: number | null;
  /** Where the attribution cue stands ("said", "according to"); null for curated statements, cue-less continuations and older graphs. */
  cueStart: number | null;
  cueEnd: number | null;
}

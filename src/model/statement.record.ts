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
}

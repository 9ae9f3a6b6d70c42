import type { Span, StatementKind } from '../types';

/**
 * A statement while the article is being interpreted: actors are still node ids of
 * `ArticleActors` (merged later), claims are still text.
 */
export interface DraftStatement {
  speaker: number | null;
  kind: StatementKind;
  span: Span;
  fragments: Span[];
  sourceSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  /** Actor node ids, nearest hop first. */
  via: number[];
  hedged: boolean;
  confidence: number;
  /** The statement this one reports (nested speech). */
  reports: DraftStatement | null;
  /** How the reported speech is framed, when it reads as a campaign ("working to remind"). */
  campaign: { cue: string; scareQuoted: boolean } | null;
  /** The cue is a denial ("denied that …"): the statement asserts the content is not true. */
  denial: boolean;
}

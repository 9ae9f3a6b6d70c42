import type { ArticleActors } from '../entities';
import type { AttributionSpans } from '../types';
import type { SeenActor } from './coreference';
import type { DraftStatement } from './draft-statement';
import type { Sentence } from './sentences';

/** What building statements needs to know and remembers while walking the article. */
export interface InterpretationState {
  text: string;
  sentences: readonly Sentence[];
  actors: ArticleActors;
  /** Speakers in text order, for pronouns and "the statement". */
  speakers: SeenActor[];
  /** People named in running text (found before statements are built), for "he" and "who". */
  people: SeenActor[];
  /** Every actor named so far in a source phrase, for "the ministry". */
  mentioned: SeenActor[];
  drafts: DraftStatement[];
  /** Attributions without a source: decided later like uncovered sentences. */
  sourceless: AttributionSpans[];
}

import type { ActorType, StatementKind } from '../extraction/types';

/** A statement entered by a curator, as `ingestArticle` accepts it (see IngestArticleInput). */
export interface CuratedStatement {
  speaker?: string | null;
  speakerType?: ActorType | null;
  quote?: string | null;
  span?: { start: number; end: number } | null;
  kind?: StatementKind | null;
  cue?: string | null;
  chain?: string[] | null;
  claim?: string | null;
  counters?: string[] | null;
  supports?: string[] | null;
  hedged?: boolean | null;
  reports?: number | null;
}

/** An actor described by a curator: its type, other spellings, role and parent organization. */
export interface CuratedActor {
  name: string;
  type: ActorType;
  aliases?: string[] | null;
  description?: string | null;
  kind?: string | null;
  role?: { title: string; of: string } | null;
  partOf?: string | null;
}

export interface ArticleInput {
  text: string;
  url?: string | null;
  title?: string | null;
  /** The byline as published ("Amy Chozick and Julie Hirschfeld Davis"). */
  author?: string | null;
  publishedAt?: Date | null;
  outlet?: string | null;
  language?: string | null;
  statements?: CuratedStatement[] | null;
  actors?: CuratedActor[] | null;
}

/**
 * The contract between extraction (pure: text in, these values out) and ingest (writes them
 * to the graph). Curated input to `ingestArticle` is turned into the same shape, so one
 * writer serves both. Keys are local to one extraction; ingest maps them to graph ids.
 */

import type { ActorType as ModelActorType, StatementKind as ModelStatementKind } from '../model/enums';

/** Character offsets into the article text, end exclusive (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The kinds and actor types are the model's enums (src/model/enums.ts, a leaf that imports
 * nothing), seen here as their string values: a type-only import, erased at run time, so
 * extraction stays pure and its output stays plain strings, while there is one definition.
 */
export type StatementKind = `${ModelStatementKind}`;
/**
 * GROUP is a collective of people named by what they are, not who ("voters", "Republicans",
 * "analysts"): researchers ask what such groups said, but they are no person and no organization.
 */
export type ActorType = `${ModelActorType}`;

/**
 * One attribution as PolNeAR annotates it: who (source), the cue, and what (content, possibly
 * in several fragments). The first stage of the pipeline produces these; the scorer reads them.
 */
export interface AttributionSpans {
  source: Span | null;
  cue: Span | null;
  content: Span[];
  confidence: number;
}

export interface ExtractedRole {
  /** "head", "press secretary", "representative" */
  title: string;
  /** The organization or person the role is held in/for ("Putin's press secretary" → Putin). */
  ofKey: string;
}

export interface ExtractedActor {
  key: string;
  type: ActorType;
  /** The canonical name: the fullest form seen ("Andriy Kovalenko", "the Kremlin press service"). */
  name: string;
  /** Every other spelling seen in the text, canonical name excluded. */
  aliases: string[];
  mentions: Span[];
  roles: ExtractedRole[];
  /** For organizations: the larger organization they belong to (PART_OF). */
  partOfKey?: string;
  /** Collective outlets such as "the Russian media". */
  collective?: boolean;
  /** What a curator or the extractor says about the actor ("ministry", "press service"). */
  description?: string | null;
  kind?: string | null;
  confidence: number;
}

export interface ExtractedStatement {
  key: string;
  /**
   * Null for UNATTRIBUTED statements, and for a source that names no entity ("a source", "one
   * woman"): such a statement keeps its kind and `sourceSpan`, and no Actor is made for it.
   */
  speakerKey: string | null;
  kind: StatementKind;
  /** The exact text of `span`. */
  quote: string;
  /** The content span (for fragments: from the first start to the last end). */
  span: Span;
  fragments: Span[];
  sourceSpan: Span | null;
  cue: string | null;
  cueSpan: Span | null;
  /** The attribution chain, nearest hop first: actor keys ("the Russian media", then "UNN"). */
  via: string[];
  /** "reportedly", "allegedly", … */
  hedged: boolean;
  confidence: number;
  /**
   * The claim this statement asserts; null when its content is no proposition (a bare name,
   * "the memo", "it"): the statement is kept, but nothing is asserted that could merge across
   * articles.
   */
  claimKey: string | null;
  /** Nested speech: the key of the statement this one reports ("Yusov says Russia says X"). */
  reportsKey?: string;
}

export interface ExtractedClaim {
  key: string;
  /** The proposition, tidied: no surrounding quotes, whitespace folded. */
  text: string;
  /** Places, organizations and events the claim is about (Topic names). */
  topics: string[];
  confidence: number;
}

export interface ExtractedClaimRelation {
  fromKey: string;
  toKey: string;
  relation: 'COUNTERS' | 'SUPPORTS';
  confidence: number;
  /** The words that signalled it ("premature horror stories", "denied"). */
  cue: string | null;
}

export interface Extraction {
  /** name@version of the extractor, recorded as provenance on everything it produced. */
  extractor: string;
  language: string;
  /** From a leading `date YYYY-MM-DD` line, when present. */
  publishedAt: string | null;
  /** Key of the outlet that published the article ("UNN reports"), when the text says so. */
  outletKey: string | null;
  actors: ExtractedActor[];
  statements: ExtractedStatement[];
  claims: ExtractedClaim[];
  relations: ExtractedClaimRelation[];
}

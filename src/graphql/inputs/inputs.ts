import { Field, ID, InputType, Int } from 'type-graphql';
import { ActorType, ClaimRelationType, StatementKind, Verdict } from '../types/enums';
import { DateTime, URLScalar } from '../types/scalars';
import { LIMITS } from '../../limits';

@InputType()
export class SpanInput {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

@InputType()
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Outlet name or alias contains this (case-insensitive).' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Title or URL contains this.' })
  search?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => DateTime, { nullable: true })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true })
  to?: Date | null;
}

@InputType()
export class StatementFilter {
  @Field(() => String, { nullable: true, description: 'Speaker name or alias contains this (case-insensitive).' })
  speaker?: string | null;

  @Field(() => ID, { nullable: true })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Published by, or relayed through, an outlet whose name contains this.' })
  outlet?: string | null;

  @Field(() => ID, { nullable: true })
  articleId?: string | null;

  @Field(() => ID, { nullable: true })
  claimId?: string | null;

  @Field(() => String, { nullable: true, description: 'The quote contains this (case-insensitive).' })
  text?: string | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind | null;

  @Field(() => DateTime, { nullable: true, description: 'Published at or after.' })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Published before.' })
  to?: Date | null;
}

@InputType({ description: 'An actor a curator describes: other spellings, a role, a parent organization.' })
export class CuratedActorInput {
  @Field()
  name!: string;

  @Field(() => ActorType)
  type!: ActorType;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'For organizations: ministry, press service, agency…' })
  kind?: string | null;

  @Field(() => RoleInput, { nullable: true })
  role?: RoleInput | null;

  @Field(() => String, { nullable: true, description: 'The organization this one is part of (by name).' })
  partOf?: string | null;
}

@InputType()
export class RoleInput {
  @Field({ description: '"head", "press secretary", "representative"' })
  title!: string;

  @Field({ description: 'The organization or person the role is of (by name).' })
  of!: string;
}

@InputType({ description: 'A statement a curator enters: who, what (quote or span), how, through whom.' })
export class CuratedStatementInput {
  @Field(() => String, { nullable: true, description: 'The speaker as written; omit for UNATTRIBUTED.' })
  speaker?: string | null;

  @Field(() => ActorType, { nullable: true, description: 'When the speaker is not described in `actors`; PERSON by default.' })
  speakerType?: ActorType | null;

  @Field(() => String, { nullable: true, description: 'The exact text; its first occurrence is used unless `span` is given.' })
  quote?: string | null;

  @Field(() => SpanInput, { nullable: true })
  span?: SpanInput | null;

  @Field(() => StatementKind, { nullable: true, description: 'INDIRECT by default (UNATTRIBUTED without a speaker).' })
  kind?: StatementKind | null;

  @Field(() => String, { nullable: true })
  cue?: string | null;

  @Field(() => [String], { nullable: true, description: 'The attribution chain, nearest hop first (names).' })
  chain?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The claim asserted; the quote by default.' })
  claim?: string | null;

  @Field(() => [String], { nullable: true, description: 'Texts of the claims this statement counters.' })
  counters?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Texts of the claims this statement supports.' })
  supports?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  hedged?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Nested speech: the index in `statements` of the statement this one reports.' })
  reports?: number | null;
}

@InputType()
export class IngestArticleInput {
  @Field()
  text!: string;

  @Field(() => URLScalar, { nullable: true })
  url?: URL | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The byline as published.' })
  author?: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Defaults to a leading "date YYYY-MM-DD" line of the text.' })
  publishedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The publishing outlet, by name or usual form ("nyt" is The New York Times); wins over the outlet the text names.',
  })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Language tag; "en" by default.' })
  language?: string | null;

  @Field(() => [CuratedStatementInput], {
    nullable: true,
    description: 'Curated statements. Without them the automatic extractor runs.',
  })
  statements?: CuratedStatementInput[] | null;

  @Field(() => [CuratedActorInput], { nullable: true })
  actors?: CuratedActorInput[] | null;
}

@InputType()
export class AddRebuttalInput {
  @Field(() => ID)
  claimId!: string;

  @Field(() => Verdict)
  verdict!: Verdict;

  @Field(() => String, { nullable: true, description: "The reviewer's own label, e.g. \"Pants on fire\"." })
  label?: string | null;

  @Field()
  summary!: string;

  @Field(() => [URLScalar], { nullable: true })
  evidenceUrls?: URL[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      `An idempotency key of your choosing (a UUID; at most ${LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH} letters, digits, ".", "_", ":" or "-"), unique per API key. ` +
      'A retry with the same key and input answers the first rebuttal instead of storing a second; the same key with a different input is BAD_USER_INPUT.',
  })
  clientRequestId?: string | null;
}

@InputType()
export class LinkClaimsInput {
  @Field(() => ID)
  fromClaimId!: string;

  @Field(() => ID)
  toClaimId!: string;

  @Field(() => ClaimRelationType)
  relation!: ClaimRelationType;
}

@InputType()
export class CorrectStatementInput {
  @Field(() => ID, { nullable: true })
  speakerId?: string | null;

  @Field(() => StatementKind, { nullable: true })
  kind?: StatementKind | null;

  @Field(() => SpanInput, { nullable: true })
  span?: SpanInput | null;

  @Field(() => [ID], { nullable: true, description: 'Actor ids, nearest hop first; [] clears the chain.' })
  chain?: string[] | null;
}


import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Actor } from './actor.type';
import { Article } from './article.type';
import { Claim, DayCount } from './claim.type';
import { IngestStatus } from './enums';
import { Statement } from './statement.type';
import type { ActorRecord } from '../../model/actor.record';
import type { ArticleRecord } from '../../model/article.record';
import type { ClaimRecord } from '../../model/claim.record';
import type { StatementRecord } from '../../model/statement.record';

@ObjectType({ description: 'What ingestArticle did.' })
export class IngestResult {
  @Field(() => IngestStatus, { description: 'UNCHANGED when the same text was already stored.' })
  status!: IngestStatus;

  @Field(() => Article)
  article!: ArticleRecord;

  @Field(() => Int)
  statements!: number;

  @Field(() => Int)
  claims!: number;

  @Field(() => Int, { description: 'Claims seen for the first time.' })
  newClaims!: number;

  @Field(() => Int)
  actors!: number;

  @Field(() => Int, { description: 'Actors not matched to one already in the graph.' })
  newActors!: number;

  @Field()
  extractor!: string;
}

@ObjectType({ description: 'A who-said-what answer: the speaker, the statement, where, and through whom.', simpleResolvers: true })
export class Attribution {
  @Field(() => Actor)
  speaker!: ActorRecord;

  @Field(() => Statement)
  statement!: StatementRecord;

  @Field(() => Article)
  article!: ArticleRecord;

  @Field(() => [Actor])
  via!: ActorRecord[];

  @Field(() => Float, { description: 'Full-text relevance; higher is better.' })
  score!: number;
}

@ObjectType()
export class ClaimGraphNode {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Claim, Statement, Person, Organization, Outlet, Group, Article, Rebuttal or Topic.' })
  type!: string;

  @Field({ description: 'Text to show: the claim, name, title or quote.' })
  label!: string;
}

@ObjectType()
export class ClaimGraphEdge {
  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field({ description: 'The relationship type: ASSERTS, COUNTERS, MADE, VIA, …' })
  type!: string;

  @Field(() => Float, { nullable: true })
  confidence!: number | null;

  @Field(() => Int, { nullable: true, description: 'For VIA: the hop, 1 nearest.' })
  hop!: number | null;

  @Field(() => Float, { nullable: true, description: 'For SIMILAR_TO: the similarity.' })
  score!: number | null;
}

@ObjectType({ description: 'Nodes and typed edges around a claim, for visual browsing.' })
export class ClaimGraph {
  @Field(() => [ClaimGraphNode])
  nodes!: ClaimGraphNode[];

  @Field(() => [ClaimGraphEdge])
  edges!: ClaimGraphEdge[];
}

@ObjectType()
export class ActorCount {
  @Field(() => Actor)
  actor!: ActorRecord;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ClaimCount {
  @Field(() => Claim)
  claim!: ClaimRecord;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class VerdictCount {
  @Field()
  verdict!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Dashboard figures over a time window.' })
export class Stats {
  @Field(() => [DayCount])
  statementsPerDay!: DayCount[];

  @Field(() => [ActorCount], { description: 'Persons, organizations and outlets by statements made; groups are left out.' })
  topSpeakers!: ActorCount[];

  @Field(() => [ActorCount])
  topOutlets!: ActorCount[];

  @Field(() => [ClaimCount])
  mostCounteredClaims!: ClaimCount[];

  @Field(() => [VerdictCount])
  rebuttalsByVerdict!: VerdictCount[];
}

@ObjectType({ description: 'A claim worded closely like another, below the merge threshold.' })
export class SimilarClaim {
  @Field(() => Claim)
  claim!: ClaimRecord;

  @Field(() => Float)
  score!: number;
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorType =
  /** A collective named by what its members are, not who: "voters", "Republicans", "analysts". */
  | 'GROUP'
  | 'ORGANIZATION'
  | 'OUTLET'
  | 'PERSON';

export type AddRebuttalInput = {
  claimId: string | number;
  /** An idempotency key of your choosing (a UUID; at most 128 letters, digits, ".", "_", ":" or "-"), unique per API key. A retry with the same key and input answers the first rebuttal instead of storing a second; the same key with a different input is BAD_USER_INPUT. */
  clientRequestId?: string | null | undefined;
  evidenceUrls?: Array<string> | null | undefined;
  /** The reviewer's own label, e.g. "Pants on fire". */
  label?: string | null | undefined;
  summary: string;
  verdict: Verdict;
};

export type ClaimRelationType =
  | 'COUNTERS'
  | 'SUPPORTS';

export type CorrectStatementInput = {
  /** Actor ids, nearest hop first; [] clears the chain. */
  chain?: Array<string | number> | null | undefined;
  kind?: StatementKind | null | undefined;
  span?: SpanInput | null | undefined;
  speakerId?: string | number | null | undefined;
};

/** An actor a curator describes: other spellings, a role, a parent organization. */
export type CuratedActorInput = {
  aliases?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** For organizations: ministry, press service, agency… */
  kind?: string | null | undefined;
  name: string;
  /** The organization this one is part of (by name). */
  partOf?: string | null | undefined;
  role?: RoleInput | null | undefined;
  type: ActorType;
};

/** A statement a curator enters: who, what (quote or span), how, through whom. */
export type CuratedStatementInput = {
  /** The attribution chain, nearest hop first (names). */
  chain?: Array<string> | null | undefined;
  /** The claim asserted; the quote by default. */
  claim?: string | null | undefined;
  /** Texts of the claims this statement counters. */
  counters?: Array<string> | null | undefined;
  cue?: string | null | undefined;
  hedged?: boolean | null | undefined;
  /** INDIRECT by default (UNATTRIBUTED without a speaker). */
  kind?: StatementKind | null | undefined;
  /** The exact text; its first occurrence is used unless `span` is given. */
  quote?: string | null | undefined;
  /** Nested speech: the index in `statements` of the statement this one reports. */
  reports?: number | null | undefined;
  span?: SpanInput | null | undefined;
  /** The speaker as written; omit for UNATTRIBUTED. */
  speaker?: string | null | undefined;
  /** When the speaker is not described in `actors`; PERSON by default. */
  speakerType?: ActorType | null | undefined;
  /** Texts of the claims this statement supports. */
  supports?: Array<string> | null | undefined;
};

export type IngestArticleInput = {
  actors?: Array<CuratedActorInput> | null | undefined;
  /** The byline as published. */
  author?: string | null | undefined;
  /** Language tag; "en" by default. */
  language?: string | null | undefined;
  /** The publishing outlet, by name or usual form ("nyt" is The New York Times); wins over the outlet the text names. */
  outlet?: string | null | undefined;
  /** Defaults to a leading "date YYYY-MM-DD" line of the text. */
  publishedAt?: string | null | undefined;
  /** Curated statements. Without them the automatic extractor runs. */
  statements?: Array<CuratedStatementInput> | null | undefined;
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
};

export type IngestStatus =
  | 'CREATED'
  | 'UNCHANGED';

export type LinkClaimsInput = {
  fromClaimId: string | number;
  relation: ClaimRelationType;
  toClaimId: string | number;
};

export type RoleInput = {
  /** The organization or person the role is of (by name). */
  of: string;
  /** "head", "press secretary", "representative" */
  title: string;
};

export type SpanInput = {
  end: number;
  start: number;
};

/** How a statement is attributed. */
export type StatementKind =
  /** "According to X, …". */
  | 'ACCORDING_TO'
  /** Quoted verbatim. */
  | 'DIRECT'
  /** Paraphrased ("X said that …"). */
  | 'INDIRECT'
  /** A paraphrase with quoted parts. */
  | 'MIXED'
  /** Asserted with no source, often hedged ("reportedly"). */
  | 'UNATTRIBUTED';

/** A fact-checker's rating of a claim. */
export type Verdict =
  | 'FALSE'
  | 'MISLEADING'
  | 'MIXED'
  | 'TRUE'
  | 'UNPROVEN';

export type AddAliasMutationVariables = Exact<{
  actorId: string | number;
  alias: string;
}>;


export type AddAliasMutation = { addAlias:
    | { id: string, aliases: Array<string> }
    | { id: string, aliases: Array<string> }
    | { id: string, aliases: Array<string> }
    | { id: string, aliases: Array<string> }
   };

export type MergeActorsMutationVariables = Exact<{
  sourceId: string | number;
  targetId: string | number;
}>;


export type MergeActorsMutation = { mergeActors:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   };

export type AddRebuttalMutationVariables = Exact<{
  input: AddRebuttalInput;
}>;


export type AddRebuttalMutation = { addRebuttal: { id: string, verdict: Verdict } };

export type LinkClaimsMutationVariables = Exact<{
  input: LinkClaimsInput;
}>;


export type LinkClaimsMutation = { linkClaims: { relation: ClaimRelationType, confidence: number } };

export type CorrectStatementMutationVariables = Exact<{
  id: string | number;
  input: CorrectStatementInput;
}>;


export type CorrectStatementMutation = { correctStatement: { id: string, kind: StatementKind, curatedBy: string | null } };

export type RebuttalAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RebuttalAddedSubscription = { rebuttalAdded: { id: string, verdict: Verdict, label: string | null, summary: string, author: string, claim: { id: string, text: string } } };

export type StatementAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type StatementAddedSubscription = { statementAdded: { id: string, quote: string, sourceText: string | null, speaker:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     | null, article: { id: string } } };

export type FindActorsQueryVariables = Exact<{
  search: string;
}>;


export type FindActorsQuery = { actors: { edges: Array<{ node:
        | { id: string, name: string, type: ActorType }
        | { id: string, name: string, type: ActorType }
        | { id: string, name: string, type: ActorType }
        | { id: string, name: string, type: ActorType }
       }> } };

export type FindClaimsQueryVariables = Exact<{
  search: string;
}>;


export type FindClaimsQuery = { claims: { edges: Array<{ node: { id: string, text: string } }> } };

export type ActorViewQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  sample: number;
}>;


export type ActorViewQuery = { actor:
    | { id: string, name: string, type: ActorType, aliases: Array<string>, description: string | null, roles: Array<{ title: string, of:
          | { id: string, name: string }
          | { id: string, name: string, partOf: Array<{ id: string, name: string }> }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, quote: string, kind: StatementKind, cue: string | null, at: string, via: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, article: { id: string, title: string | null }, claims: Array<{ id: string, text: string }> } }> } }
    | { kind: string | null, id: string, name: string, type: ActorType, aliases: Array<string>, description: string | null, partOf: Array<{ id: string, name: string }>, parts: Array<{ id: string, name: string }>, roles: Array<{ title: string, of:
          | { id: string, name: string }
          | { id: string, name: string, partOf: Array<{ id: string, name: string }> }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, quote: string, kind: StatementKind, cue: string | null, at: string, via: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, article: { id: string, title: string | null }, claims: Array<{ id: string, text: string }> } }> } }
    | { domain: string | null, collective: boolean, id: string, name: string, type: ActorType, aliases: Array<string>, description: string | null, roles: Array<{ title: string, of:
          | { id: string, name: string }
          | { id: string, name: string, partOf: Array<{ id: string, name: string }> }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, quote: string, kind: StatementKind, cue: string | null, at: string, via: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, article: { id: string, title: string | null }, claims: Array<{ id: string, text: string }> } }> } }
    | { id: string, name: string, type: ActorType, aliases: Array<string>, description: string | null, roles: Array<{ title: string, of:
          | { id: string, name: string }
          | { id: string, name: string, partOf: Array<{ id: string, name: string }> }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, statements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, quote: string, kind: StatementKind, cue: string | null, at: string, via: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, article: { id: string, title: string | null }, claims: Array<{ id: string, text: string }> } }> } }
   | null, chains: { edges: Array<{ node: { via: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        > } }> } };

export type ArticleViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticleViewQuery = { article: { id: string, title: string | null, url: string | null, author: string | null, publishedAt: string | null, ingestedAt: string, text: string, outlet:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, statements: { totalCount: number, edges: Array<{ node: { id: string, quote: string, kind: StatementKind, cue: string | null, hedged: boolean, confidence: number, extractor: string, curatedBy: string | null, sourceText: string | null, span: { start: number, end: number }, sourceSpan: { start: number, end: number } | null, cueSpan: { start: number, end: number } | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, via: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, claims: Array<{ id: string, text: string }> } }> } } | null };

export type ClaimViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimViewQuery = { claim: { id: string, text: string, firstSeenAt: string, appearances: number, claimReviewUrl: string, timeline: Array<{ day: string, count: number }>, topics: Array<{ id: string, name: string }>, speakers: Array<
      | { id: string, name: string, type: ActorType }
      | { id: string, name: string, type: ActorType }
      | { id: string, name: string, type: ActorType }
      | { id: string, name: string, type: ActorType }
    >, counters: Array<{ id: string, text: string }>, counteredBy: Array<{ id: string, text: string, speakers: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }>, supports: Array<{ id: string, text: string }>, supportedBy: Array<{ id: string, text: string }>, relations: Array<{ relation: ClaimRelationType, confidence: number, by: string, from: { id: string }, to: { id: string } }>, similar: Array<{ score: number, claim: { id: string, text: string } }>, rebuttals: Array<{ id: string, verdict: Verdict, label: string | null, summary: string, evidenceUrls: Array<string>, author: string, createdAt: string }>, statements: { totalCount: number, edges: Array<{ node: { id: string, quote: string, kind: StatementKind, cue: string | null, confidence: number, extractor: string, curatedBy: string | null, at: string, sourceText: string | null, speaker:
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
           | null, via: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, article: { id: string, title: string | null, publishedAt: string | null, outlet:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null } } }> } } | null };

export type DashboardStatsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DashboardStatsQuery = { stats: { statementsPerDay: Array<{ day: string, count: number }>, topSpeakers: Array<{ count: number, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, topOutlets: Array<{ count: number, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }>, mostCounteredClaims: Array<{ count: number, claim: { id: string, text: string } }>, rebuttalsByVerdict: Array<{ verdict: string, count: number }> } };

export type ClaimNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
}>;


export type ClaimNeighbourhoodQuery = { claim: { id: string, text: string } | null, claimGraph: { nodes: Array<{ id: string, type: string, label: string }>, edges: Array<{ source: string, target: string, type: string }> } };

export type ActorNeighbourhoodQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorNeighbourhoodQuery = { actor:
    | { id: string, name: string, type: ActorType, statements: { edges: Array<{ node: { id: string, quote: string, article: { id: string, title: string | null }, via: Array<
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
            >, claims: Array<{ id: string, text: string, speakers: Array<
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
              >, counters: Array<{ id: string, text: string }>, counteredBy: Array<{ id: string, text: string }>, supports: Array<{ id: string, text: string }>, supportedBy: Array<{ id: string, text: string }> }> } }> } }
    | { id: string, name: string, type: ActorType, statements: { edges: Array<{ node: { id: string, quote: string, article: { id: string, title: string | null }, via: Array<
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
            >, claims: Array<{ id: string, text: string, speakers: Array<
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
              >, counters: Array<{ id: string, text: string }>, counteredBy: Array<{ id: string, text: string }>, supports: Array<{ id: string, text: string }>, supportedBy: Array<{ id: string, text: string }> }> } }> } }
    | { id: string, name: string, type: ActorType, statements: { edges: Array<{ node: { id: string, quote: string, article: { id: string, title: string | null }, via: Array<
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
            >, claims: Array<{ id: string, text: string, speakers: Array<
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
              >, counters: Array<{ id: string, text: string }>, counteredBy: Array<{ id: string, text: string }>, supports: Array<{ id: string, text: string }>, supportedBy: Array<{ id: string, text: string }> }> } }> } }
    | { id: string, name: string, type: ActorType, statements: { edges: Array<{ node: { id: string, quote: string, article: { id: string, title: string | null }, via: Array<
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
              | { id: string, name: string, type: ActorType }
            >, claims: Array<{ id: string, text: string, speakers: Array<
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
                | { id: string, name: string, type: ActorType }
              >, counters: Array<{ id: string, text: string }>, counteredBy: Array<{ id: string, text: string }>, supports: Array<{ id: string, text: string }>, supportedBy: Array<{ id: string, text: string }> }> } }> } }
   | null };

export type LatestArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestArticlesQuery = { articles: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, publishedAt: string | null, ingestedAt: string, outlet:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, statements: { totalCount: number } } }> } };

export type PreviewArticleQueryVariables = Exact<{
  text: string;
  outlet?: string | null | undefined;
}>;


export type PreviewArticleQuery = { previewExtraction: { extractor: string, publishedAt: string | null, outlet: { name: string } | null, actors: Array<{ key: string, name: string, type: ActorType }>, claims: Array<{ key: string }>, statements: Array<{ key: string, kind: StatementKind, quote: string, hedged: boolean, confidence: number, content: { start: number, end: number }, cue: { start: number, end: number, text: string } | null, source: { start: number, end: number, text: string } | null, speaker: { name: string, type: ActorType } | null, via: Array<{ name: string }>, claim: { text: string, counters: Array<{ key: string, text: string, confidence: number, cue: string | null }>, supports: Array<{ key: string, text: string, confidence: number }> } | null }> } };

export type SaveArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type SaveArticleMutation = { ingestArticle: { status: IngestStatus, statements: number, claims: number, newClaims: number, actors: number, newActors: number, article: { id: string, title: string | null } } };

export type SearchQueryVariables = Exact<{
  q: string;
}>;


export type SearchQuery = { claims: { edges: Array<{ node: { id: string, text: string, appearances: number, speakers: Array<
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        > } }> }, whoSaid: Array<{ score: number, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , statement: { id: string, quote: string, kind: StatementKind, claims: Array<{ id: string }> }, article: { id: string, title: string | null, publishedAt: string | null }, via: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    > }>, actors: { edges: Array<{ node:
        | { id: string, name: string, type: ActorType, aliases: Array<string> }
        | { id: string, name: string, type: ActorType, aliases: Array<string> }
        | { id: string, name: string, type: ActorType, aliases: Array<string> }
        | { id: string, name: string, type: ActorType, aliases: Array<string> }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AddAliasDocument = new TypedDocumentString(`
    mutation AddAlias($actorId: ID!, $alias: String!) {
  addAlias(actorId: $actorId, alias: $alias) {
    id
    aliases
  }
}
    `) as unknown as TypedDocumentString<AddAliasMutation, AddAliasMutationVariables>;
export const MergeActorsDocument = new TypedDocumentString(`
    mutation MergeActors($sourceId: ID!, $targetId: ID!) {
  mergeActors(sourceId: $sourceId, targetId: $targetId) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MergeActorsMutation, MergeActorsMutationVariables>;
export const AddRebuttalDocument = new TypedDocumentString(`
    mutation AddRebuttal($input: AddRebuttalInput!) {
  addRebuttal(input: $input) {
    id
    verdict
  }
}
    `) as unknown as TypedDocumentString<AddRebuttalMutation, AddRebuttalMutationVariables>;
export const LinkClaimsDocument = new TypedDocumentString(`
    mutation LinkClaims($input: LinkClaimsInput!) {
  linkClaims(input: $input) {
    relation
    confidence
  }
}
    `) as unknown as TypedDocumentString<LinkClaimsMutation, LinkClaimsMutationVariables>;
export const CorrectStatementDocument = new TypedDocumentString(`
    mutation CorrectStatement($id: ID!, $input: CorrectStatementInput!) {
  correctStatement(id: $id, input: $input) {
    id
    kind
    curatedBy
  }
}
    `) as unknown as TypedDocumentString<CorrectStatementMutation, CorrectStatementMutationVariables>;
export const RebuttalAddedDocument = new TypedDocumentString(`
    subscription RebuttalAdded {
  rebuttalAdded {
    id
    verdict
    label
    summary
    author
    claim {
      id
      text
    }
  }
}
    `) as unknown as TypedDocumentString<RebuttalAddedSubscription, RebuttalAddedSubscriptionVariables>;
export const StatementAddedDocument = new TypedDocumentString(`
    subscription StatementAdded {
  statementAdded {
    id
    quote
    speaker {
      name
    }
    sourceText
    article {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatementAddedSubscription, StatementAddedSubscriptionVariables>;
export const FindActorsDocument = new TypedDocumentString(`
    query FindActors($search: String!) {
  actors(search: $search, first: 10, orderBy: STATEMENTS) {
    edges {
      node {
        id
        name
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindActorsQuery, FindActorsQueryVariables>;
export const FindClaimsDocument = new TypedDocumentString(`
    query FindClaims($search: String!) {
  claims(search: $search, first: 10) {
    edges {
      node {
        id
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindClaimsQuery, FindClaimsQueryVariables>;
export const ActorViewDocument = new TypedDocumentString(`
    query ActorView($id: ID!, $first: Int!, $after: String, $sample: Int!) {
  actor(id: $id) {
    id
    name
    type
    aliases
    description
    roles {
      title
      of {
        id
        name
        ... on Organization {
          partOf {
            id
            name
          }
        }
      }
    }
    ... on Organization {
      kind
      partOf {
        id
        name
      }
      parts {
        id
        name
      }
    }
    ... on Outlet {
      domain
      collective
    }
    statements(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          quote
          kind
          cue
          at
          via {
            id
            name
          }
          article {
            id
            title
          }
          claims {
            id
            text
          }
        }
      }
    }
  }
  chains: statements(filter: {speakerId: $id}, first: $sample) {
    edges {
      node {
        via {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorViewQuery, ActorViewQueryVariables>;
export const ArticleViewDocument = new TypedDocumentString(`
    query ArticleView($id: ID!) {
  article(id: $id) {
    id
    title
    url
    author
    publishedAt
    ingestedAt
    text
    outlet {
      id
      name
    }
    statements(first: 100) {
      totalCount
      edges {
        node {
          id
          quote
          kind
          cue
          hedged
          confidence
          extractor
          curatedBy
          sourceText
          span {
            start
            end
          }
          sourceSpan {
            start
            end
          }
          cueSpan {
            start
            end
          }
          speaker {
            id
            name
          }
          via {
            id
            name
          }
          claims {
            id
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleViewQuery, ArticleViewQueryVariables>;
export const ClaimViewDocument = new TypedDocumentString(`
    query ClaimView($id: ID!) {
  claim(id: $id) {
    id
    text
    firstSeenAt
    appearances
    claimReviewUrl
    timeline {
      day
      count
    }
    topics {
      id
      name
    }
    speakers {
      id
      name
      type
    }
    counters {
      id
      text
    }
    counteredBy {
      id
      text
      speakers {
        id
        name
      }
    }
    supports {
      id
      text
    }
    supportedBy {
      id
      text
    }
    relations {
      relation
      confidence
      by
      from {
        id
      }
      to {
        id
      }
    }
    similar {
      score
      claim {
        id
        text
      }
    }
    rebuttals {
      id
      verdict
      label
      summary
      evidenceUrls
      author
      createdAt
    }
    statements(first: 50) {
      totalCount
      edges {
        node {
          id
          quote
          kind
          cue
          confidence
          extractor
          curatedBy
          at
          sourceText
          speaker {
            id
            name
          }
          via {
            id
            name
          }
          article {
            id
            title
            publishedAt
            outlet {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimViewQuery, ClaimViewQueryVariables>;
export const DashboardStatsDocument = new TypedDocumentString(`
    query DashboardStats($from: DateTime, $to: DateTime) {
  stats(from: $from, to: $to) {
    statementsPerDay {
      day
      count
    }
    topSpeakers {
      count
      actor {
        id
        name
      }
    }
    topOutlets {
      count
      actor {
        id
        name
      }
    }
    mostCounteredClaims {
      count
      claim {
        id
        text
      }
    }
    rebuttalsByVerdict {
      verdict
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardStatsQuery, DashboardStatsQueryVariables>;
export const ClaimNeighbourhoodDocument = new TypedDocumentString(`
    query ClaimNeighbourhood($id: ID!, $depth: Int!) {
  claim(id: $id) {
    id
    text
  }
  claimGraph(id: $id, depth: $depth) {
    nodes {
      id
      type
      label
    }
    edges {
      source
      target
      type
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimNeighbourhoodQuery, ClaimNeighbourhoodQueryVariables>;
export const ActorNeighbourhoodDocument = new TypedDocumentString(`
    query ActorNeighbourhood($id: ID!) {
  actor(id: $id) {
    id
    name
    type
    statements(first: 60) {
      edges {
        node {
          id
          quote
          article {
            id
            title
          }
          via {
            id
            name
            type
          }
          claims {
            id
            text
            speakers {
              id
              name
              type
            }
            counters {
              id
              text
            }
            counteredBy {
              id
              text
            }
            supports {
              id
              text
            }
            supportedBy {
              id
              text
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorNeighbourhoodQuery, ActorNeighbourhoodQueryVariables>;
export const LatestArticlesDocument = new TypedDocumentString(`
    query LatestArticles {
  articles(first: 20) {
    totalCount
    edges {
      node {
        id
        title
        publishedAt
        ingestedAt
        outlet {
          id
          name
        }
        statements(first: 1) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LatestArticlesQuery, LatestArticlesQueryVariables>;
export const PreviewArticleDocument = new TypedDocumentString(`
    query PreviewArticle($text: String!, $outlet: String) {
  previewExtraction(text: $text, outlet: $outlet) {
    extractor
    publishedAt
    outlet {
      name
    }
    actors {
      key
      name
      type
    }
    claims {
      key
    }
    statements {
      key
      kind
      quote
      hedged
      confidence
      content {
        start
        end
      }
      cue {
        start
        end
        text
      }
      source {
        start
        end
        text
      }
      speaker {
        name
        type
      }
      via {
        name
      }
      claim {
        text
        counters {
          key
          text
          confidence
          cue
        }
        supports {
          key
          text
          confidence
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PreviewArticleQuery, PreviewArticleQueryVariables>;
export const SaveArticleDocument = new TypedDocumentString(`
    mutation SaveArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    status
    statements
    claims
    newClaims
    actors
    newActors
    article {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SaveArticleMutation, SaveArticleMutationVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($q: String!) {
  claims(search: $q, first: 10) {
    edges {
      node {
        id
        text
        appearances
        speakers {
          id
          name
        }
      }
    }
  }
  whoSaid(text: $q, first: 20) {
    score
    speaker {
      id
      name
    }
    statement {
      id
      quote
      kind
      claims {
        id
      }
    }
    article {
      id
      title
      publishedAt
    }
    via {
      id
      name
    }
  }
  actors(search: $q, first: 10, orderBy: STATEMENTS) {
    edges {
      node {
        id
        name
        type
        aliases
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
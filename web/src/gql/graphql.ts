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

export type LatestArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type LatestArticlesQuery = { articles: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, publishedAt: string | null, ingestedAt: string, outlet:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null, statements: { totalCount: number } } }> } };

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
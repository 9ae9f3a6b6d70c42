/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query LatestArticles {\n    articles(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          publishedAt\n          ingestedAt\n          outlet {\n            id\n            name\n          }\n          statements(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.LatestArticlesDocument,
    "\n  query Search($q: String!) {\n    claims(search: $q, first: 10) {\n      edges {\n        node {\n          id\n          text\n          appearances\n          speakers {\n            id\n            name\n          }\n        }\n      }\n    }\n    whoSaid(text: $q, first: 20) {\n      score\n      speaker {\n        id\n        name\n      }\n      statement {\n        id\n        quote\n        kind\n        claims {\n          id\n        }\n      }\n      article {\n        id\n        title\n        publishedAt\n      }\n      via {\n        id\n        name\n      }\n    }\n    actors(search: $q, first: 10, orderBy: STATEMENTS) {\n      edges {\n        node {\n          id\n          name\n          type\n          aliases\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "\n  query LatestArticles {\n    articles(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          publishedAt\n          ingestedAt\n          outlet {\n            id\n            name\n          }\n          statements(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n": types.LatestArticlesDocument,
    "\n  query Search($q: String!) {\n    claims(search: $q, first: 10) {\n      edges {\n        node {\n          id\n          text\n          appearances\n          speakers {\n            id\n            name\n          }\n        }\n      }\n    }\n    whoSaid(text: $q, first: 20) {\n      score\n      speaker {\n        id\n        name\n      }\n      statement {\n        id\n        quote\n        kind\n        claims {\n          id\n        }\n      }\n      article {\n        id\n        title\n        publishedAt\n      }\n      via {\n        id\n        name\n      }\n    }\n    actors(search: $q, first: 10, orderBy: STATEMENTS) {\n      edges {\n        node {\n          id\n          name\n          type\n          aliases\n        }\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestArticles {\n    articles(first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          publishedAt\n          ingestedAt\n          outlet {\n            id\n            name\n          }\n          statements(first: 1) {\n            totalCount\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LatestArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($q: String!) {\n    claims(search: $q, first: 10) {\n      edges {\n        node {\n          id\n          text\n          appearances\n          speakers {\n            id\n            name\n          }\n        }\n      }\n    }\n    whoSaid(text: $q, first: 20) {\n      score\n      speaker {\n        id\n        name\n      }\n      statement {\n        id\n        quote\n        kind\n        claims {\n          id\n        }\n      }\n      article {\n        id\n        title\n        publishedAt\n      }\n      via {\n        id\n        name\n      }\n    }\n    actors(search: $q, first: 10, orderBy: STATEMENTS) {\n      edges {\n        node {\n          id\n          name\n          type\n          aliases\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

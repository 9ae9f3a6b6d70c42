/**
 * The peer's schema: @neo4j/graphql type definitions for the same graph (docs/graph-model.md),
 * so it reads exactly the nodes, relationships and indexes our server reads. @neo4j/graphql
 * compiles each request into one Cypher query; whoSaid has no generated equivalent (it unions two
 * full-text indexes), so it is a @cypher field, as a user of the library would write it; its
 * Cypher is `cypher/bench/peer-who-said.cypher`, like every query of the project.
 */
export function peerTypeDefs(whoSaidCypher: string): string {
  return /* GraphQL */ `
  enum StatementKind { DIRECT INDIRECT MIXED ACCORDING_TO UNATTRIBUTED }

  interface Actor {
    id: ID!
    name: String!
    made: [Statement!]! @declareRelationship
  }

  type Person implements Actor @node(labels: ["Person", "Actor"]) {
    id: ID!
    name: String!
    made: [Statement!]! @relationship(type: "MADE", direction: OUT)
  }
  type Organization implements Actor @node(labels: ["Organization", "Actor"]) {
    id: ID!
    name: String!
    made: [Statement!]! @relationship(type: "MADE", direction: OUT)
  }
  type Outlet implements Actor @node(labels: ["Outlet", "Actor"]) {
    id: ID!
    name: String!
    made: [Statement!]! @relationship(type: "MADE", direction: OUT)
  }
  type Group implements Actor @node(labels: ["Group", "Actor"]) {
    id: ID!
    name: String!
    made: [Statement!]! @relationship(type: "MADE", direction: OUT)
  }

  type Via @relationshipProperties {
    hop: Int!
  }

  type Article @node {
    id: ID!
    title: String
    publishedAt: String
    outlet: [Outlet!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
    statements: [Statement!]! @relationship(type: "CONTAINS", direction: OUT)
  }

  type Statement @node {
    id: ID!
    quote: String!
    kind: StatementKind!
    at: String!
    articleId: String!
    start: Int!
    speaker: [Actor!]! @relationship(type: "MADE", direction: IN)
    article: [Article!]! @relationship(type: "CONTAINS", direction: IN)
    via: [Actor!]! @relationship(type: "VIA", direction: OUT, properties: "Via")
    claims: [Claim!]! @relationship(type: "ASSERTS", direction: OUT)
  }

  type Claim @node {
    id: ID!
    text: String!
    counters: [Claim!]! @relationship(type: "COUNTERS", direction: OUT)
    counteredBy: [Claim!]! @relationship(type: "COUNTERS", direction: IN)
  }

  type Query {
    whoSaid(text: String!, first: Int!): [Statement!]!
      @cypher(
        statement: """
${whoSaidCypher}
        """
        columnName: "s"
      )
  }
`;
}

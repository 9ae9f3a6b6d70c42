/*
 * The vocabulary every layer shares. This file imports nothing, so the extraction contract
 * (src/extraction/types.ts) can derive its string unions from it with a type-only import and
 * stay pure; GraphQL registers these same enums (src/graphql/types/enums.ts).
 */

export enum StatementKind {
  DIRECT = 'DIRECT',
  INDIRECT = 'INDIRECT',
  MIXED = 'MIXED',
  ACCORDING_TO = 'ACCORDING_TO',
  UNATTRIBUTED = 'UNATTRIBUTED',
}

export enum ActorType {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  OUTLET = 'OUTLET',
  GROUP = 'GROUP',
}

export enum ActorOrder {
  NAME = 'NAME',
  STATEMENTS = 'STATEMENTS',
}

export enum Verdict {
  FALSE = 'FALSE',
  MISLEADING = 'MISLEADING',
  UNPROVEN = 'UNPROVEN',
  MIXED = 'MIXED',
  TRUE = 'TRUE',
}

export enum ClaimRelationType {
  COUNTERS = 'COUNTERS',
  SUPPORTS = 'SUPPORTS',
}

export enum Role {
  FACT_CHECKER = 'FACT_CHECKER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

export enum IngestStatus {
  CREATED = 'CREATED',
  UNCHANGED = 'UNCHANGED',
}

import type { ClaimRelationRecord } from '../model/claim.record';
import type { RebuttalRecord } from '../model/rebuttal.record';
import type { StatementRecord } from '../model/statement.record';

/**
 * What the graph announces after a write commits, for live clients (GraphQL subscriptions).
 * Payloads are plain JSON, so they cross Redis between API replicas unchanged.
 */
export enum GraphTopic {
  STATEMENT_ADDED = 'claimgraph.statementAdded',
  CLAIM_COUNTERED = 'claimgraph.claimCountered',
  REBUTTAL_ADDED = 'claimgraph.rebuttalAdded',
}

/** A statement an ingest wrote, with what subscribers filter on. */
export interface StatementAddedEvent {
  statement: StatementRecord;
  speakerId: string | null;
  claimId: string | null;
  /** The names and aliases of the publishing outlet and of every outlet in the chain, lower-cased. */
  outlets: string[];
}

/** A COUNTERS link a write made: `toId` is the countered claim, `fromId` the claim countering it. */
export type ClaimCounteredEvent = ClaimRelationRecord;

export type RebuttalAddedEvent = RebuttalRecord;

export interface GraphEvents {
  [GraphTopic.STATEMENT_ADDED]: StatementAddedEvent;
  [GraphTopic.CLAIM_COUNTERED]: ClaimCounteredEvent;
  [GraphTopic.REBUTTAL_ADDED]: RebuttalAddedEvent;
}

/** One event: its topic and payload, as a write collects them to publish once it has committed. */
export type GraphEvent = { [T in GraphTopic]: { topic: T; payload: GraphEvents[T] } }[GraphTopic];

/** The write side of the event bus: what services see. */
export interface EventPublisher {
  /** Never throws: the write it announces has committed, whatever happens to the announcement. */
  publish(event: GraphEvent): void;
}

/** For writers run without live clients (the ingest CLI, benchmarks, tests of the write path). */
export const NO_EVENTS: EventPublisher = { publish: () => undefined };

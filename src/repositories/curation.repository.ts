import type { GraphTx, Graph } from '../db/graph';
import type { ClaimRelationRecord } from '../model/claim.record';
import type { ClaimRelationType, StatementKind, Verdict } from '../model/enums';
import type { RebuttalRecord } from '../model/rebuttal.record';
import type { StatementSortKey } from '../model/page-window';
import { statementSortKey } from '../model/statement-sort-key';
import { actorNamesOf, type ActorNames } from './actor-key.repository';

/** Who made a change by hand and when; every curated write is stamped with it. */
export interface CuratedBy {
  by: string;
  now: string;
}

export interface NewRebuttal {
  id: string;
  claimId: string;
  verdict: Verdict;
  label: string | null;
  summary: string;
  evidenceUrls: string[];
  author: string;
  now: string;
}

/** A rebuttal sent with the client's idempotency key, and a digest of what it says. */
export interface NewRebuttalOnce extends NewRebuttal {
  keyId: string;
  clientRequestId: string;
  fingerprint: string;
}

export interface RebuttalOnce {
  rebuttal: RebuttalRecord;
  /** False when this key had already stored a rebuttal under the clientRequestId: that one is answered. */
  created: boolean;
  /** The fingerprint of the body the answered rebuttal was made from. */
  fingerprint: string;
}

export interface StatementFix {
  id: string;
  kind: StatementKind | null;
  start: number | null;
  end: number | null;
  speakerId: string | null;
  chain: string[] | null;
  fields: string[];
}

/**
 * The hand-made changes. Writes take the caller's transaction, so that the service writes each
 * change and its audit event together.
 */
export const curationRepository = {
  async createRebuttal(tx: GraphTx, rebuttal: NewRebuttal): Promise<RebuttalRecord> {
    const [row] = await tx.run('rebuttals/create-rebuttal', rebuttal);
    return row?.rebuttal as RebuttalRecord;
  },

  async createRebuttalOnce(tx: GraphTx, rebuttal: NewRebuttalOnce): Promise<RebuttalOnce> {
    const [row] = await tx.run('rebuttals/create-rebuttal-once', rebuttal);
    return { rebuttal: row?.rebuttal as RebuttalRecord, created: row?.created as boolean, fingerprint: row?.fingerprint as string };
  },

  async linkClaims(tx: GraphTx, link: { fromId: string; toId: string; relation: ClaimRelationType } & CuratedBy): Promise<ClaimRelationRecord> {
    const [row] = await tx.run('curation/link-claims', link);
    return row as unknown as ClaimRelationRecord;
  },

  /** The target's names after the merge (it keeps the source's as aliases); null when either actor is gone. */
  async mergeActors(tx: GraphTx, merge: { sourceId: string; targetId: string } & CuratedBy): Promise<ActorNames | null> {
    const [row] = await tx.run('curation/merge-actors', merge);
    return row ? actorNamesOf(row) : null;
  },

  /** Holds both actors of a merge, until the transaction ends, before anything about them is read. */
  async lockActors(tx: GraphTx, merge: { sourceId: string; targetId: string } & CuratedBy): Promise<void> {
    await tx.run('curation/lock-actors', merge);
  },

  /** The given actors' names, type and id, for the identity keys they are found (and locked) under. */
  async actorNames(tx: GraphTx, ids: string[]): Promise<ActorNames[]> {
    return (await tx.run('curation/find-actor-names', { ids })).map(actorNamesOf);
  },

  /** The statements an actor made, relayed or published: what merging it changes the counts of. */
  async statementsOfActor(tx: GraphTx, actorId: string): Promise<string[]> {
    return (await tx.run('curation/find-statements-of-actor', { actorId })).map((row) => row.id as string);
  },

  /** The ids of the actors a statement counts under: its speakers, chain and article's outlets. */
  async statementActorIds(tx: GraphTx, statementId: string): Promise<string[]> {
    const [row] = await tx.run('curation/find-statement-actors', { id: statementId });
    return (row?.ids as string[] | undefined) ?? [];
  },

  /** Holds the actors, until the transaction ends, without changing them; answers those that exist. */
  async holdActors(tx: GraphTx, ids: string[]): Promise<Set<string>> {
    return new Set((await tx.run('curation/hold-actors', { ids })).map((row) => row.id as string));
  },

  /** Holds a statement, until the transaction ends, before its correction reads it. */
  async lockStatement(tx: GraphTx, lock: { id: string } & CuratedBy): Promise<void> {
    await tx.run('curation/lock-statement', lock);
  },

  /** The actor's names with the alias; null when there is no such actor. */
  async addAlias(tx: GraphTx, alias: { actorId: string; alias: string; normalized: string } & CuratedBy): Promise<ActorNames | null> {
    const [row] = await tx.run('curation/add-alias', alias);
    return row ? actorNamesOf(row) : null;
  },

  /** The length of the text of the article a statement belongs to; null when there is no such statement. */
  async articleTextLength(graph: Graph, statementId: string): Promise<number | null> {
    const [row] = await graph.read('curation/find-article-text-length', { id: statementId });
    return row ? (row.length as number) : null;
  },

  /** Applies a correction, then gives its speakers' MADE the statement's sort key as it now is. */
  async correctStatement(tx: GraphTx, fix: StatementFix & CuratedBy): Promise<void> {
    const [row] = await tx.run('curation/correct-statement', fix);
    if (row) await tx.run('curation/set-speaker-sort-keys', { id: fix.id, sortKey: statementSortKey(row as unknown as StatementSortKey) });
  },
};

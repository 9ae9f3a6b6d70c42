import { GraphTopic, type GraphEvent } from '../events/graph-events';
import { ClaimRelationType } from '../model/enums';
import type { StatementRecord } from '../model/statement.record';
import type { IngestPlan } from './ingest-plan';

/**
 * What an article's write announces once committed: each statement it added, with the speaker,
 * claim and outlets subscribers filter on, and each COUNTERS link between claims.
 */
export function planEvents(plan: IngestPlan): GraphEvent[] {
  const outletSpellings = new Map<string, string[]>();
  for (const actor of plan.actors) {
    if (actor.props.type !== 'OUTLET') continue;
    const names = [actor.props.name, ...((actor.props.aliases as string[] | undefined) ?? [])];
    outletSpellings.set(actor.id, names.map((name) => String(name).toLowerCase()));
  }
  const spellingsOf = (id: string | null) => (id === null ? [] : (outletSpellings.get(id) ?? []));
  const statements: GraphEvent[] = plan.statements.map((s) => ({
    topic: GraphTopic.STATEMENT_ADDED,
    payload: {
      statement: { ...(s.props as Omit<StatementRecord, 'curatedBy' | 'curatedAt'>), curatedBy: null, curatedAt: null },
      speakerId: s.speakerId,
      claimId: s.claimId,
      outlets: [...new Set([...spellingsOf(plan.outletId), ...s.via.flatMap((hop) => spellingsOf(hop.actorId))])],
    },
  }));
  const counters: GraphEvent[] = plan.relations
    .filter((r) => r.relation === ClaimRelationType.COUNTERS)
    .map((r) => ({
      topic: GraphTopic.CLAIM_COUNTERED,
      payload: {
        fromId: r.fromId,
        toId: r.toId,
        relation: ClaimRelationType.COUNTERS,
        confidence: r.props.confidence as number,
        by: r.props.by as string,
        createdAt: r.props.createdAt as string,
      },
    }));
  return [...statements, ...counters];
}

import type { IngestPlan } from './ingest-plan';

/**
 * The counter keys the planned statements count under once written, each with how many count
 * there: what `counts/keys-of-statements` would read back after the batch's writes (the keys of
 * migrations 0007 and 0015), known from the plans, so that ingest's transaction does not read its own
 * statements again. A plan writes every row it holds: each statement's speaker and relays are
 * actors the batch writes before its statements, and its outlet is linked when that actor is an
 * outlet (`ingest/link-outlet`; the batch's actor row sets the label). A statement relayed through
 * the outlet that also published it counts there once.
 */
export function plannedCountKeys(plans: readonly IngestPlan[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const plan of plans) {
    const outlet = plan.actors.some((actor) => actor.id === plan.outletId && actor.props.type === 'OUTLET') ? plan.outletId : null;
    for (const statement of plan.statements) {
      const kind = statement.props.kind as string;
      add(`all:${kind}`);
      add(`day:${(statement.props.at as string).slice(0, 10)}`);
      if (statement.speakerId !== null) {
        add(`speaker:${statement.speakerId}:${kind}`);
        add(`made:${statement.speakerId}`);
      }
      const relays = new Set(statement.via.map((hop) => hop.actorId));
      if (outlet !== null) relays.add(outlet);
      for (const relay of relays) {
        add(`outlet:${relay}`);
        add(`outlet:${relay}:${kind}`);
      }
    }
  }
  return counts;
}

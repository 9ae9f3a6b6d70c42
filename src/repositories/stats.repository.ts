import type { Graph } from '../db/graph';
import type { ActorRecord } from '../model/actor.record';
import type { ClaimRecord } from '../model/claim.record';
import { dayWindow } from './day-window';

export interface StatsWindow {
  from: string | null;
  to: string | null;
  top: number;
}

/** Bounds that admit every ISO time, so the time index is always seeked, never skipped. */
function timeRange(w: StatsWindow) {
  return { ...w, atFrom: w.from ?? '', atTo: w.to ?? '\uffff' };
}

/**
 * Dashboard aggregates; each is one query over the window. A window is read from the time index
 * (its cost grows with the window); without one, statements per day, top speakers, top outlets
 * and the most-countered claims read the counts kept on write instead of every statement.
 */
export const statsRepository = {
  async statementsPerDay(graph: Graph, w: StatsWindow) {
    return (await graph.read('stats/statements-per-day', dayWindow(w.from, w.to))).map((r) => ({ day: r.day as string, count: r.count as number }));
  },
  async topSpeakers(graph: Graph, w: StatsWindow) {
    const name = w.from === null && w.to === null ? 'stats/top-speakers-all-time' : 'stats/top-speakers';
    return (await graph.read(name, timeRange(w))).map((r) => ({ actor: r.actor as ActorRecord, count: r.count as number }));
  },
  async topOutlets(graph: Graph, w: StatsWindow) {
    const name = w.from === null && w.to === null ? 'stats/top-outlets-all-time' : 'stats/top-outlets';
    return (await graph.read(name, timeRange(w))).map((r) => ({ actor: r.actor as ActorRecord, count: r.count as number }));
  },
  async mostCounteredClaims(graph: Graph, w: StatsWindow) {
    const name = w.from === null && w.to === null ? 'stats/most-countered-claims-all-time' : 'stats/most-countered-claims';
    return (await graph.read(name, timeRange(w))).map((r) => ({ claim: r.claim as ClaimRecord, count: r.count as number }));
  },
  async rebuttalsByVerdict(graph: Graph, w: StatsWindow) {
    return (await graph.read('stats/rebuttals-by-verdict', w)).map((r) => ({ verdict: r.verdict as string, count: r.count as number }));
  },
};

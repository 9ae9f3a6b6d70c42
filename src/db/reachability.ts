import { Neo4jError, type Driver } from 'neo4j-driver';

/** The driver's codes for "no server answers": a refused or broken connection. */
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Whether Neo4j answers a Bolt handshake now, asked at most once per `everyMs` however many
 * requests want to know: under load a dead database costs one probe per interval, not one per
 * request. The answer is the probe's error when unreachable, `null` when it answered (or failed
 * for another reason, such as a pool too busy to lend a connection: that is slowness, not absence).
 */
export class Reachability {
  private last: { at: number; answer: Promise<Neo4jError | null>; settled: boolean } | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    readonly everyMs: number,
  ) {}

  unreachable(): Promise<Neo4jError | null> {
    const now = Date.now();
    // A probe still waiting (for a pooled connection, say) is shared too, so probes never pile up.
    if (this.last && (!this.last.settled || now - this.last.at < this.everyMs)) return this.last.answer;
    const last = {
      at: now,
      settled: false,
      answer: this.driver.verifyConnectivity({ database: this.database }).then(
        () => null,
        (error: unknown) => (error instanceof Neo4jError && UNREACHABLE_CODES.has(error.code) ? error : null),
      ),
    };
    void last.answer.finally(() => (last.settled = true));
    this.last = last;
    return last.answer;
  }
}

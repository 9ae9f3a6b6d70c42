import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Logger } from '../logger';
import type { ApiKeyService } from '../services/api-key.service';

/** The reason a connection whose key was revoked is closed with (code 4401, as a refused key at connect). */
export const REVOKED_KEY_REASON = 'The API key of this connection was revoked';

interface Watched {
  keyId: string;
  socket: WebSocket;
}

/**
 * Closes the live (WebSocket) connections whose API key has been revoked since they opened.
 * A connection authenticates once, when it opens; a key revoked later — by an admin through the
 * API, or with `npm run keys -- revoke` in another process, which no event bus reaches — would
 * otherwise keep receiving events for as long as the socket lives. So every `intervalMs` the keys
 * of all open connections are checked in one query, and the connections of revoked ones are
 * closed with 4401, which graphql-ws clients do not retry. A revoked key therefore loses its
 * connections within `intervalMs` (LIVE_KEY_CHECK_MS) plus one query. When the database does
 * not answer, connections are kept: the outage is not the client's doing; the next check decides.
 */
export class RevokedKeyWatch {
  private readonly open = new Set<Watched>();
  private readonly timer: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly apiKeys: Pick<ApiKeyService, 'revokedAmong'>,
    intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.timer = setInterval(() => void this.check(), intervalMs);
    // Checking keys is no reason to keep a process alive that is otherwise done.
    this.timer.unref();
  }

  /** Watches a connection opened with `keyId`, until its socket closes. */
  add(keyId: string, socket: WebSocket): void {
    const watched = { keyId, socket };
    this.open.add(watched);
    socket.once('close', () => this.open.delete(watched));
  }

  /** One check now; resolves with how many connections it closed. A check still running is not doubled. */
  async check(): Promise<number> {
    if (this.checking || this.open.size === 0) return 0;
    this.checking = true;
    try {
      const revoked = await this.apiKeys.revokedAmong([...this.open].map((watched) => watched.keyId));
      let closed = 0;
      for (const watched of this.open) {
        if (!revoked.has(watched.keyId)) continue;
        this.open.delete(watched);
        watched.socket.close(CloseCode.Unauthorized, REVOKED_KEY_REASON);
        closed++;
      }
      if (closed > 0) this.logger.info({ closed, keys: revoked.size }, 'closed live connections of revoked API keys');
      return closed;
    } catch (error) {
      this.logger.warn({ err: error }, 'could not check the API keys of live connections; they stay open until the next check');
      return 0;
    } finally {
      this.checking = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

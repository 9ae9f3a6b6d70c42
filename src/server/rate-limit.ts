import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config/config';
import { AppError, rateLimited } from '../errors/app-error';
import { ErrorCode, HTTP_STATUS } from '../errors/error-code';
import type { RequestContext } from '../graphql/context';
import type { Logger } from '../logger';
import { countRejection } from '../metrics/metrics';
import type { Principal } from '../model/principal';
import { clientSubnet } from './client-subnet';

/** Mutations spend the write budget; queries (and anything else) the read budget. */
export type RequestKind = 'read' | 'write';

/**
 * Request budgets per caller: an API key's requests count against the key wherever they come
 * from, an anonymous request against its IP address. Writes have their own, smaller budget,
 * since one ingest costs the database what hundreds of reads do. Counters live in memory, or in
 * Redis when `REDIS_URL` is set, so that every replica behind a load balancer spends from one
 * budget instead of each granting the full one.
 */
export class RateLimiter {
  private constructor(
    private readonly budgets: Record<RequestKind, RateLimiterAbstract | null>,
    private readonly settings: Config['rateLimit'],
    private readonly logger: Logger,
    private readonly redis: Redis | null,
  ) {}

  static create(settings: Config['rateLimit'], redisUrl: string | undefined, logger: Logger): RateLimiter {
    const redis = redisUrl ? connectRedis(redisUrl, logger) : null;
    const budget = (kind: RequestKind, points: number): RateLimiterAbstract | null => {
      if (points === 0) return null;
      const options = { keyPrefix: `claimgraph:rate:${kind}`, points, duration: settings.windowSeconds };
      if (!redis) return new RateLimiterMemory(options);
      // Should Redis stop answering, each replica keeps limiting on its own (the same budget per
      // replica) rather than letting every request through or refusing them all.
      return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
    };
    return new RateLimiter({ read: budget('read', settings.reads), write: budget('write', settings.writes) }, settings, logger, redis);
  }

  /** Spends one request of the caller's budget for `kind`; throws RATE_LIMITED when none is left. */
  async charge(kind: RequestKind, principal: Principal | null, ip: string): Promise<void> {
    const limiter = this.budgets[kind];
    if (!limiter) return;
    const caller = principal ? `key:${principal.keyId}` : `ip:${clientSubnet(ip)}`;
    try {
      await limiter.consume(caller);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        countRejection('rate');
        const who = principal ? 'this API key' : 'an anonymous client (per IP address; per /64 for IPv6)';
        const allowed = kind === 'write' ? this.settings.writes : this.settings.reads;
        throw rateLimited(
          `Too many requests: ${who} may make ${allowed} ${kind}s per ${this.settings.windowSeconds} s`,
          rejection.msBeforeNext / 1000,
        );
      }
      // A fault of the limiter itself is no reason to refuse the client: let it through, loudly.
      this.logger.error({ err: rejection }, 'rate limiter failed; request let through');
    }
  }

  /**
   * Waits (up to `timeoutMs`) for Redis to answer, so that the first requests after a start are
   * counted in the shared budget; a Redis still down after that leaves the insurance limiter on.
   */
  async ready(timeoutMs = 3000): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

/** A Redis connection that fails fast while down (the insurance limiter covers), and says so once. */
function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error, redis: url.replace(/\/\/[^@/]*@/, '//***@') }, 'Redis does not answer; rate limits are kept per replica until it does');
  });
  redis.on('ready', () => {
    if (down) logger.info('Redis answers again; rate limits are shared');
    down = false;
  });
  return redis;
}

/**
 * Charges each GraphQL request once Apollo has resolved its operation: only then is it known
 * whether it is a mutation (from the operation Apollo will run, however it arrived: POST, GET,
 * several operations and an `operationName`) and who the caller is (the key was checked when the
 * context was built). Doing it here costs no second parse of the document, and the document was
 * already held to the request limits when it was parsed. The thrown error's `http` extension
 * makes Apollo answer 429 with Retry-After. A request refused before this point (a body that is
 * not JSON, a document that does not parse, an unknown key) did no database work beyond the
 * key's one indexed lookup, and is not charged.
 */
export function rateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  return {
    async serverWillStart() {
      await limiter.ready();
      return { serverWillStop: () => limiter.close() };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const kind: RequestKind = operation?.operation === 'mutation' ? 'write' : 'read';
          await limiter.charge(kind, contextValue.principal, contextValue.request.ip);
        },
      };
    },
  };
}

/**
 * The same read budget for the plain REST routes (ClaimReview), which take no key: each
 * anonymous request is charged to its IP address. A refusal is answered as those routes answer
 * errors, `{ error: { code, message } }`, with 429 and Retry-After.
 */
export function rateLimitReads(limiter: RateLimiter): RequestHandler {
  return async (req, res, next) => {
    try {
      await limiter.charge('read', null, req.ip ?? req.socket.remoteAddress ?? 'unknown');
      next();
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== ErrorCode.RATE_LIMITED) return next(error);
      res
        .status(HTTP_STATUS[ErrorCode.RATE_LIMITED])
        .set('Retry-After', String(error.extensions.retryAfter))
        .json({ error: { code: error.code, message: error.message } });
    }
  };
}

import { createHash, timingSafeEqual } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import { graphqlDuration, graphqlRequests, metricsRegistry } from '../metrics/metrics';
import { operationLabel } from '../metrics/operation-label';
import { requestInfoOf } from './request-info';
import { outcomeOf } from './request-log';

/**
 * `GET /metrics` in Prometheus' text format. The figures are operational, not secret (counts,
 * latencies, the operation names clients chose), yet they show an attacker how busy and how
 * limited the server is, so with `METRICS_TOKEN` set only a scraper that sends it is answered.
 * It is never rate-limited: a scraper must see the server most clearly when it is flooded.
 */
export function metricsRoutes(token: string | undefined): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token && !sameSecret(req.headers.authorization ?? '', `Bearer ${token}`)) {
      res.status(401).type('text/plain').send('/metrics needs Authorization: Bearer <METRICS_TOKEN>\n');
      return;
    }
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  return router;
}

/** Compares in constant time: hashing first gives both sides one length, as timingSafeEqual needs. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Counts and times every request to the GraphQL endpoint when its response is finished. */
export function graphqlMetrics(): RequestHandler {
  return (_req, res, next) => {
    const stop = graphqlDuration.startTimer();
    res.once('finish', () => {
      const info = requestInfoOf(res);
      const operation = operationLabel(info?.operationName, info?.resolved ?? false);
      const type = info?.operationType ?? 'unknown';
      stop({ operation, type });
      graphqlRequests.inc({ operation, type, outcome: outcomeOf(res) });
    });
    next();
  };
}

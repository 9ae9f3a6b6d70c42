import { Router } from 'express';
import type { ReadinessReport } from './readiness';

/**
 * `/healthz` answers while the process lives (for a liveness probe); `/readyz` answers 200
 * only when the graph can serve requests, and 503 with the reason otherwise.
 */
export function healthRoutes(readiness: () => Promise<ReadinessReport>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const report = await readiness();
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? 'ready' : 'unavailable', ...report });
  });
  return router;
}

import express, { type Express, type Request, type Response } from 'express';
import type { Graph, Row } from '../db/graph';

/**
 * The floor: one hand-written, parameterised Cypher query per question through the driver, behind
 * a bare express route, answering the same JSON as our GraphQL server. What the database can do
 * for each question with no API layer in between.
 */
export function createFloorApp(graph: Graph): Express {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  app.get('/article', route(async (q) => {
    const [row] = await graph.read('bench/floor-article', { id: q('id'), limit: Number(q('first', '5')) });
    if (!row) return { article: null };
    return {
      article: { ...(row.article as object), outlet: row.outlet ?? null, statements: { edges: (row.statements as unknown[]).map((node) => ({ node })) } },
    };
  }));

  app.get('/speaker-statements', route(async (q) => {
    const rows = await graph.read('bench/floor-speaker-statements', { speakerId: q('speakerId'), after: q('after', ''), limit: 20 });
    return { statements: { edges: rows.map((row) => ({ node: statementNode(row) })) } };
  }));

  app.get('/speaker-statements-claims', route(async (q) => {
    const rows = await graph.read('bench/floor-speaker-statements-claims', { speakerId: q('speakerId'), limit: 20 });
    return { statements: { edges: rows.map((row) => ({ node: { ...statementNode(row), claims: row.claims } })) } };
  }));

  app.get('/who-said', route(async (q) => {
    const rows = await graph.read('bench/floor-who-said', { query: q('text'), limit: Number(q('first', '10')) });
    return { whoSaid: rows.map((row) => ({ speaker: row.speaker, statement: row.statement, article: row.article, via: row.via })) };
  }));

  app.get('/count', route(async (q) => {
    const [row] = await graph.read('bench/floor-count-speaker-kind', { speakerId: q('speakerId'), kind: q('kind') });
    return { statements: { totalCount: row?.totalCount ?? 0 } };
  }));

  // Set-up, not timed: the keyset cursor (a MADE sort key) that starts the page after `offset` statements.
  app.get('/cursor', route(async (q) => {
    const [row] = await graph.read('bench/floor-statement-at-offset', { speakerId: q('speakerId'), offset: Number(q('offset')) });
    return { cursor: (row?.sortKey as string | undefined) ?? null };
  }));

  return app;
}

function statementNode(row: Row): Record<string, unknown> {
  return { ...(row.statement as object), article: row.article, via: row.via };
}

type Param = (name: string, fallback?: string) => string;

function route(answer: (param: Param) => Promise<unknown>) {
  return async (req: Request, res: Response) => {
    const param: Param = (name, fallback) => {
      const value = req.query[name];
      if (typeof value === 'string') return value;
      if (fallback !== undefined) return fallback;
      throw new Error(`query parameter ${name} is required`);
    };
    try {
      res.json({ data: await answer(param) });
    } catch (error) {
      res.status(500).json({ errors: [{ message: (error as Error).message }] });
    }
  };
}

import express, { type Express, type Request, type Response } from 'express';
import type { Graph, Row } from '../db/graph';
import type { StatementKind } from '../model/enums';
import { PAGE_SIZE } from './questions';

/**
 * The floor's answers: one hand-written, parameterised Cypher query per question through the
 * driver, each answering the `data` of our GraphQL response for that question. The floor serves
 * them behind bare express routes; the stack server (stack-server.ts) behind Apollo.
 */
export interface FloorAnswers {
  article(id: string, first: number): Promise<{ article: unknown }>;
  /** A speaker's page after a keyset cursor (a MADE sort key; '' for the first page). */
  speakerStatements(speakerId: string, after: string, withClaims: boolean): Promise<{ statements: unknown }>;
  whoSaid(text: string, first: number): Promise<{ whoSaid: unknown }>;
  count(speakerId: string, kind: StatementKind): Promise<{ statements: unknown }>;
  /** Set-up, not timed: the keyset cursor that starts the page after `offset` statements. */
  cursor(speakerId: string, offset: number): Promise<{ cursor: string | null }>;
}

export function floorAnswers(graph: Graph): FloorAnswers {
  return {
    async article(id, first) {
      const [row] = await graph.read('bench/floor-article', { id, limit: first });
      if (!row) return { article: null };
      return {
        article: { ...(row.article as object), outlet: row.outlet ?? null, statements: { edges: (row.statements as unknown[]).map((node) => ({ node })) } },
      };
    },
    async speakerStatements(speakerId, after, withClaims) {
      const query = withClaims ? 'bench/floor-speaker-statements-claims' : 'bench/floor-speaker-statements';
      const rows = await graph.read(query, { speakerId, after, limit: PAGE_SIZE });
      return { statements: { edges: rows.map((row) => ({ node: withClaims ? { ...statementNode(row), claims: row.claims } : statementNode(row) })) } };
    },
    async whoSaid(text, first) {
      const rows = await graph.read('bench/floor-who-said', { query: text, limit: first });
      return { whoSaid: rows.map((row) => ({ speaker: row.speaker, statement: row.statement, article: row.article, via: row.via })) };
    },
    async count(speakerId, kind) {
      const [row] = await graph.read('bench/floor-count-speaker-kind', { speakerId, kind });
      return { statements: { totalCount: row?.totalCount ?? 0 } };
    },
    async cursor(speakerId, offset) {
      const [row] = await graph.read('bench/floor-statement-at-offset', { speakerId, offset });
      return { cursor: (row?.sortKey as string | undefined) ?? null };
    },
  };
}

/**
 * The floor: the floor's answers behind a bare express route per question, answering the same
 * JSON as our GraphQL server. What the database can do for each question with no API layer in
 * between.
 */
export function createFloorApp(graph: Graph): Express {
  const floor = floorAnswers(graph);
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.get('/article', route((q) => floor.article(q('id'), Number(q('first', '5')))));
  app.get('/speaker-statements', route((q) => floor.speakerStatements(q('speakerId'), q('after', ''), false)));
  // Page 1 only, as the question asks.
  app.get('/speaker-statements-claims', route((q) => floor.speakerStatements(q('speakerId'), '', true)));
  app.get('/who-said', route((q) => floor.whoSaid(q('text'), Number(q('first', '10')))));
  app.get('/count', route((q) => floor.count(q('speakerId'), q('kind') as StatementKind)));
  app.get('/cursor', route((q) => floor.cursor(q('speakerId'), Number(q('offset')))));
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

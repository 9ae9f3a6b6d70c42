import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The repository root, where cypher/, schema/ and the embedded Neo4j's folder are. Found by
 * walking up, because this file runs both from src/ (tests, tsx) and from dist/src/ (npm start).
 */
export const PROJECT_ROOT = findProjectRoot(__dirname);

function findProjectRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'cypher', 'migrations'))) return dir;
  }
  throw new Error(`cypher/migrations not found above ${from}`);
}

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Every setting the service reads, from the environment. `.env.example` lists the same names;
 * a test keeps the two in step.
 */
const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    READ_ACCESS: z.enum(['open', 'key']).default('open'),
    MAX_ARTICLE_BYTES: z.coerce.number().int().min(1000).max(50_000_000).default(2_000_000),
    ENABLE_INTROSPECTION: z.stringbool().optional(),
    CORS_ORIGINS: z
      .string()
      .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
      .refine((origins) => origins.every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)), 'must be origins such as https://dashboard.example.org (no path), comma-separated')
      .default([]),
    PUBLIC_URL: z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'must be an http:// or https:// URL').optional(),
    PUBLISHER_NAME: z.string().trim().min(1).max(300).optional(),
    PUBLISHER_URL: z.string().regex(/^https?:\/\/\S+$/, 'must be an http:// or https:// URL').optional(),
    SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
    LIVE_KEY_CHECK_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),

    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(2_000),
    NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    NEO4J_MAX_RETRY_TIME_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
    NEO4J_UNREACHABLE_CHECK_MS: z.coerce.number().int().min(10).max(60_000).default(250),

    EMBEDDED_NEO4J_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.neo4j')),
    EMBEDDED_NEO4J_PORT: port.default(7687),
    EMBEDDED_NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('claimgraph-local'),
    EMBEDDED_NEO4J_HEAP: z
      .string()
      .regex(/^\d+[mg]$/, 'must be a JVM heap size such as 512m or 2g')
      .default('1g'),
    EMBEDDED_NEO4J_START_TIMEOUT_SECONDS: z.coerce.number().int().positive().default(180),

    RATE_LIMIT_READS: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_WRITES: z.coerce.number().int().min(0).default(60),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
    REDIS_URL: z.string().regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL').optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    TRUST_PROXY: z
      .string()
      .regex(/^(\d+|true|false|loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*$/, 'must be a number of proxies, true, false, loopback, or addresses and subnets')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'is required when NEO4J_URI is set' });
    }
  });

export type Env = z.infer<typeof configSchema>;

/** How the driver waits: see src/db/driver.ts for what each bounds and why. */
export interface DriverSettings {
  connectionTimeoutMs: number;
  acquisitionTimeoutMs: number;
  maxRetryTimeMs: number;
  /** A pending transaction checks this often whether Neo4j still answers, and fails fast when not. */
  unreachableCheckMs: number;
}

/** Where the service's Neo4j is and how to log in; `embedded` means scripts/db.ts manages it. */
export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
  embedded: boolean;
  /** The driver's timeouts; the defaults of src/db/driver.ts when absent. */
  driver?: DriverSettings;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** `open`: anyone may read; `key`: every request needs a valid API key. */
  readAccess: Env['READ_ACCESS'];
  maxArticleBytes: number;
  /** Schema introspection; off in production unless ENABLE_INTROSPECTION says otherwise. */
  enableIntrospection: boolean;
  /** Browser origins other than our own allowed to call the API (CORS). */
  corsOrigins: string[];
  /**
   * Where the public reaches this service ("https://claims.example.org"), without a trailing
   * slash: the base of published links (ClaimReview). Null: links are taken from each request.
   */
  publicUrl: string | null;
  /** The organization publishing the ClaimReviews (their `author`); unset: the fact-checker's key name. */
  publisher: { name: string | null; url: string | null };
  /** After SIGTERM, how long the server keeps accepting (with /readyz 503) before it drains and exits. */
  shutdownDelayMs: number;
  /** Then how long open requests may take to finish before their connections are closed. */
  shutdownGraceMs: number;
  /** How often the keys of open WebSocket connections are checked, so a revoked one is closed within this long. */
  liveKeyCheckMs: number;
  neo4j: Neo4jTarget;
  embedded: {
    dir: string;
    port: number;
    password: string;
    heap: string;
    startTimeoutMs: number;
  };
  /** Requests per window for each API key (or, without one, each IP); 0 turns a budget off. */
  rateLimit: { reads: number; writes: number; windowSeconds: number };
  /**
   * What several replicas share: rate-limit budgets, and live updates (every replica hears every
   * write). Unset: both stay in this process.
   */
  redisUrl?: string;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** express's `trust proxy`: which proxies' `X-Forwarded-For` names the client (rate limits, the log). */
  trustProxy: boolean | number | string;
}

/** Thrown at start-up when a variable is missing or malformed; the message names each bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The names of every setting, in the order `.env.example` lists them. */
export const CONFIG_VARIABLES = Object.keys(configSchema.shape);

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as it would in a shell or a compose file.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(environment)';
      const given = source[name];
      return `${name}: ${issue.message}${given === undefined ? '' : ` (got ${JSON.stringify(given)})`}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const embedded = {
    dir: path.resolve(env.EMBEDDED_NEO4J_DIR),
    port: env.EMBEDDED_NEO4J_PORT,
    password: env.EMBEDDED_NEO4J_PASSWORD,
    heap: env.EMBEDDED_NEO4J_HEAP,
    startTimeoutMs: env.EMBEDDED_NEO4J_START_TIMEOUT_SECONDS * 1000,
  };
  const driver: DriverSettings = {
    connectionTimeoutMs: env.NEO4J_CONNECTION_TIMEOUT_MS,
    acquisitionTimeoutMs: env.NEO4J_ACQUISITION_TIMEOUT_MS,
    maxRetryTimeMs: env.NEO4J_MAX_RETRY_TIME_MS,
    unreachableCheckMs: env.NEO4J_UNREACHABLE_CHECK_MS,
  };
  const neo4j: Neo4jTarget = env.NEO4J_URI
    ? {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER,
        password: env.NEO4J_PASSWORD as string,
        database: env.NEO4J_DATABASE,
        embedded: false,
        driver,
      }
    : {
        uri: `bolt://127.0.0.1:${embedded.port}`,
        user: 'neo4j',
        password: embedded.password,
        database: env.NEO4J_DATABASE,
        embedded: true,
        driver,
      };
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    readAccess: env.READ_ACCESS,
    maxArticleBytes: env.MAX_ARTICLE_BYTES,
    enableIntrospection: env.ENABLE_INTROSPECTION ?? env.NODE_ENV !== 'production',
    corsOrigins: env.CORS_ORIGINS,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    publisher: { name: env.PUBLISHER_NAME ?? null, url: env.PUBLISHER_URL ?? null },
    shutdownDelayMs: env.SHUTDOWN_DELAY_MS,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    liveKeyCheckMs: env.LIVE_KEY_CHECK_MS,
    neo4j,
    embedded,
    rateLimit: { reads: env.RATE_LIMIT_READS, writes: env.RATE_LIMIT_WRITES, windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS },
    redisUrl: env.REDIS_URL,
    metricsToken: env.METRICS_TOKEN,
    trustProxy: trustProxy(env.TRUST_PROXY),
  };
}

/** `TRUST_PROXY` as express takes it: a hop count, a boolean, or the proxies' addresses. */
function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

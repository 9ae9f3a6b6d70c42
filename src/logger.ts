import pino, { type Logger } from 'pino';

export type { Logger };

/** One structured JSON logger for the process; tests pass level `silent`. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'claimgraph' } });
}

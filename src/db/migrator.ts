import type { Logger } from '../logger';
import type { Graph } from './graph';
import { loadMigrations, migrate, migrationStatus, type Migration, type MigrationStatus } from './migrations';

const RETRY_MS = 2_000;

/**
 * Keeps the graph migrated while the server runs: applies migrations at start-up, retrying
 * until Neo4j answers, and again whenever a readiness check finds some pending (a database
 * that was wiped or replaced). Only one run is ever in flight per process.
 */
export class Migrator {
  private running: Promise<void> | undefined;
  private stopped = false;
  lastError: string | undefined;

  constructor(
    private readonly graph: Graph,
    private readonly logger: Logger,
    /** Read once: readiness probes ask for the status every few seconds. */
    private readonly migrations: Migration[] = loadMigrations(),
  ) {}

  /** Starts a background run unless one is already under way. */
  ensure(): void {
    this.running ??= this.runUntilDone().finally(() => {
      this.running = undefined;
    });
  }

  status(): Promise<MigrationStatus> {
    return migrationStatus(this.graph, this.migrations);
  }

  stop(): void {
    this.stopped = true;
  }

  private async runUntilDone(): Promise<void> {
    while (!this.stopped) {
      try {
        const applied = await migrate(this.graph, this.logger, this.migrations);
        this.lastError = undefined;
        this.logger.info({ applied }, applied.length ? 'migrations applied' : 'migrations up to date');
        return;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logger.warn({ err: this.lastError }, `migrations not applied; retrying in ${RETRY_MS / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }
}

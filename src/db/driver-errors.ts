import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';

/** Transient errors that come from concurrent writes meeting on the same nodes. */
const LOCK_CONFLICTS = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Outdated',
  'Neo.TransientError.Transaction.ConstraintsChanged',
]);

/** A cluster moving its leader: the write reached a member that no longer (or not yet) takes writes. */
const LEADER_SWITCHES = new Set([
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
]);

/**
 * Neo4j terminated the transaction because it outlasted its timeout (ours, set per transaction,
 * or the server's db.transaction.timeout).
 */
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** What the driver says when no server answers at all: the one case that is "unavailable". */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Translates what the driver throws, once its managed-transaction retries are spent, into our
 * error codes: a transaction Neo4j cancelled for outlasting `timeoutMs` is TIMEOUT (not retried:
 * it would run as long again); a broken uniqueness constraint is a client's conflict; a lock
 * conflict or leader switch is BUSY with a message saying which (the database answered, and the
 * same request may well succeed at once); an unreachable server is UNAVAILABLE. Anything else is
 * our own bug and is rethrown untouched to be masked and logged.
 */
export function mapDriverError(error: unknown, timeoutMs?: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (TIMED_OUT.has(error.code)) {
    const budget = timeoutMs === undefined ? 'its time budget' : `its time budget of ${timeoutMs} ms`;
    return new AppError(ErrorCode.TIMEOUT, `The database work for this request took longer than ${budget} and was cancelled; ask for less (a smaller page, a narrower filter).`, {
      limit: 'transactionTimeout',
      ...(timeoutMs === undefined ? {} : { max: timeoutMs }),
    });
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'This write conflicts with an existing record.');
  }
  if (LOCK_CONFLICTS.has(error.code)) {
    return new AppError(
      ErrorCode.BUSY,
      'The database was busy resolving a lock conflict between concurrent writes, and gave up after retrying; try again.',
      { neo4jCode: error.code },
    );
  }
  if (LEADER_SWITCHES.has(error.code)) {
    return new AppError(ErrorCode.BUSY, 'The database cluster was switching its leader, and gave up after retrying; try again.', {
      neo4jCode: error.code,
    });
  }
  if (UNREACHABLE.has(error.code)) {
    // HTTP 503 whether it happens in a resolver or while the request's API key is looked up
    // (which Apollo would otherwise answer 500): "try again later", for clients and balancers.
    return new AppError(ErrorCode.UNAVAILABLE, `The graph database is unavailable: ${error.message}`, { http: { status: 503 } });
  }
  if (error.retryable) {
    return new AppError(ErrorCode.BUSY, `The database could not finish the request now and gave up after retrying; try again (${error.code}).`, {
      neo4jCode: error.code,
    });
  }
  return error;
}

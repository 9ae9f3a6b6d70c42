import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code';

/**
 * Translates what the driver throws into our error codes: a broken uniqueness
 * constraint is a client's conflict, an unreachable server is "unavailable";
 * anything else is our own bug and is rethrown untouched to be masked and logged.
 */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, 'This write conflicts with an existing record.');
  }
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || error.retriable) {
    return new AppError(ErrorCode.UNAVAILABLE, `The graph database is unavailable: ${error.message}`);
  }
  return error;
}

import { Neo4jError } from 'neo4j-driver';
import { mapDriverError } from '../../../src/db/driver-errors';
import { AppError } from '../../../src/errors/app-error';
import { ErrorCode } from '../../../src/errors/error-code';

const neo4jError = (code: string, message = 'raw server text') => new Neo4jError(message, code, 'gqlStatus', 'description');

function mapped(code: string): AppError {
  const error = mapDriverError(neo4jError(code));
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('mapDriverError: what a client reads when the driver gives up', () => {
  it('a deadlock between concurrent ingests is BUSY, says it was a lock conflict and to try again, and never "unavailable"', () => {
    const error = mapped('Neo.TransientError.Transaction.DeadlockDetected');
    expect(error.extensions.code).toBe(ErrorCode.BUSY);
    expect(error.message).toMatch(/busy resolving a lock conflict.*try again/);
    expect(error.message).not.toMatch(/unavailable/i);
    expect(error.message).not.toContain('raw server text');
  });

  it('a lock wait that timed out is the same lock conflict', () => {
    expect(mapped('Neo.TransientError.Transaction.LockAcquisitionTimeout').extensions.code).toBe(ErrorCode.BUSY);
  });

  it('a write that reached a follower during a leader switch is BUSY and says so', () => {
    const error = mapped('Neo.ClientError.Cluster.NotALeader');
    expect(error.extensions.code).toBe(ErrorCode.BUSY);
    expect(error.message).toMatch(/switching its leader.*try again/);
  });

  it('a server that does not answer is UNAVAILABLE, answered with HTTP 503', () => {
    expect(mapped('ServiceUnavailable').extensions).toEqual({ code: ErrorCode.UNAVAILABLE, http: { status: 503 } });
  });

  it('a broken uniqueness constraint is a CONFLICT', () => {
    expect(mapped('Neo.ClientError.Schema.ConstraintValidationFailed').extensions.code).toBe(ErrorCode.CONFLICT);
  });

  it('a Cypher error is our own bug and passes through untouched, to be masked and logged', () => {
    const error = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(mapDriverError(error)).toBe(error);
  });
});

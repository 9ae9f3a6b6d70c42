import { badInput } from '../errors/app-error';
import { LIMITS } from '../limits';

// Letters, digits and the punctuation of UUIDs, ULIDs and "<client>:<counter>" schemes; no spaces
// or quotes, so an id reads the same in a log line, an error message and a support ticket.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]+$/;

/**
 * Checks an idempotency key a client chose, naming `field` in the error: not empty, at most
 * MAX_CLIENT_REQUEST_ID_LENGTH characters, and only letters, digits, ".", "_", ":" and "-".
 */
export function validateClientRequestId(field: string, value: string): string {
  if (value.length === 0) throw badInput(field, 'must not be empty (leave it out to send no idempotency key)');
  if (value.length > LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH) {
    throw badInput(field, `must be at most ${LIMITS.MAX_CLIENT_REQUEST_ID_LENGTH} characters (got ${value.length})`);
  }
  if (!CLIENT_REQUEST_ID.test(value)) throw badInput(field, 'may hold only letters, digits, ".", "_", ":" and "-" (a UUID fits)');
  return value;
}

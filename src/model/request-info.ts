/**
 * What the server learns about one HTTP request as it goes: created when the request arrives,
 * filled in by GraphQL once it knows the operation, read when the response is finished (the
 * request log line, the metrics). Shared by server/ and graphql/, so it lives here.
 */
export interface RequestInfo {
  /** The request id: the client's `X-Request-Id` when well-formed, else generated; echoed in the response. */
  id: string;
  /** The client's address (express's `req.ip`, which honours `trust proxy`). */
  ip: string;
  /** Whether GraphQL got as far as choosing an operation (it parsed and validated). */
  resolved: boolean;
  operationName: string | null;
  operationType: 'query' | 'mutation' | 'subscription' | null;
  /** `extensions.code` of the first error in the answer, or null when it had none. */
  errorCode: string | null;
  /** The unexpected failure that made the answer a 500, for the request's log line. */
  error?: unknown;
}

import type { TypedDocumentString } from '../gql/graphql';
import { authorizationHeader } from './api-key';

/** One GraphQL error as the server sends it: a message and, for our typed errors, a code and field. */
export interface ApiErrorDetail {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** A failed operation: the server's own messages (they name the field and what was wrong). */
export class ApiError extends Error {
  constructor(readonly details: ApiErrorDetail[], readonly status: number) {
    super(details.map((detail) => detail.message).join('; ') || `The server answered ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.details[0]?.extensions?.code;
  }
}

/** Where GraphQL is: the page's own origin, so the app needs no configuration. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Runs one typed operation over HTTP POST with the session's API key. The result and the
 * variables are typed from the document, which GraphQL Code Generator made from the schema.
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...authorizationHeader() },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError([{ message: 'The server cannot be reached; check your connection and try again' }], 0);
  }
  let body: { data?: Result | null; errors?: ApiErrorDetail[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError([{ message: `The server answered ${response.status} without a GraphQL body` }], response.status);
  }
  if (body.errors?.length) throw new ApiError(body.errors, response.status);
  if (!body.data) throw new ApiError([{ message: `The server answered ${response.status} with no data` }], response.status);
  return body.data;
}

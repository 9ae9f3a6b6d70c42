import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, request } from './client';

export interface MutationState<Result> {
  data: Result | undefined;
  error: ApiError | undefined;
  running: boolean;
}

/** A write the user starts (a form's submit): the function to run it, and its last outcome. */
export function useMutation<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
): [(variables: Variables) => Promise<Result | undefined>, MutationState<Result>] {
  const [state, setState] = useState<MutationState<Result>>({ data: undefined, error: undefined, running: false });
  const run = useCallback(
    async (variables: Variables) => {
      setState({ data: undefined, error: undefined, running: true });
      try {
        const data = await (request as (doc: TypedDocumentString<Result, Variables>, vars: Variables) => Promise<Result>)(document, variables);
        setState({ data, error: undefined, running: false });
        return data;
      } catch (error) {
        setState({ data: undefined, error: error instanceof ApiError ? error : new ApiError([{ message: String(error) }], 0), running: false });
        return undefined;
      }
    },
    [document],
  );
  return [run, state];
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, request } from './client';

export interface QueryState<Result> {
  data: Result | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Runs the query again with the same variables (after a write, or a live event). */
  refetch(): void;
}

/**
 * Runs a query when the component mounts and whenever its variables change (compared by
 * value); an answer that arrives after newer variables were asked for is dropped.
 */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { skip?: boolean } = {},
): QueryState<Result> {
  const [state, setState] = useState<{ data?: Result; error?: ApiError; loading: boolean }>({ loading: !options.skip });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const shownKey = useRef<string | undefined>(undefined);
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (options.skip) return;
    const ticket = ++latest.current;
    // New variables show nothing stale (another claim's page); a refetch keeps what is shown.
    const sameVariables = shownKey.current === key;
    shownKey.current = key;
    setState((previous) => (sameVariables ? { ...previous, loading: true } : { loading: true }));
    const run = request as (doc: TypedDocumentString<Result, Variables>, vars: Variables) => Promise<Result>;
    run(document, JSON.parse(key) as Variables).then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: unknown) =>
        ticket === latest.current &&
        setState((previous) => ({ data: previous.data, error: error instanceof ApiError ? error : new ApiError([{ message: String(error) }], 0), loading: false })),
    );
  }, [document, key, generation, options.skip]);

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, refetch };
}

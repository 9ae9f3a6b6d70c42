import type { ApiError } from '../api/client';

/** A polite "loading" line that screen readers announce. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** The server's own message (it names the field and what was wrong), shown as an alert. */
export function ErrorMessage({ error }: { error: ApiError | Error | undefined }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error.message}
    </p>
  );
}

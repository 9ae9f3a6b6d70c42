/**
 * The API key a fact-checker or editor entered, kept for the browser tab's session only
 * (sessionStorage): entered once, gone when the tab closes, never sent anywhere but our /graphql.
 */
const STORAGE_KEY = 'claimgraph.apiKey';
const listeners = new Set<(key: string | null) => void>();

export function getApiKey(): string | null {
  return sessionStorage.getItem(STORAGE_KEY);
}

export function setApiKey(key: string | null): void {
  const trimmed = key?.trim();
  if (trimmed) sessionStorage.setItem(STORAGE_KEY, trimmed);
  else sessionStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener(getApiKey());
}

/** Calls `listener` whenever the key changes in this tab; returns the unsubscribe function. */
export function onApiKeyChange(listener: (key: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The Authorization header for the current key, or none. */
export function authorizationHeader(): Record<string, string> {
  const key = getApiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

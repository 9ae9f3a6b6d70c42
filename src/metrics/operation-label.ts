/**
 * Clients name their operations, so an attacker could send a new name with every request and
 * grow the metrics without bound. The first `MAX_OPERATION_LABELS` well-formed names seen are
 * kept as labels; any other name is `other`, a request without one is `anonymous`, and one
 * that never got as far as naming an operation (a parse error, a refused key) is `unknown`.
 */
export const MAX_OPERATION_LABELS = 100;

const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const seen = new Set<string>();

/** The label for an operation name: itself while the bound allows, else a collapsed bucket. */
export function operationLabel(name: string | null | undefined, resolved: boolean): string {
  if (!resolved) return 'unknown';
  if (!name) return 'anonymous';
  if (!GRAPHQL_NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_LABELS) return 'other';
  seen.add(name);
  return name;
}

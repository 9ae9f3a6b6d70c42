/** For the program's own mistakes (never the client's): fails loudly, and the client sees a masked error. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}

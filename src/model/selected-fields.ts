/**
 * The names of the fields a request selects anywhere in its operation (aliases resolved,
 * fragments included). Repositories read only the properties among them, and the few their own
 * code needs, so a page that asks for `id quote` does not bring fourteen properties per row
 * across the wire. Taken over the whole operation rather than per path: a record read for one
 * path may be primed into a per-request loader that another path reads, and every field either
 * path can ask for is in the set.
 *
 * A set built from a request also holds each field as `Type.field` (the type it is selected on)
 * and TYPED: a statement's `kind` then reads no actor's `kind`, nor a claim's `text` an article's.
 * A set of plain names alone (a test's, a CLI's) is matched by name.
 */
export type SelectedFields = ReadonlySet<string>;

/** Marks a set that holds `Type.field` entries. */
export const TYPED = '#typed';

/** Whether `name` is selected on one of `types` (by name alone in a set without types). */
export function selectsOn(selected: SelectedFields, types: readonly string[], name: string): boolean {
  if (!selected.has(TYPED)) return selected.has(name);
  for (const type of types) if (selected.has(`${type}.${name}`)) return true;
  return false;
}

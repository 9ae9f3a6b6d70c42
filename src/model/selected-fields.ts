/**
 * The names of the fields a request selects anywhere in its operation (aliases resolved,
 * fragments included). Repositories read only the properties among them, and the few their own
 * code needs, so a page that asks for `id quote` does not bring fourteen properties per row
 * across the wire. Taken over the whole operation rather than per path: a record read for one
 * path may be primed into a per-request loader that another path reads, and every field either
 * path can ask for is in the set.
 */
export type SelectedFields = ReadonlySet<string>;

/**
 * The variables of a request with every string blanked, as JSON: what a selection (`@include`,
 * `@skip`) or a cost (`first`) can depend on, without the ids and search texts that only change
 * what is read. Work that depends on the document and this shape alone can be done once per shape.
 */
export function variableShape(variables: Readonly<Record<string, unknown>> | undefined): string {
  return variables ? JSON.stringify(variables, blankStrings) : '';
}

function blankStrings(_name: string, value: unknown): unknown {
  return typeof value === 'string' ? '' : value;
}

/** One GraphiQL tab per operation of schema/examples.graphql, with its comment above it. */
export interface ExampleTab {
  query: string;
  variables?: string;
}

// The README's ingest example has a variable; this short text makes the tab runnable as is.
const SAMPLE_INGEST_VARIABLES = JSON.stringify({ input: { text: 'date 2024-05-23 Peskov said the visit is on.' } }, null, 2);

/**
 * Splits the file before each operation's leading comment lines, so each tab reads like the
 * README: the question as a comment, then the query. The file's own header stays with the first.
 */
export function exampleTabs(source: string): ExampleTab[] {
  return source
    .split(/\n\n(?=(?:#[^\n]*\n)*(?:query|mutation|subscription)\b)/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => /^(?:#[^\n]*\n)*(?:query|mutation|subscription)\b/m.test(chunk))
    .map((query) => (/\$input\b/.test(query) ? { query, variables: SAMPLE_INGEST_VARIABLES } : { query }))
    // Questions first: a reader's first run should read, not write.
    .sort((a, b) => Number(/^\s*mutation\b/m.test(a.query)) - Number(/^\s*mutation\b/m.test(b.query)));
}

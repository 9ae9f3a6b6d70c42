/** Dates as readers expect them here: "23 May 2024", in UTC like the API's days. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A confidence as a percentage: 0.8 → "80%". */
export function formatConfidence(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** Kinds as words: ACCORDING_TO → "according to". */
export function formatKind(kind: string): string {
  return kind.toLowerCase().replace(/_/g, ' ');
}

/** Curated statements were entered or corrected by a person; the others come from the extractor. */
export function isCurated(statement: { curatedBy?: string | null; extractor: string }): boolean {
  return Boolean(statement.curatedBy) || statement.extractor.startsWith('curator:');
}

/** Shortens a long label for a chart axis or a graph node, keeping whole words where it can. */
export function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

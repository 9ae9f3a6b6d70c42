/** A leading `date YYYY-MM-DD` marker: the reference corpus puts the publication date there. */
const DATE_LINE = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*/i;

/** What the article says about itself before its body. */
export interface ArticleMetadata {
  /** ISO date (YYYY-MM-DD) when the text starts with a valid `date` marker. */
  publishedAt: string | null;
  /** Where the body starts: after the marker, which is not a sentence. */
  bodyStart: number;
}

/**
 * Reads the leading `date YYYY-MM-DD` marker ("date 2024-05-23 Russian dictator …" in the
 * reference article, where the body continues on the same line). An impossible date
 * (2024-02-31) is ignored rather than guessed.
 */
export function readArticleMetadata(text: string): ArticleMetadata {
  const m = DATE_LINE.exec(text.slice(0, 200));
  if (m === null) return { publishedAt: null, bodyStart: 0 };
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  const valid = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
  return { publishedAt: valid ? iso : null, bodyStart: m[0].length };
}

export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string;
  contentHash: string;
  /**
   * Absent when the query that read the article did not need it: the statements lists and
   * whoSaid read their articles without the text (kilobytes each), and `Article.text` loads it
   * when a client asks.
   */
  text?: string;
  ingestedAt: string;
  extractor: string | null;
}

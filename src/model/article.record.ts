export interface ArticleRecord {
  id: string;
  url: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string;
  contentHash: string;
  text: string;
  ingestedAt: string;
  extractor: string | null;
}

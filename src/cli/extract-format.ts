/** The extract command's output formats: jsonl (one line per file), json (indented), text (for reading). */
export const FORMATS = ['jsonl', 'json', 'text'] as const;
export type Format = (typeof FORMATS)[number];

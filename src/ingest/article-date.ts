/**
 * Some feeds put the date on the article's first line ("date 2024-05-23 Russian dictator …",
 * as UNN's export does). When present it is the publication date, at midnight UTC.
 */
const LEADING_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;

export function leadingDate(text: string): string | null {
  const match = LEADING_DATE.exec(text);
  if (!match) return null;
  const date = new Date(`${match[1]}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

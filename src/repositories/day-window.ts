/**
 * How statements-per-day reads a window [from, to): the whole days inside it from the day
 * buckets kept on write (one counter per day, however many statements it holds), and the
 * partial days at its edges from the range index on Statement.at. Bounds are ISO-8601 UTC
 * strings (null: open); an empty range is ['', ''].
 */
export interface DayWindow {
  /** Whole days, as `YYYY-MM-DD`: dayFrom ≤ day < dayTo. */
  dayFrom: string;
  dayTo: string;
  /** The part of the first day before its midnight, read from the index. */
  headFrom: string;
  headTo: string;
  /** The part of the last day after its midnight, read from the index. */
  tailFrom: string;
  tailTo: string;
}

const MIDNIGHT = 'T00:00:00.000Z';
/** Compares above every ISO time and day. */
const LATEST = '\uffff';

export function dayWindow(from: string | null, to: string | null): DayWindow {
  const none = { dayFrom: '', dayTo: '', headFrom: '', headTo: '', tailFrom: '', tailTo: '' };
  const firstWhole = from === null ? '' : isMidnight(from) ? from.slice(0, 10) : nextDay(from.slice(0, 10));
  const endWhole = to === null ? LATEST : to.slice(0, 10);
  // No whole day inside: the index reads the window, which lies within two days at most.
  if (firstWhole >= endWhole) return { ...none, headFrom: from ?? '', headTo: to ?? LATEST };
  return {
    dayFrom: firstWhole,
    dayTo: endWhole,
    ...(from !== null && !isMidnight(from) ? { headFrom: from, headTo: firstWhole + MIDNIGHT } : { headFrom: '', headTo: '' }),
    ...(to !== null && !isMidnight(to) ? { tailFrom: endWhole + MIDNIGHT, tailTo: to } : { tailFrom: '', tailTo: '' }),
  };
}

function isMidnight(iso: string): boolean {
  return iso.slice(10) === MIDNIGHT;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}${MIDNIGHT}`) + 86_400_000).toISOString().slice(0, 10);
}

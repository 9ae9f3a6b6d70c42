/** One window of a stably ordered list, as the repositories read it. */
export interface PageWindow {
  offset: number;
  limit: number;
}

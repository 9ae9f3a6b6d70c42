import type { Graph } from '../db/graph';
import { ask } from './answers';
import { cursorWalk, DEEP_PAGE, endCursorOf, FIRST_PAGE_CURSORS, PAGE_SIZE, type ServerName, type Subjects } from './questions';

/** The most a GraphQL page may hold; the deep cursor is walked to in steps of this. */
const MAX_PAGE = 100;

/**
 * Picks what the questions ask about from the data, deterministically (ties by id): the hottest
 * speaker, a cold one, an article, a claim text to search for.
 */
export async function pickSubjects(graph: Graph): Promise<Omit<Subjects, 'deepCursors' | 'deepCursorErrors'>> {
  const [speakers] = await graph.read('bench/pick-speakers');
  const [article] = await graph.read('bench/pick-article');
  const [search] = await graph.read('bench/pick-search-text');
  if (!speakers?.hot || !article || !search) throw new Error('The benchmark graph has no speakers, articles or claims: load data first (npm run bench:data).');
  const hot = speakers.hot as { id: string; statements: number };
  // Only letters and digits, as our whoSaid passes them to Lucene: the three servers then search alike.
  const words = String(search.text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').slice(0, 3);
  return {
    articleId: String(article.id),
    hot,
    cold: speakers.cold as { id: string; statements: number },
    searchText: words.join(' '),
    deepPage: Math.max(1, Math.min(DEEP_PAGE, Math.ceil(hot.statements / PAGE_SIZE))),
  };
}

/**
 * The cursor each server wants for the deep page, found the way a client would: ours and the
 * peer by paging (their cursors are opaque), the floor (and the stack, which reads its queries)
 * by its keyset of the row before the page.
 * A server that cannot page that deep (a transaction memory limit) is named with its error.
 */
export async function deepCursors(
  urls: Record<ServerName, string>,
  subjects: Omit<Subjects, 'deepCursors' | 'deepCursorErrors'>,
): Promise<Pick<Subjects, 'deepCursors' | 'deepCursorErrors'>> {
  const skip = (subjects.deepPage - 1) * PAGE_SIZE;
  const cursors: Record<ServerName, string | null> = { ...FIRST_PAGE_CURSORS };
  const errors: Partial<Record<ServerName, string>> = {};
  if (skip === 0) return { deepCursors: cursors, deepCursorErrors: errors };
  const walk = async (server: 'ours' | 'peer') => {
    let after: string | null = null;
    for (let seen = 0; seen < skip; seen += MAX_PAGE) {
      const { data } = await ask(urls[server], cursorWalk(server, subjects.hot.id, Math.min(MAX_PAGE, skip - seen), after));
      after = endCursorOf(server, data);
    }
    return after;
  };
  const floor = async () => {
    const path = `/cursor?speakerId=${encodeURIComponent(subjects.hot.id)}&offset=${skip - 1}`;
    return ((await ask(urls.floor, { method: 'GET', path })).data as { cursor: string | null }).cursor;
  };
  for (const [server, find] of [['floor', floor], ['ours', () => walk('ours')], ['peer', () => walk('peer')]] as const) {
    try {
      cursors[server] = await find();
    } catch (error) {
      errors[server] = `could not page to page ${subjects.deepPage}: ${(error as Error).message}`;
    }
  }
  // The stack reads the floor's queries: its cursor is the floor's keyset.
  cursors.stack = cursors.floor;
  if (errors.floor) errors.stack = errors.floor;
  return { deepCursors: cursors, deepCursorErrors: errors };
}

import { decodeCursor, decodeKeysetCursor, encodeCursor, encodeKeysetCursor, keysetWindow, pageWindow, toKeysetPage, toPage, type KeyShape } from '../../../src/graphql/pagination';
import type { StatementSortKey } from '../../../src/model/page-window';
import { LIMITS } from '../../../src/limits';

describe('Relay pagination', () => {
  it('issues opaque cursors that decode to the position they were issued for', () => {
    const cursor = encodeCursor(41);
    expect(cursor).not.toContain('41');
    expect(decodeCursor(cursor)).toBe(41);
  });

  it('continues right after the `after` cursor', () => {
    expect(pageWindow(10, encodeCursor(9))).toEqual({ offset: 10, limit: 10 });
  });

  it(`defaults to ${LIMITS.DEFAULT_PAGE_SIZE} and caps first at ${LIMITS.MAX_PAGE_SIZE}`, () => {
    expect(pageWindow(undefined, undefined)).toEqual({ offset: 0, limit: LIMITS.DEFAULT_PAGE_SIZE });
    expect(pageWindow(LIMITS.MAX_PAGE_SIZE, null).limit).toBe(LIMITS.MAX_PAGE_SIZE);
    expect(() => pageWindow(LIMITS.MAX_PAGE_SIZE + 1, null)).toThrow('first: must be between 0 and 100');
    expect(() => pageWindow(-1, null)).toThrow(/^first:/);
  });

  it('rejects a cursor it did not issue', () => {
    expect(() => decodeCursor('abc')).toThrow('after: is not a cursor this API issued');
    expect(() => decodeCursor(Buffer.from('cg1:-3').toString('base64url'))).toThrow(/not a cursor/);
  });

  it('reports whether more pages follow and precede', () => {
    const page = toPage(['c', 'd'], 5, { offset: 2, limit: 2 });
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
    expect(toPage([], 0, { offset: 0, limit: 2 }).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  describe('keyset cursors', () => {
    const SHAPE: KeyShape<StatementSortKey> = [['at', 'string'], ['articleId', 'string'], ['start', 'integer'], ['id', 'string']];
    const key: StatementSortKey = { at: '2024-05-23T00:00:00.000Z', articleId: 'a1', start: 120, id: 's9' };

    it('carry the sort key of the row they were issued for, opaquely', () => {
      const cursor = encodeKeysetCursor('statements', SHAPE, key);
      expect(cursor).not.toContain('s9');
      expect(decodeKeysetCursor('statements', SHAPE, cursor)).toEqual(key);
    });

    it('refuse a cursor of another list, naming after', () => {
      const cursor = encodeKeysetCursor('articles', SHAPE, key);
      expect(() => keysetWindow('statements', SHAPE, 5, cursor)).toThrow('after: is a cursor of another list or search; start again without it');
    });

    it('refuse an offset cursor from before keyset paging as stale', () => {
      expect(() => keysetWindow('statements', SHAPE, 5, encodeCursor(19))).toThrow('after: is a cursor of an older version of this API; start again without it');
    });

    it('refuse malformed cursors naming after', () => {
      const forged = (text: string) => Buffer.from(text).toString('base64url');
      for (const bad of ['abc', forged('cg2:{'), forged('cg2:["statements","x","a",1]'), forged('cg2:["statements","x","a","1","s"]')]) {
        expect(() => keysetWindow('statements', SHAPE, 5, bad)).toThrow(/^after: /);
      }
    });

    it('know a next page from the one row read past the page', () => {
      const window = { after: null, limit: 2 };
      const cursorOf = (id: string) => `c-${id}`;
      expect(toKeysetPage(['a', 'b', 'c'], window, cursorOf, 0).pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: 'c-a', endCursor: 'c-b' });
      expect(toKeysetPage(['a', 'b'], { after: key, limit: 2 }, cursorOf, 0).pageInfo.hasNextPage).toBe(false);
      expect(toKeysetPage(['a', 'b'], { after: key, limit: 2 }, cursorOf, 0).pageInfo.hasPreviousPage).toBe(true);
    });
  });
});

import { decodeCursor, encodeCursor, pageWindow, toPage } from '../../../src/graphql/pagination';
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
});

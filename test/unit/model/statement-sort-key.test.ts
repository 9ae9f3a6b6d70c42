import fc from 'fast-check';
import type { StatementSortKey } from '../../../src/model/page-window';
import { statementSortKey, statementSortKeyBounds } from '../../../src/model/statement-sort-key';

/** The statements' list order, as every list query sorts: at DESC, articleId, start, id. */
function listOrder(a: StatementSortKey, b: StatementSortKey): number {
  const cmp = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(b.at, a.at) || cmp(a.articleId, b.articleId) || cmp(a.start, b.start) || cmp(a.id, b.id);
}

const keyCmp = (a: StatementSortKey, b: StatementSortKey) => {
  const [x, y] = [statementSortKey(a), statementSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

// Few distinct values of each part, so that ties on at, on the article and on the start are common.
const sortKeys = fc.record({
  at: fc.date({ min: new Date('1999-12-30T00:00:00Z'), max: new Date('2000-01-02T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  articleId: fc.constantFrom('a1', 'a2', 'b', 'b0', '1b'),
  start: fc.constantFrom(0, 7, 10, 99, 100, 1_999_999),
  id: fc.uuid(),
});

describe('a statement sort key as one string', () => {
  it('sorts ascending exactly as the list sorts: newest first, then article, reading order and id', () => {
    fc.assert(
      fc.property(sortKeys, sortKeys, (a, b) => {
        expect(Math.sign(keyCmp(a, b))).toBe(Math.sign(listOrder(a, b)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('turns the time around digit by digit and pads the start, as the migration computes it', () => {
    expect(statementSortKey({ at: '2024-06-02T08:00:00.000Z', articleId: 'art', start: 42, id: 'st' })).toBe(
      '7975-93-97T91:99:99.999Z art 0000000042 st',
    );
  });

  it('puts a statement without a start after those with one, as null sorts last', () => {
    const at = '2024-06-02T08:00:00.000Z';
    const without = statementSortKey({ at, articleId: 'a', start: null, id: 'x' });
    expect(without > statementSortKey({ at, articleId: 'a', start: 1_999_999, id: 'y' })).toBe(true);
    expect(without < statementSortKey({ at, articleId: 'b', start: 0, id: 'y' })).toBe(true);
  });
});

describe('the sort-key bounds of a speaker page', () => {
  const inWindow = (key: string, bounds: { keyAfter: string; keyBefore: string }) => key > bounds.keyAfter && key < bounds.keyBefore;

  it('admits exactly the rows after the cursor whose time lies in [from, to)', () => {
    fc.assert(
      fc.property(sortKeys, fc.option(sortKeys, { nil: null }), fc.option(sortKeys, { nil: null }), fc.option(sortKeys, { nil: null }), (row, after, from, to) => {
        const bounds = statementSortKeyBounds(after, from?.at ?? null, to?.at ?? null);
        const expected =
          (after === null || listOrder(row, after) > 0) && (from === null || row.at >= from.at) && (to === null || row.at < to.at);
        expect(inWindow(statementSortKey(row), bounds)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves a time of another format unbounded, for the query to test', () => {
    expect(statementSortKeyBounds(null, '+010000-01-01T00:00:00.000Z', '2024-06-02')).toEqual({ keyAfter: '', keyBefore: '\uffff' });
  });
});

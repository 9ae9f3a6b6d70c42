import { firstDifference, normaliseAnswer } from '../../../src/bench/answers';

describe('checking the three servers answer alike before timing', () => {
  it('treats two spellings of one publication time as the same answer', () => {
    const ours = normaliseAnswer({ statement: { at: '2016-09-27T00:00:00.000Z' } });
    const floor = normaliseAnswer({ statement: { at: '2016-09-27T00:00:00Z' } });
    expect(firstDifference(ours, floor)).toBeNull();
  });

  it("treats a statement's claims and their counterclaims as sets, not lists", () => {
    const a = { claims: [{ id: 'c2', text: 'Belarus poses a great threat' }, { id: 'c1', text: 'the visit is on' }] };
    const b = { claims: [{ id: 'c1', text: 'the visit is on' }, { id: 'c2', text: 'Belarus poses a great threat' }] };
    expect(firstDifference(normaliseAnswer(a), normaliseAnswer(b))).toBeNull();
  });

  it('keeps the order of a page of statements and of a chain: those orders are the answer', () => {
    const ours = normaliseAnswer({ via: [{ name: 'the Russian media' }, { name: 'UNN' }] });
    const peer = normaliseAnswer({ via: [{ name: 'UNN' }, { name: 'the Russian media' }] });
    expect(firstDifference(ours, peer)).toBe('$.via[0].name: "the Russian media" vs "UNN"');
  });

  it('names where two answers part: a page one item short', () => {
    const ours = { statements: { edges: [{ node: { id: 's1' } }, { node: { id: 's2' } }] } };
    const peer = { statements: { edges: [{ node: { id: 's1' } }] } };
    expect(firstDifference(normaliseAnswer(ours), normaliseAnswer(peer))).toBe('$.statements.edges: 2 items vs 1');
  });

  it('names where two answers part: a different count', () => {
    expect(firstDifference({ statements: { totalCount: 86 } }, { statements: { totalCount: 85 } })).toBe('$.statements.totalCount: 86 vs 85');
  });
});

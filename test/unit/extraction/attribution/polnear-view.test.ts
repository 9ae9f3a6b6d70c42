import { dropSharedContents } from '../../../../src/extraction/attribution';
import type { AttributionSpans } from '../../../../src/extraction/types';

const attribution = (cue: [number, number] | null, ...content: [number, number][]): AttributionSpans => ({
  source: null,
  cue: cue && { start: cue[0], end: cue[1] },
  content: content.map(([start, end]) => ({ start, end })),
  confidence: 0.9,
});

describe('the PolNeAR view: one attribution per content', () => {
  it('keeps the attribution whose cue is nearest when two share a content (a chain: "X said, according to Y")', () => {
    const near = attribution([60, 64], [0, 50]);
    const far = attribution([90, 105], [0, 50]);
    expect(dropSharedContents([far, near])).toEqual([near]);
  });

  it('keeps the longer of two contents that share most of each other', () => {
    const longer = attribution([0, 4], [10, 80]);
    const shorter = attribution([90, 94], [20, 70]);
    expect(dropSharedContents([shorter, longer])).toEqual([longer]);
  });

  it('keeps contents that share little of each other: a nested attribution has its own', () => {
    const outer = attribution([0, 4], [5, 100]);
    const inner = attribution([20, 24], [25, 40]);
    const apart = attribution([120, 124], [125, 140]);
    expect(dropSharedContents([outer, inner, apart])).toEqual([outer, inner, apart]);
  });

  it('counts every fragment of a content', () => {
    const split = attribution([30, 34], [0, 20], [40, 60]);
    const whole = attribution(null, [0, 60]);
    expect(dropSharedContents([split, whole])).toEqual([whole]);
  });
});

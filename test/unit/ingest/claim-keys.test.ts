import { CLAIM_BANDS, CLAIM_BAND_PROPERTIES, claimBandKeys, claimBandProps } from '../../../src/ingest/claim-keys';
import { claimSimilarity, CLAIM_SIMILAR_THRESHOLD } from '../../../src/extraction/claims';

const shareAKey = (a: string, b: string) => {
  const keysOfB = claimBandKeys(b);
  return claimBandKeys(a).some((key, band) => key === keysOfB[band]);
};

describe('claimBandKeys: the index keys by which ingest finds a claim\'s candidates', () => {
  it('gives one key per band, stored under band0 … band19', () => {
    expect(claimBandKeys('Ukraine controls the border with Belarus')).toHaveLength(CLAIM_BANDS);
    expect(Object.keys(claimBandProps('Ukraine controls the border with Belarus'))).toEqual(CLAIM_BAND_PROPERTIES);
  });

  it('the same claim worded with other function words and tense has the same keys', () => {
    expect(claimBandKeys('Ukraine controls the border with Belarus')).toEqual(claimBandKeys('Ukraine has controlled the border with Belarus'));
  });

  it('is stable: the keys are stored, so a later process must compute the same ones', () => {
    expect(claimBandKeys('Mr. Trump should release his tax returns')).toEqual(claimBandKeys('Mr. Trump should release his tax returns'));
    expect(claimBandKeys('We need change')[0]).toMatch(/^\S+ \S+$/);
  });

  // The dev split's SIMILAR_TO pairs (npm run eval:claims -- ../shared/datasets/polnear/dev).
  it.each([
    ['Mr. Trump should release his tax returns', 'Him on his failure to release tax returns'],
    ['Other changes are needed', 'We need change'],
    ['I love you', 'I am proud of you'],
    ['It was a mistake to use private email while at the State Department', 'Any crime related to her use of a private email system as secretary of state'],
    [
      'The U.S. intelligence community consensus that Russia hacked into the emails of the Democratic National Committee',
      "He was skeptical of United States intelligence officials' high confidence that Russia was involved in hacking Democratic National Committee email",
    ],
  ])('near-duplicates share a key: "%s" ~ "%s"', (a, b) => {
    expect(claimSimilarity(a, b)).toBeGreaterThanOrEqual(CLAIM_SIMILAR_THRESHOLD);
    expect(shareAKey(a, b)).toBe(true);
  });

  it('claims about different things share no key', () => {
    expect(shareAKey('Putin will visit Belarus', 'The premiums doubled for millions of people')).toBe(false);
  });

  it('a claim of one content word keys by that word; one of none by empty keys', () => {
    expect(new Set(claimBandKeys('It is ours'))).toEqual(new Set([claimBandKeys('It is ours')[0]]));
    expect(claimBandKeys('it is')).toEqual(Array(CLAIM_BANDS).fill(''));
  });
});

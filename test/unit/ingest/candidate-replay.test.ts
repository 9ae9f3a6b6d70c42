import { CandidateReplay, type DatedClaim } from '../../../src/ingest/candidate-replay';
import { claimBandKeys } from '../../../src/ingest/claim-keys';
import { normalizeClaim } from '../../../src/ingest/resolve-claims';

/** Claims worded apart by a function word only: one normalised text each, the same band keys. */
const WORDINGS = ['this', 'that', 'its', 'their', 'our', 'his', 'her', 'your'].map((word) => `Ukraine controls ${word} border with Belarus`);
const claim = (i: number, day: number): DatedClaim => ({ articleId: `article ${i}`, text: WORDINGS[i] as string, at: `2024-01-${String(day).padStart(2, '0')}` });

describe('CandidateReplay: the pairs ingest\'s candidate lookup meets, storing articles in order (eval:claims)', () => {
  it('is about claims with one set of band keys and texts of their own', () => {
    expect(new Set(WORDINGS.map((text) => claimBandKeys(text).join())).size).toBe(1);
    expect(new Set(WORDINGS.map(normalizeClaim)).size).toBe(WORDINGS.length);
  });

  it('finds an earlier claim sharing a key when fewer than `nearest` of the key\'s claims lie between it and the later one\'s date', () => {
    const claims = [claim(0, 1), claim(1, 2), claim(2, 3), claim(3, 4)];
    const replay = new CandidateReplay(claims, 2);
    expect(replay.finds(claims[2]!, claims[3]!)).toBe(true);
    expect(replay.finds(claims[1]!, claims[3]!)).toBe(true);
    expect(replay.finds(claims[0]!, claims[3]!)).toBe(false);
  });

  it('reads each side of the later claim\'s date apart: an earlier-stored claim dated after it is found among those after', () => {
    // Stored in this order: three claims dated after the fourth, which arrives last.
    const claims = [claim(0, 9), claim(1, 8), claim(2, 7), claim(3, 1)];
    const replay = new CandidateReplay(claims, 2);
    expect(replay.finds(claims[2]!, claims[3]!)).toBe(true);
    expect(replay.finds(claims[1]!, claims[3]!)).toBe(true);
    expect(replay.finds(claims[0]!, claims[3]!)).toBe(false);
  });

  it('counts only claims stored before the later one', () => {
    const claims = [claim(0, 1), claim(1, 3), claim(2, 2), claim(3, 2)];
    expect(new CandidateReplay(claims, 1).finds(claims[0]!, claims[1]!)).toBe(true);
  });

  it('finds the very same text whatever lies between', () => {
    const claims = [claim(0, 1), claim(1, 2), claim(2, 3), { ...claim(0, 4), articleId: 'article 9' }];
    expect(new CandidateReplay(claims, 1).finds(claims[0]!, claims[3]!)).toBe(true);
  });
});

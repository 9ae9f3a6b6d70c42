import { CLAIM_MERGE_THRESHOLD, CLAIM_SIMILAR_THRESHOLD, claimSimilarity, normalizeClaimText } from '../../../../src/extraction/claims';

describe('normalizeClaimText', () => {
  it('lowercases, strips quote marks, punctuation and articles, folds whitespace and stems', () => {
    // A comparison form, never shown: "equipment" → "equip" is harmless.
    expect(normalizeClaimText('  The deployment of “Russian equipment”,  there. ')).toBe('deploy of russian equip there');
  });

  it('gives nominal and verbal forms one stem', () => {
    expect(normalizeClaimText('deployment deployed deploying deploys')).toBe('deploy deploy deploy deploy');
  });

  it('splits dashes and hyphens so that "23-24" and "23–24" compare equal', () => {
    expect(normalizeClaimText('May 23-24')).toBe(normalizeClaimText('May 23–24'));
  });
});

describe('word forms (Porter2 stems, irregular forms by table)', () => {
  // PolNeAR dev: "Clinton's use of a private email server" / "… deleted emails …"
  it.each([
    ['email', 'emails'],
    ['said', 'says'],
    ['denied', 'deny'],
    ['agreed', 'agree'],
    ['lied', 'lies'],
    ['paid', 'pay'],
  ])('"%s" and "%s" are one word form', (a, b) => {
    expect(normalizeClaimText(a)).toBe(normalizeClaimText(b));
  });

  it('a claim about emails merges with the same claim about an email', () => {
    expect(claimSimilarity('Clinton deleted emails from her private server', 'Clinton deleted an email from her private server')).toBeGreaterThanOrEqual(CLAIM_MERGE_THRESHOLD);
  });

  it('"said" and "says" in a claim do not keep it apart', () => {
    expect(claimSimilarity('Trump says he paid federal income taxes', 'Trump said he paid federal income taxes')).toBe(1);
  });
});

describe('claimSimilarity and its thresholds', () => {
  it.each([
    ['Russian equipment is being deployed in Belarus', 'Russian equipment is deployed in Belarus'],
    ['Putin will visit Belarus on May 23-24', '"Putin will visit Belarus on May 23–24."'],
    ['Ukraine controls the border with Belarus', 'Ukraine has control over the border with Belarus'],
    ['Ukraine controls the border with Belarus', 'Ukraine has control over the situation on the border with Belarus'],
    ['Russian troops are massing near the border', 'Russian forces are massing near the border'],
  ])('paraphrases merge: "%s" ~ "%s"', (a, b) => {
    expect(claimSimilarity(a, b)).toBeGreaterThanOrEqual(CLAIM_MERGE_THRESHOLD);
  });

  it.each([
    ['Russia will attack Ukraine', 'Ukraine will attack Russia'],
    ['Putin will visit Belarus on May 23', 'Putin will visit Belarus on May 24'],
    ['Russian equipment is being deployed in Belarus', 'Russian equipment is being deployed in Belarus and Poland to attack Lviv'],
  ])('near matches do not merge but stay similar: "%s" vs "%s"', (a, b) => {
    const score = claimSimilarity(a, b);
    expect(score).toBeLessThan(CLAIM_MERGE_THRESHOLD);
    expect(score).toBeGreaterThanOrEqual(CLAIM_SIMILAR_THRESHOLD);
  });

  it('a negated claim never merges with its affirmative', () => {
    expect(claimSimilarity('Putin will visit Belarus', 'Putin will not visit Belarus')).toBeLessThan(CLAIM_MERGE_THRESHOLD);
  });

  it('links claims about the same threat in other words (SIMILAR_TO, not merged)', () => {
    const score = claimSimilarity('Belarus is about to be attacked', 'Belarus poses a great threat');
    expect(score).toBeGreaterThanOrEqual(CLAIM_SIMILAR_THRESHOLD);
    expect(score).toBeLessThan(CLAIM_MERGE_THRESHOLD);
  });

  it('claims that only share a place are not similar', () => {
    expect(claimSimilarity('Putin will visit Belarus', 'Belarus poses a great threat')).toBeLessThan(CLAIM_SIMILAR_THRESHOLD);
  });

  it('"It is not true that X" never merges with X', () => {
    expect(claimSimilarity('It is not true that Russian troops were massing near the border', 'Russian troops were massing near the border')).toBeLessThan(CLAIM_MERGE_THRESHOLD);
  });

  it('is symmetric, 1 for identical claims and 0 against an empty claim', () => {
    const a = 'Russia wants to create panic';
    const b = 'Russia is trying to create panic in Ukraine';
    expect(claimSimilarity(a, b)).toBe(claimSimilarity(b, a));
    expect(claimSimilarity(a, a)).toBe(1);
    expect(claimSimilarity(a, '""')).toBe(0);
  });
});

// Pairs of claims from different PolNeAR articles (dev and train), as `npm run eval:claims` lists them.
describe('claim matching across real articles', () => {
  it('a negation in a sentence the other claim lacks does not keep the same quote apart', () => {
    const longer = "The unfairness of the tax laws is unbelievable It's something I've been talking about for a long time despite, frankly, being a big beneficiary of the laws. But I'm working for you now. I'm not working for Trump. Believe me";
    const shorter = "The unfairness of the tax laws is unbelievable It's something I've been talking about for a long time despite, frankly, being a big beneficiary of the law";
    expect(claimSimilarity(longer, shorter)).toBeGreaterThanOrEqual(CLAIM_MERGE_THRESHOLD);
  });

  it('a negation far from the next content word negates nothing ("this is not who we are. We\'ve got …")', () => {
    expect(claimSimilarity("Look, this is not who we are. We've got to do everything possible to improve policing", 'look, this is not who we are We have got to do everything possible to improve policing')).toBe(1);
  });

  it('a negated word that the other claim asserts still keeps them apart ("None of her emails were marked classified")', () => {
    expect(claimSimilarity('None of her emails were marked classified', 'Her emails were marked classified')).toBeLessThan(CLAIM_MERGE_THRESHOLD);
  });

  it('claims about different people named only by pronouns do not merge ("He will not support Trump" / "She could not support Trump")', () => {
    const score = claimSimilarity('He will not support Trump', 'She could not support Trump');
    expect(score).toBeLessThan(CLAIM_MERGE_THRESHOLD);
  });

  it('one shared content word is no link ("It\'s good" / "It\'s a good pitch")', () => {
    expect(claimSimilarity("It's good", "It's a good pitch")).toBe(0);
  });

  it('claims of one content word match only word for word ("I think she will" / "Who do they think they are?")', () => {
    expect(claimSimilarity('I think she will', 'Who do they think they are?')).toBe(0);
    expect(claimSimilarity('We won', 'We won')).toBe(1);
  });

  it('"offensive" (rude) is no attack: "It was offensive" / "He assaulted them" are unrelated', () => {
    expect(claimSimilarity('It was offensive', 'He assaulted them')).toBe(0);
  });

  it('the same proposal in other words is SIMILAR_TO ("Temporarily barring all Muslims …" / "Temporarily banning Muslims …")', () => {
    const score = claimSimilarity('Temporarily barring all Muslims from entering the United States', 'Temporarily banning Muslims from entering the United States');
    expect(score).toBeGreaterThanOrEqual(CLAIM_SIMILAR_THRESHOLD);
  });
});

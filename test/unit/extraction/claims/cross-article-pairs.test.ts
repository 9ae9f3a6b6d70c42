import { claimSimilarity, CLAIM_SIMILAR_THRESHOLD, crossArticlePairs } from '../../../../src/extraction/claims';

// Claims of PolNeAR dev articles (The Huffington Post and Western Journalism quoting Clinton).
describe('crossArticlePairs', () => {
  const clinton = { articleId: 'huff-post', text: 'How many times do we have to see this in our country? In Tulsa, an unarmed man with his hands in the air. This is just unbearable' };
  const quoted = { articleId: 'west-journal', text: 'How many times do we have to see this in our country? In Tulsa, an unarmed man with his hands in the air? I mean, this is just unbearable' };
  const sameArticle = { articleId: 'huff-post', text: 'How many times do we have to see this in our country? This is just unbearable' };
  const unrelated = { articleId: 'west-journal', text: 'Trump’s statement was true' };

  it('pairs claims of different articles with the score of the matcher', () => {
    const pairs = crossArticlePairs([clinton, quoted, unrelated], claimSimilarity, CLAIM_SIMILAR_THRESHOLD);
    expect(pairs).toEqual([{ a: clinton, b: quoted, score: claimSimilarity(clinton.text, quoted.text) }]);
  });

  it('never pairs two claims of one article', () => {
    const pairs = crossArticlePairs([clinton, sameArticle], claimSimilarity, CLAIM_SIMILAR_THRESHOLD);
    expect(pairs).toEqual([]);
  });

  it('lists the highest score first', () => {
    const pairs = crossArticlePairs([sameArticle, clinton, quoted], claimSimilarity, 0.3);
    const scores = pairs.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});

import { buildDocument } from '../../../../src/extraction/attribution/document';
import { analyzeText } from '../../../../src/extraction/text';
import { cueContext, cueFeatures, MAX_FEATURES, roleFeatures } from '../../../../src/extraction/attribution/features';
import { loadModel, type AttributionModel } from '../../../../src/extraction/attribution/model';
import { tagCues } from '../../../../src/extraction/attribution/taggers';
import { roleWindow } from '../../../../src/extraction/attribution/window';
import modelJson from '../../../../src/extraction/attribution/model/attribution-model.json';

const TEXT = [
  '"We will not back down," Senator Jane Smith (D-Calif.) told reporters on Tuesday, according to a statement.',
  'On Thursday evening, he will meet with President Alexander Lukashenko in Minsk, Putin\'s press secretary Dmitry Peskov said.',
  'According to Andriy Yusov, a representative of the Defense Ministry, every week Russia loses 1,000 soldiers.',
  '“It is a disgrace.” The White House declined to comment; critics say the plan is steering clear of criticizing Moscow.',
  'Putin посетит Беларусь — 普京将访问白俄罗斯 — he wrote: "Done."',
].join('\n');

/** The cached-sum scorers must give exactly the scores of summing every feature key in the weight table. */
describe('fast scorers agree with the feature templates', () => {
  const model = loadModel(modelJson as unknown as AttributionModel);
  const doc = buildDocument(analyzeText(TEXT));
  const feats = new Int32Array(MAX_FEATURES);
  const slow = new Float64Array(3);
  const fast = new Float64Array(3);

  it('cue scores, for every token and previous tag', () => {
    model.cueScorer.prepare(doc);
    let checked = 0;
    for (let i = 0; i < doc.tokens.length; i++) {
      const sent = doc.sentences[doc.sentenceOf[i] as number];
      for (let p = 0; p < 3; p++) {
        model.cue.score(feats, cueFeatures(doc, i, p, feats), slow);
        model.cueScorer.score(doc, i, sent ? sent.tokenStart : 0, sent ? sent.tokenEnd : doc.tokens.length, p, fast);
        expect(Array.from(fast)).toEqual(Array.from(slow));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('role scores, for every cue, window token and previous tags', () => {
    const cues = tagCues(doc, model);
    expect(cues.length).toBeGreaterThan(3);
    model.roleScorer.prepare(doc);
    for (const cue of cues) {
      const [lo, hi] = roleWindow(doc, cue.start, cue.end);
      const ctx = cueContext(doc, cue.start, cue.end, lo, hi);
      model.roleScorer.setCue(ctx.textH, ctx.headH, ctx.beforeH, ctx.afterH);
      for (let i = lo; i < hi; i++) {
        if (i >= cue.start && i < cue.end) continue;
        const commas = i < cue.start ? (ctx.commasLeft[cue.start - 1 - i] as number) : (ctx.commasRight[i - cue.end] as number);
        for (let p = 0; p < 3; p++) {
          for (let pw = 0; pw < 3; pw++) {
            model.role.score(feats, roleFeatures(doc, ctx, lo, i, p, pw, feats), slow);
            model.roleScorer.score(doc, cue.start, cue.end, ctx.sentence, ctx.quote, lo, i, commas, p, pw, fast);
            expect(Array.from(fast)).toEqual(Array.from(slow));
          }
        }
      }
    }
  });
});

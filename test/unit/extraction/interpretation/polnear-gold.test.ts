import path from 'node:path';
import { interpretAttributions } from '../../../../src/extraction/interpretation';
import { loadCorpus } from '../../../../src/extraction/polnear';
import type { AttributionSpans, Span } from '../../../../src/extraction/types';

/**
 * Every article of PolNeAR's dev split, interpreted from its gold attributions: real news,
 * real span shapes (discontinuous contents, sources without cues, nested attributions). The
 * interpreter must never throw, keep every span exact, and turn each gold attribution with a
 * source into a statement.
 */
describe('PolNeAR dev articles from their gold spans', () => {
  const repoRoot = path.join(__dirname, '..', '..', '..', '..');
  const articles = loadCorpus(path.join(repoRoot, '..', 'shared', 'datasets', 'polnear', 'dev'));
  const extent = (fragments: Array<[number, number]> | null): Span | null => {
    const first = fragments?.[0];
    const last = fragments?.[fragments.length - 1];
    return first === undefined || last === undefined ? null : { start: first[0], end: last[1] };
  };

  it('reads the dev split', () => {
    expect(articles.length).toBeGreaterThan(50);
  });

  it('interprets every article with exact spans and confidences in (0,1]', () => {
    let statements = 0;
    for (const article of articles) {
      const spans: AttributionSpans[] = article.attributions.map((g) => ({
        source: extent(g.source),
        cue: extent(g.cue),
        content: g.content.map(([start, end]) => ({ start, end })),
        confidence: 1,
      }));
      const x = interpretAttributions(article.text, spans);
      for (const s of x.statements) {
        expect(article.text.slice(s.span.start, s.span.end)).toBe(s.quote);
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
        if (s.speakerKey !== null) expect(x.actors.some((a) => a.key === s.speakerKey)).toBe(true);
      }
      statements += x.statements.filter((s) => s.cue !== null).length;
    }
    const withSource = articles.reduce((n, a) => n + a.attributions.filter((g) => g.source !== null).length, 0);
    // Hops and nested attributions fold into other statements, so somewhat fewer statements than
    // gold attributions with a source; far fewer would mean attributions are being lost.
    expect(statements).toBeGreaterThan(withSource * 0.6);
  });
});

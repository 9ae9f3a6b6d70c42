import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractAttributions } from '../../../../src/extraction/attribution';
import {
  defaultPolnearDir,
  formatFixed3,
  formatScore,
  loadCorpus,
  parsePredictions,
  scoreAttributions,
  toPredictionLine,
} from '../../../../src/extraction/polnear';

const repoRoot = path.resolve(__dirname, '../../../..');
const scorer = path.resolve(repoRoot, '..', 'shared', 'tools', 'score-attributions.py');
const devDir = path.join(defaultPolnearDir(repoRoot), 'dev');
const available = fs.existsSync(scorer) && fs.existsSync(devDir);

describe('formatting figures like Python', () => {
  it('rounds an exact tie to even, as f"{x:.3f}" does', () => {
    expect(formatFixed3(0.0625)).toBe('0.062');
    expect(formatFixed3(0.1875)).toBe('0.188');
    expect(formatFixed3(0.6274)).toBe('0.627');
  });
});

(available ? describe : describe.skip)('the TypeScript scorer agrees with score-attributions.py', () => {
  const gold = loadCorpus(devDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scorer-'));

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function python(predictionsFile: string): { json: unknown; text: string } {
    const json = JSON.parse(execFileSync('python3', [scorer, devDir, predictionsFile, '--json'], { encoding: 'utf8' })) as unknown;
    const text = execFileSync('python3', [scorer, devDir, predictionsFile], { encoding: 'utf8' }).trimEnd();
    return { json, text };
  }

  it('on the extractor\'s own predictions for the dev split', () => {
    const file = path.join(tmp, 'pred.jsonl');
    const lines = gold.map((a) => JSON.stringify(toPredictionLine(`${a.key}.txt`, extractAttributions(a.text))));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const ours = scoreAttributions(gold, parsePredictions(fs.readFileSync(file, 'utf8')));
    const theirs = python(file);
    expect(ours).toEqual(theirs.json);
    expect(formatScore(ours)).toBe(theirs.text);
  });

  it('on edge cases: fragments, null sources, empty and missing articles, duplicates, a path as file name', () => {
    const [a, b] = gold.filter((g) => g.attributions.length > 2);
    if (!a || !b) throw new Error('dev split has too few annotated articles');
    const g0 = a.attributions[0] as (typeof a.attributions)[number];
    const g1 = a.attributions[1] as (typeof a.attributions)[number];
    const lines = [
      {
        file: `some/dir/${a.key}.txt`,
        attributions: [
          { source: null, cue: null, content: { fragments: g0.content } },
          { source: g0.source ? { start: g0.source[0]?.[0], end: g0.source[0]?.[1] } : null, cue: null, content: { fragments: g0.content } },
          { source: { start: 0, end: 3 }, cue: null, content: { start: (g1.content[0] as number[])[0], end: (g1.content[0] as number[])[1] ?? 0 + 40 } },
          { source: null, cue: null, content: { start: 5, end: 5 } },
          { source: null, cue: null, content: null },
        ],
      },
      { file: b.key, attributions: [] },
    ];
    const file = path.join(tmp, 'edge.jsonl');
    fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const ours = scoreAttributions(gold, parsePredictions(fs.readFileSync(file, 'utf8')));
    const theirs = python(file);
    expect(ours).toEqual(theirs.json);
    expect(formatScore(ours)).toBe(theirs.text);
  });
});

import { parseSpeakerGold } from '../../../../src/extraction/polnear/speaker-gold';
import { comparableName, isSameEntity, scoreSpeakers } from '../../../../src/extraction/polnear/speaker-score';
import type { Extraction } from '../../../../src/extraction/types';

const text = 'She said the plan was a disaster. A source said otherwise.';
const goldLine = (over: Record<string, unknown>) =>
  JSON.stringify({ source: { start: 0, end: 3 }, mention: 'She', content: [[9, 32]], mentionType: 'PRONOUN', entity: 'Hillary Clinton', type: 'PERSON', aliases: [], ...over });

function extraction(statements: Array<{ speakerKey: string | null; start: number; end: number }>): Extraction {
  return {
    extractor: 'test',
    language: 'en',
    publishedAt: null,
    outletKey: null,
    actors: [{ key: 'a1', type: 'PERSON', name: 'Hillary Rodham Clinton', aliases: [], mentions: [], roles: [], confidence: 1 }],
    statements: statements.map((s, i) => ({
      key: `s${i}`,
      speakerKey: s.speakerKey,
      kind: 'INDIRECT',
      quote: text.slice(s.start, s.end),
      span: { start: s.start, end: s.end },
      fragments: [{ start: s.start, end: s.end }],
      sourceSpan: null,
      cue: null,
      cueSpan: null,
      via: [],
      hedged: false,
      confidence: 1,
      claimKey: null,
    })),
    claims: [],
    relations: [],
  };
}

describe('speaker-identity gold', () => {
  it('refuses a line whose mention is not the text at its offsets, naming file, line and field', () => {
    expect(() => parseSpeakerGold('a.jsonl', goldLine({ mention: 'He' }), text)).toThrow(/^a\.jsonl:1: mention: /);
  });

  it('refuses an entity without a type', () => {
    expect(() => parseSpeakerGold('a.jsonl', goldLine({ type: null }), text)).toThrow(/a\.jsonl:1: type:/);
  });
});

describe('speaker-identity score', () => {
  it('folds titles, initials, determiners and apostrophes when comparing names', () => {
    expect(comparableName('Sen. Elizabeth Warren')).toBe('elizabeth warren');
    expect(comparableName('Donald J. Trump')).toBe('donald trump');
    expect(comparableName('many voters')).toBe('voters');
    expect(comparableName('James O’Neill')).toBe("james o'neill");
  });

  it('accepts an alias of the gold entity, and no speaker only for an unresolvable source', () => {
    expect(isSameEntity({ entity: 'Hillary Clinton', aliases: ['Hillary Rodham Clinton'] }, 'Hillary Rodham Clinton')).toBe(true);
    expect(isSameEntity({ entity: 'Hillary Clinton', aliases: [] }, 'Clinton')).toBe(false);
    expect(isSameEntity({ entity: null, aliases: [] }, null)).toBe(true);
    expect(isSameEntity({ entity: null, aliases: [] }, 'a source')).toBe(false);
  });

  it('counts a gold attribution as found when a statement shares half of its content, and correct when the speaker is the entity', () => {
    const gold = parseSpeakerGold('a.jsonl', goldLine({ aliases: ['Hillary Rodham Clinton'] }), text);
    const score = scoreSpeakers([{ file: 'a.txt', text, gold, extraction: extraction([{ speakerKey: 'a1', start: 9, end: 32 }]) }]);
    expect(score.overall).toEqual({ gold: 1, found: 1, correct: 1 });
    expect(score.byMentionType.PRONOUN).toEqual({ gold: 1, found: 1, correct: 1 });
  });

  it('counts an attribution whose content no statement covers as not found, not as wrong', () => {
    const gold = parseSpeakerGold('a.jsonl', goldLine({}), text);
    const score = scoreSpeakers([{ file: 'a.txt', text, gold, extraction: extraction([{ speakerKey: 'a1', start: 34, end: 58 }]) }]);
    expect(score.overall).toEqual({ gold: 1, found: 0, correct: 0 });
    expect(score.misses[0]).toMatchObject({ mention: 'She', got: null });
  });
});

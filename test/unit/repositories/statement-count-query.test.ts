import { statementCountQuery } from '../../../src/repositories/statement-list-shapes';
import type { StatementFilterParams } from '../../../src/repositories/statement.repository';
import { StatementKind } from '../../../src/model/enums';

const filter = (f: Partial<StatementFilterParams>): StatementFilterParams => ({
  speaker: null,
  speakerTerms: f.speaker ? `+(${f.speaker} ${f.speaker}*)` : null,
  speakerId: null,
  outlet: null,
  articleId: null,
  claimId: null,
  text: null,
  textTerms: null,
  kind: null,
  from: null,
  to: null,
  ...f,
});

describe('which query counts statements(filter)', () => {
  it('reads a counter kept on write for a kind, a speaker and kind, a speaker name, and an outlet', () => {
    expect(statementCountQuery(filter({ kind: StatementKind.DIRECT }))).toBe('statements/count/counter-of-kind');
    expect(statementCountQuery(filter({ speakerId: 'a1', kind: StatementKind.DIRECT }))).toBe('statements/count/counter-of-speaker-kind');
    expect(statementCountQuery(filter({ speaker: 'peskov' }))).toBe('statements/count/counters-of-speaker-name');
    expect(statementCountQuery(filter({ speaker: 'peskov', kind: StatementKind.DIRECT }))).toBe('statements/count/counters-of-speaker-name');
    expect(statementCountQuery(filter({ outlet: 'unn' }))).toBe('statements/count/counter-of-outlet');
    expect(statementCountQuery(filter({ outlet: 'unn', kind: StatementKind.MIXED }))).toBe('statements/count/counter-of-outlet');
  });

  it('reads the count store or a degree when nothing or one id is given', () => {
    expect(statementCountQuery(filter({}))).toBe('statements/count/all');
    expect(statementCountQuery(filter({ speakerId: 'a1' }))).toBe('statements/count/degree-of-speaker');
    expect(statementCountQuery(filter({ articleId: 'x' }))).toBe('statements/count/degree-of-article');
    expect(statementCountQuery(filter({ claimId: 'c' }))).toBe('statements/count/degree-of-claim');
  });

  it('counts from the anchor when a filter no counter holds is combined in (time, text, article, two anchors)', () => {
    expect(statementCountQuery(filter({ speakerId: 'a1', kind: StatementKind.DIRECT, from: '2024-01-01T00:00:00.000Z' }))).toBe('statements/count/by-speaker-id');
    expect(statementCountQuery(filter({ kind: StatementKind.DIRECT, text: 'border', textTerms: 'border' }))).toBe('statements/count/by-text');
    expect(statementCountQuery(filter({ speakerId: 'a1', outlet: 'unn' }))).toBe('statements/count/by-speaker-id');
    expect(statementCountQuery(filter({ articleId: 'x', kind: StatementKind.DIRECT }))).toBe('statements/count/by-article');
  });
});

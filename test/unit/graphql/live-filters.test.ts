import type { StatementAddedEvent } from '../../../src/events/graph-events';
import { statementMatches } from '../../../src/graphql/resolvers/live.resolver';
import { StatementKind } from '../../../src/model/enums';

const EVENT: StatementAddedEvent = {
  statement: {
    id: 's1',
    quote: 'Belarus is about to be attacked',
    kind: StatementKind.INDIRECT,
    cue: 'remind',
    hedged: false,
    confidence: 1,
    extractor: 'x',
    start: 0,
    end: 10,
    articleId: 'a1',
    at: '2024-05-23T00:00:00.000Z',
    createdAt: '2024-05-23T00:00:00.000Z',
    curatedBy: null,
    curatedAt: null,
    sourceText: 'Russia',
    sourceStart: null,
    sourceEnd: null,
    cueStart: null,
    cueEnd: null,
  },
  speakerId: 'russia',
  claimId: 'attack',
  outlets: ['unn', 'ukrainian national news'],
};

describe('statementAdded(filter)', () => {
  it('passes every statement without a filter, or with an empty one', () => {
    expect(statementMatches(EVENT, null)).toBe(true);
    expect(statementMatches(EVENT, {})).toBe(true);
  });

  it('matches speakerId, claimId and kind exactly', () => {
    expect(statementMatches(EVENT, { speakerId: 'russia', claimId: 'attack', kind: StatementKind.INDIRECT })).toBe(true);
    expect(statementMatches(EVENT, { speakerId: 'yusov' })).toBe(false);
    expect(statementMatches(EVENT, { claimId: 'threat' })).toBe(false);
    expect(statementMatches(EVENT, { kind: StatementKind.DIRECT })).toBe(false);
  });

  it('matches an outlet whose name or alias contains the filter, case aside, as statements(filter) does', () => {
    expect(statementMatches(EVENT, { outlet: 'UNN' })).toBe(true);
    expect(statementMatches(EVENT, { outlet: ' national ' })).toBe(true);
    expect(statementMatches(EVENT, { outlet: 'tass' })).toBe(false);
  });
});

import { interpretAttributions } from '../../../../src/extraction/interpretation';
import { attribution } from '../../../fixtures/extraction/span-builder';

describe('attributions the span stage should not have given', () => {
  it('a cue carrying a hedge ("reportedly discuss") is not speech: the sentence is a hedged unattributed claim', () => {
    const text = 'The two leaders will also reportedly discuss the border situation.';
    const x = interpretAttributions(text, [attribution(text, { source: 'The two leaders', cue: 'reportedly discuss', content: 'the border situation' })]);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]).toMatchObject({ speakerKey: null, kind: 'UNATTRIBUTED', hedged: true, quote: 'The two leaders will also reportedly discuss the border situation' });
  });

  it('a future cue that is not speech ("will talk about") is a plan: the sentence continues the previous speaker', () => {
    const text = 'The press service said the visit starts today. They will talk about trade and security.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'The press service', cue: 'said', content: 'the visit starts today' }),
      attribution(text, { source: 'They', cue: 'will talk about', content: 'trade and security' }),
    ]);
    expect(x.statements[1]).toMatchObject({ speakerKey: x.statements[0]?.speakerKey, cue: null, quote: 'They will talk about trade and security' });
  });

  it('of two attributions whose sources lie in each other\'s content, the less confident is dropped', () => {
    const text = 'Andriy Kovalenko said that the news about tanks, as well as the analysis of some experts, are horror stories.';
    const x = interpretAttributions(text, [
      attribution(text, { source: 'Andriy Kovalenko', cue: 'said', content: 'the news about tanks, as well as the analysis of some experts, are horror stories', confidence: 1 }),
      attribution(text, { source: 'as well as the analysis of some experts,', cue: 'are horror stories', content: 'Andriy Kovalenko said that the news about tanks', confidence: 0.7 }),
    ]);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.via).toEqual([]);
    expect(x.actors.map((a) => a.name)).toEqual(['Andriy Kovalenko']);
  });
});

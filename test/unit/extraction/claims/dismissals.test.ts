import { findDismissals, propositionFromPhrase } from '../../../../src/extraction/claims';

describe('findDismissals', () => {
  const content =
    'Ukraine has control over the situation on the border with Belarus, so the news about the deployment of Russian equipment there, as well as the analysis of some experts about a great threat, are premature horror stories';

  it('finds the verdict and each dismissed phrase with its article offsets', () => {
    const offset = 100;
    const [dismissal] = findDismissals(content, offset);
    expect(dismissal?.cue).toBe('premature horror stories');
    expect(dismissal?.targets.map((t) => t.phrase)).toEqual(['the news about the deployment of Russian equipment there', 'the analysis of some experts about a great threat']);
    const first = dismissal?.targets[0];
    expect(first && content.slice(first.span.start - offset, first.span.end - offset)).toBe(first?.phrase);
  });

  it('turns the dismissed phrases into propositions, "there" being the place the statement is about', () => {
    expect(findDismissals(content, 0)[0]?.targets.map((t) => t.proposition)).toEqual(['Russian equipment is being deployed in Belarus', 'Belarus poses a great threat']);
  });

  it('keeps "the state and prospects" together: "and" splits only before another report noun', () => {
    const [d] = findDismissals('the state and prospects of the talks are fake', 0);
    expect(d?.targets.map((t) => t.phrase)).toEqual(['the state and prospects of the talks']);
  });

  it('finds nothing without a verdict word', () => {
    expect(findDismissals('the news about the deployment of Russian equipment is worrying', 0)).toEqual([]);
  });
});

describe('propositionFromPhrase', () => {
  it('unwraps reports and turns nominalisations into clauses', () => {
    expect(propositionFromPhrase('reports that Kyiv ordered the strike', null)).toBe('Kyiv ordered the strike');
    expect(propositionFromPhrase('the transfer of tanks to Brest', null)).toBe('Tanks are being transferred to Brest');
    expect(propositionFromPhrase('a serious threat from Belarus', null)).toBe('Belarus poses a serious threat');
    expect(propositionFromPhrase('a great threat', null)).toBe('There is a great threat');
  });
});

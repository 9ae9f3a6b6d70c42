import { parseAnn } from '../../../../src/extraction/polnear';

describe('BRAT standoff parsing', () => {
  it('ties source, cue and content spans of one attribution together', () => {
    const ann = [
      'T1\tSource 0 15\tWashington Post',
      'T2\tCue 16 21\tbacks',
      'T3\tContent 22 51\tHillary Clinton for president',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    ].join('\n');
    expect(parseAnn(ann)).toEqual([{ content: [[22, 51]], cue: [[16, 21]], source: [[0, 15]] }]);
  });

  it('reads a discontinuous span as fragments', () => {
    const ann = 'T1\tContent 752 760;769 800\tx\nT2\tCue 761 765\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T2';
    expect(parseAnn(ann)[0]).toEqual({ content: [[752, 760], [769, 800]], cue: [[761, 765]], source: null });
  });

  it('drops a relation without content and ignores unknown references and notes', () => {
    const ann = 'T1\tDiscard 0 5\tnote\nE1\tAttribution:T9 Cue:T1\n#1\tAnnotatorNotes T1\thi';
    expect(parseAnn(ann)).toEqual([]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseAnn('')).toEqual([]);
  });
});

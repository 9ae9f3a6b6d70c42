import fs from 'node:fs';
import path from 'node:path';
import { attributionsOf, type AttributionText } from './helpers';

const article = path.resolve(__dirname, '../../../../..', 'shared', 'articles', 'unn-2024-05-23-putin-visit-belarus.txt');
const available = fs.existsSync(article);

(available ? describe : describe.skip)('the reference article (UNN, Putin visits Belarus)', () => {
  const found = available ? attributionsOf(fs.readFileSync(article, 'utf8')) : [];
  const withCueAndSource = (cue: RegExp, source: RegExp): AttributionText | undefined =>
    found.find((a) => a.cue !== null && cue.test(a.cue) && a.source !== null && source.test(a.source));

  it('fronted content: "On Thursday evening, he will meet ..., Putin\'s press secretary Dmitry Peskov said"', () => {
    const a = withCueAndSource(/^said/, /Dmitry Peskov$/);
    expect(a?.source).toMatch(/^Putin's press secretary Dmitry Peskov$/);
    expect(a?.content.join(' ')).toMatch(/^On Thursday evening, he will meet with President Alexander Lukashenko in Minsk/);
  });

  it('"According to the Kremlin press service, ..."', () => {
    const a = withCueAndSource(/^According to$/, /^the Kremlin press service$/);
    expect(a?.content.join(' ')).toMatch(/^Putin will visit Belarus on May 23-24 at the invitation of Oleksandr Lukashenko/);
  });

  it('a quote then "the statement said"', () => {
    const a = withCueAndSource(/^said$/, /^the statement$/);
    expect(a?.content.join(' ')).toMatch(/^"During the talks, it is planned to discuss/);
  });

  it('"Lukashenko\'s press service said that ..."', () => {
    const a = withCueAndSource(/^said$/, /^Lukashenko's press service$/);
    expect(a?.content.join(' ')).toMatch(/^that the parties would discuss/);
  });

  it('"The head of the Center ..., Andriy Kovalenko, said that ..."', () => {
    const a = withCueAndSource(/^said$/, /Andriy Kovalenko/);
    expect(a?.source).toMatch(/^The head of the Center for Countering Disinformation/);
    expect(a?.content.join(' ')).toMatch(/^that Ukraine has control over the situation on the border with Belarus/);
  });

  it('"According to Andriy Yusov, a representative of ..., every week Russia ..."', () => {
    const a = withCueAndSource(/^According to$/, /^Andriy Yusov/);
    expect(a?.content.join(' ')).toContain('every week Russia is seriously working to remind Ukrainians');
  });
});

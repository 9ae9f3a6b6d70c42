import { isCollectiveOutletPhrase, isOutletPhrase } from '../../../../src/extraction/entities';
import { extractArticle } from '../../../../src/extraction/pipeline';
import type { Extraction } from '../../../../src/extraction/types';

function outlets(x: Extraction): string[] {
  return x.actors.filter((a) => a.type === 'OUTLET').map((a) => a.name);
}

function publisher(x: Extraction): string | null {
  return x.actors.find((a) => a.key === x.outletKey)?.name ?? null;
}

describe('which phrases name a news organization', () => {
  it.each(['Yahoo News', 'the Charlotte Observer', 'the Post', 'Interfax news agency', 'the newspaper', 'the top British medical journal', 'the New Yorker'])(
    '"%s" is an outlet',
    (phrase) => expect(isOutletPhrase(phrase)).toBe(true),
  );

  it.each([
    'the agency',
    'its own website',
    'the court noted published reports',
    'Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News)',
    'a threat to public health and safety',
    'Washington Post Trump',
    'On September 27 they',
    "Lukashenko's press service",
    'the Central Intelligence Agency',
    'Clinton',
  ])('"%s" is no outlet', (phrase) => expect(isOutletPhrase(phrase)).toBe(false));

  it('"the Russian media" and "state news media" are collective outlets; "the Kremlin press service" is none', () => {
    expect(isCollectiveOutletPhrase('the Russian media')).toBe(true);
    expect(isCollectiveOutletPhrase('state news media')).toBe(true);
    expect(isCollectiveOutletPhrase('the Kremlin press service')).toBe(false);
  });
});

describe('outlets and the publisher in articles', () => {
  it('"…, according to the Russian media, UNN reports." makes UNN the publisher', () => {
    const x = extractArticle(
      "On Thursday evening, he will meet with President Alexander Lukashenko in Minsk, Putin's press secretary Dmitry Peskov said at a briefing, according to the Russian media, UNN reports.",
    );
    expect(publisher(x)).toBe('UNN');
  });

  it('"The New York Post reports that …" cites another paper: an outlet, not the publisher', () => {
    const x = extractArticle(
      'The New York Post reports that Hillary Clinton’s team avoided taking her to the emergency room following her medical scare on Sunday in order to “keep the details of her medical treatment under wraps.”',
    );
    expect(outlets(x)).toContain('the New York Post');
    expect(x.outletKey).toBeNull();
  });

  it('"…, The Wall Street Journal reports." with no one quoted: the Journal speaks, it does not publish the article', () => {
    const x = extractArticle('Bonuses for bankers were $500 to $2,000 every three months, The Wall Street Journal reports. District managers could get $10,000 to $20,000 a year.');
    expect(outlets(x)).toContain('the Wall Street Journal');
    expect(x.outletKey).toBeNull();
  });

  it('"According to Yahoo News, X said …" gives a chain through an outlet of the pattern "… News", and no publisher', () => {
    const x = extractArticle(
      'According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that if his candidate were to win in November, “she would sign this legislation if it came to her desk.”',
    );
    expect(outlets(x)).toEqual(['Yahoo News']);
    expect(x.outletKey).toBeNull();
  });

  it('"Clinton, at Monday’s debate, cited …" makes Clinton no outlet', () => {
    const x = extractArticle('Trump has been targeting Machado since Clinton, at Monday’s debate, cited derogatory comments Trump had made about Machado after she gained weight.');
    expect(outlets(x)).toEqual([]);
    expect(x.outletKey).toBeNull();
  });

  it('"…, citing a threat to public health and safety." makes the threat no outlet', () => {
    const x = extractArticle(
      'In 1986, the Supreme Court blocked a New Jersey company from abandoning its oil waste processing plants in bankruptcy, citing a threat to public health and safety.',
    );
    expect(outlets(x)).toEqual([]);
    expect(x.outletKey).toBeNull();
  });

  it('"On September 27 they published … by announcing that …" makes "they" no outlet', () => {
    const x = extractArticle(
      'Politifact then ruled that Trump’s statement was “true.” On September 27 they published the results of their check by announcing that Trump’s statement was “true.”',
    );
    expect(outlets(x).filter((name) => /they/i.test(name))).toEqual([]);
    expect(x.outletKey).toBeNull();
  });
});

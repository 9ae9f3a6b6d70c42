import porter2 from 'wink-porter2-stemmer';
import { memoize } from '../entities/memoize';

/**
 * Stemming for claim comparison: the Porter2 ("English") stemmer, after a table of irregular
 * forms that no suffix rule can reach. Porter2 makes "email"/"emails", "deny"/"denied",
 * "agree"/"agreed", "use"/"using" and "deployment"/"deployed" one stem, which the hand-written
 * rules used before did not all do; "said"/"says" meet through the table. Memoised: claims repeat
 * their vocabulary, so each distinct word is stemmed once.
 */

/** Irregular forms, mapped to the word whose stem they share. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', built: 'build', met: 'meet', held: 'hold', led: 'lead', sent: 'send',
  went: 'go', gone: 'go', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', began: 'begin',
  begun: 'begin', brought: 'bring', bought: 'buy', thought: 'think', sought: 'seek', fought: 'fight', left: 'leave',
  won: 'win', lost: 'lose', paid: 'pay', spent: 'spend', kept: 'keep', knew: 'know', known: 'know', saw: 'see',
  seen: 'see', wrote: 'write', written: 'write', ran: 'run', became: 'become', came: 'come', felt: 'feel',
  found: 'find', heard: 'hear', meant: 'mean', stood: 'stand', understood: 'understand', chose: 'choose',
  chosen: 'choose', spoke: 'speak', spoken: 'speak', broke: 'break', broken: 'break', fell: 'fall', fallen: 'fall',
  rose: 'rise', risen: 'rise', hid: 'hide', hidden: 'hide', lied: 'lie', lying: 'lie', lies: 'lie',
  analyses: 'analysis', crises: 'crisis', men: 'man', women: 'woman', children: 'child', people: 'people',
};

/** The stem of one lowercase word; words with a digit are left as they are ("23-24", "2016"). */
export const stemWord: (word: string) => string = memoize(stemUncached);

function stemUncached(word: string): string {
  if (hasDigit(word)) return word;
  return porter2(IRREGULAR[word] ?? word);
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

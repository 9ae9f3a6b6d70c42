/**
 * Words that often mark an attribution (PolNeAR "cues"): reporting verbs, verbs of belief and
 * intention, and a few nouns and prepositional phrases. The taggers learn word identity from
 * training data; this list adds one shared feature so that a cue verb seen rarely or never in
 * training ("lamented") still looks like its frequent kin ("said").
 */

const REPORTING_VERBS = [
  'say', 'tell', 'add', 'write', 'ask', 'note', 'report', 'announce', 'suggest', 'tweet', 'describe',
  'argue', 'think', 'call', 'continue', 'decline', 'explain', 'believe', 'accuse', 'acknowledge',
  'endorse', 'criticize', 'declare', 'refer', 'urge', 'cite', 'recall', 'support', 'conclude',
  'defend', 'claim', 'respond', 'praise', 'agree', 'propose', 'state', 'know', 'refuse', 'warn',
  'promise', 'insist', 'reply', 'oppose', 'reveal', 'seek', 'predict', 'offer', 'question', 'pledge',
  'vow', 'hope', 'want', 'plan', 'expect', 'show', 'find', 'admit', 'allege', 'assert', 'complain',
  'confirm', 'contend', 'deny', 'disclose', 'emphasize', 'estimate', 'indicate', 'inform', 'maintain',
  'mention', 'observe', 'point', 'recommend', 'remark', 'reiterate', 'stress', 'testify', 'demand',
  'condemn', 'blast', 'attack', 'slam', 'mock', 'dismiss', 'reject', 'challenge', 'dispute', 'fear',
  'worry', 'feel', 'doubt', 'wonder', 'guess', 'assume', 'imagine', 'suspect', 'consider', 'recognize',
  'understand', 'realize', 'learn', 'hear', 'read', 'see', 'seem', 'appear', 'intend', 'threaten',
  'boast', 'brag', 'joke', 'quip', 'shout', 'chant', 'yell', 'scream', 'whisper', 'lament', 'concede',
  'caution', 'advise', 'counter', 'retort', 'rebut', 'explain', 'clarify', 'specify', 'signal',
  'hint', 'imply', 'announce', 'proclaim', 'predict', 'forecast', 'project', 'conclude', 'determine',
  'decide', 'discuss', 'address', 'debate', 'acknowledge', 'applaud', 'welcome', 'thank', 'blame',
  'charge', 'sue', 'accuse', 'label', 'dub', 'brand', 'characterize', 'portray', 'paint', 'frame',
  'describe', 'post', 'publish', 'release', 'air', 'broadcast', 'sing', 'pray', 'question', 'query',
  'interview', 'poll', 'survey', 'vote', 'back', 'favor', 'prefer', 'like', 'love', 'hate', 'oppose',
  'object', 'protest', 'campaign', 'lobby', 'push', 'press', 'demand', 'require', 'order', 'direct',
  'instruct', 'encourage', 'invite', 'request', 'beg', 'plead', 'appeal', 'implore', 'remind',
  'assure', 'reassure', 'convince', 'persuade', 'acknowledge', 'echo', 'repeat', 'quote', 'paraphrase',
];

/** Irregular forms the suffix rules below would miss. */
const IRREGULAR_FORMS = [
  'said', 'told', 'wrote', 'written', 'thought', 'felt', 'knew', 'known', 'saw', 'seen', 'found',
  'heard', 'understood', 'sought', 'spoke', 'spoken', 'taught', 'read', 'meant', 'held', 'made',
  'insisted', 'sang', 'sung', 'bought', 'let', 'put',
];

/** Nouns and multi-word cues' head words ("according to", "in a statement", "a spokesman"). */
const CUE_NOUNS = [
  'according', 'statement', 'interview', 'remarks', 'comments', 'speech', 'testimony', 'tweet',
  'letter', 'report', 'memo', 'op-ed', 'column', 'post', 'poll', 'survey', 'study', 'analysis',
  'claim', 'claims', 'allegation', 'allegations', 'view', 'views', 'belief', 'argument', 'promise',
  'pledge', 'warning', 'plan', 'proposal', 'call', 'calls', 'demand', 'criticism', 'praise',
  'endorsement', 'opinion', 'position', 'stance', 'message', 'announcement', 'assertion', 'insistence',
  'suggestion', 'question', 'questions', 'answer', 'response', 'reply', 'accusation', 'accusations',
  'charge', 'charges', 'denial', 'admission', 'concern', 'concerns', 'fear', 'fears', 'hope', 'hopes',
];

/** Inflects a regular verb: base, -s, -ed, -ing ("note" → notes, noted, noting). */
function inflect(base: string): string[] {
  const forms = [base];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ied`);
  else forms.push(`${stem}ed`);
  forms.push(`${stem}ing`);
  return forms;
}

const CUE_WORDS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS.flatMap(inflect),
  ...IRREGULAR_FORMS,
  ...CUE_NOUNS,
]);

/** True when a lower-cased word is a known attribution cue word. */
export function isCueWord(lower: string): boolean {
  return CUE_WORDS.has(lower);
}

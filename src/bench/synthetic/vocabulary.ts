/**
 * Words the synthetic graph is made of: names, outlet mastheads, claim words and topics. Made up
 * and combined by index, so that every generated name and claim text is distinct and readable.
 */
export const GIVEN_NAMES = [
  'Anna', 'Boris', 'Carla', 'Dmytro', 'Elena', 'Frank', 'Grace', 'Hassan', 'Irina', 'James', 'Karen', 'Leon',
  'Maria', 'Nikolai', 'Olga', 'Pedro', 'Quinn', 'Rosa', 'Samuel', 'Tetiana', 'Umar', 'Vera', 'Walter', 'Yulia',
];

export const SURNAMES = [
  'Abbott', 'Barrett', 'Castillo', 'Dorsey', 'Ellison', 'Fischer', 'Garner', 'Holloway', 'Ivanenko', 'Jensen',
  'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrenko', 'Quintero', 'Romanov', 'Sandoval', 'Tkachenko',
  'Underwood', 'Valdez', 'Whitaker', 'Yamamoto', 'Zielinski', 'Brennan', 'Carver', 'Delgado', 'Esposito', 'Fontaine',
];

export const MASTHEAD_PLACES = [
  'Northern', 'Capital', 'Coastal', 'Valley', 'Metro', 'Prairie', 'Harbor', 'Summit', 'River', 'Lakeside',
  'Eastern', 'Western', 'Central', 'Southern', 'Highland', 'Bay', 'Union', 'Liberty', 'Pioneer', 'Frontier',
];

export const MASTHEAD_NOUNS = ['Times', 'Herald', 'Gazette', 'Post', 'Tribune', 'Observer', 'Courier', 'Chronicle', 'Daily News', 'Press'];

export const ORGANIZATION_NOUNS = ['Ministry of Energy', 'Border Service', 'Chamber of Commerce', 'Health Agency', 'Election Commission', 'Defense Council'];

export const CLAIM_SUBJECTS = [
  'the new border policy', 'the energy deal', 'the health reform', 'the trade agreement', 'the election result',
  'the budget plan', 'the pipeline project', 'the peace talks', 'the tax cut', 'the vaccine program',
  'the military exercise', 'the grain corridor', 'the pension reform', 'the sanctions package', 'the water treaty',
];

export const CLAIM_PREDICATES = [
  'will raise prices for families', 'was negotiated in secret', 'has already failed', 'threatens national security',
  'will create thousands of jobs', 'was approved without a vote', 'is supported by most voters', 'violates the constitution',
  'will be delayed until next year', 'cost more than was announced', 'benefits foreign companies', 'was never implemented',
];

export const CLAIM_QUALIFIERS = [
  'in the northern regions', 'according to internal documents', 'before the winter', 'despite the protests',
  'in every major city', 'since last spring', 'under the current government', 'for the third time',
];

export const TOPICS = [
  'energy', 'borders', 'health', 'trade', 'elections', 'budget', 'security', 'agriculture', 'pensions', 'sanctions',
  'water', 'transport', 'education', 'housing', 'climate', 'media', 'corruption', 'migration', 'defense', 'diplomacy',
];

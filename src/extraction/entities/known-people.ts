/**
 * People the news names by surname or first name alone, often without ever writing the full
 * name: the reference article has "Russian dictator Vladimir" and "Putin" but never "Vladimir
 * Putin". Within one article, a lone "Putin" becomes Vladimir Putin through this table, and a
 * lone "Vladimir" then joins him by given name. Spellings are canonical English; variants are
 * matched by transliteration rules, so "Volodymyr Zelenskyy" finds "Volodymyr Zelensky".
 */
export const KNOWN_PEOPLE: readonly string[] = [
  'Vladimir Putin', 'Alexander Lukashenko', 'Volodymyr Zelensky', 'Dmitry Peskov', 'Sergey Lavrov',
  'Maria Zakharova', 'Dmitry Medvedev', 'Sergei Shoigu', 'Andrei Belousov', 'Valery Gerasimov',
  'Yevgeny Prigozhin', 'Ramzan Kadyrov', 'Kyrylo Budanov', 'Andriy Yermak', 'Dmytro Kuleba', 'Andrii Sybiha',
  'Oleksandr Syrskyi', 'Valerii Zaluzhnyi', 'Rustem Umerov', 'Denys Shmyhal', 'Mykhailo Podolyak',
  'Sviatlana Tsikhanouskaya', 'Joe Biden', 'Donald Trump', 'Kamala Harris', 'Antony Blinken',
  'Emmanuel Macron', 'Olaf Scholz', 'Xi Jinping', 'Recep Tayyip Erdogan', 'Jens Stoltenberg', 'Mark Rutte',
  'Ursula von der Leyen', 'Viktor Orban', 'Andrzej Duda', 'Donald Tusk',
  // US politics (PolNeAR's 2016 campaign news): "Trump", "Obama", "Pence" alone name these.
  // Of two bearers of one surname the first listed is the one a lone surname means when the
  // article names neither (see `defaultBearer`): "Clinton" in 2016 news is Hillary Clinton.
  'Barack Obama', 'Hillary Clinton', 'Bill Clinton', 'Mike Pence', 'Tim Kaine', 'Bernie Sanders', 'Ted Cruz',
  'Marco Rubio', 'Chris Christie', 'Paul Ryan', 'Mitch McConnell', 'Gary Johnson', 'Jill Stein', 'Jeb Bush',
  'Elizabeth Warren', 'Rudy Giuliani', 'Kellyanne Conway', 'Newt Gingrich', 'John Kasich', 'Reince Priebus',
  'Ben Carson', 'Carly Fiorina',
  // The moderators of the 2016 debates, named by surname alone in transcripts ("WALLACE:").
  'Lester Holt', 'Chris Wallace', 'Martha Raddatz', 'Elaine Quijano',
];

/**
 * What the news of the domain calls these people without naming them, for nominals such as
 * "the Republican nominee" or "the Democratic candidate" when the article never writes the
 * description next to the name. Only people the article names are ever considered.
 */
export const KNOWN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Donald Trump': 'republican gop presidential nominee candidate businessman mogul tycoon billionaire',
  'Hillary Clinton': 'democratic presidential nominee candidate former secretary of state',
  'Mike Pence': 'republican gop vice presidential nominee candidate governor gov. indiana',
  'Tim Kaine': 'democratic vice presidential nominee candidate senator sen. virginia',
  'Bernie Sanders': 'vermont senator sen. independent democratic socialist',
  'Ben Carson': 'retired neurosurgeon surgeon doctor republican candidate',
  'Carly Fiorina': 'former hewlett-packard executive republican candidate',
  'Ted Cruz': 'texas senator sen. republican',
  'Elizabeth Warren': 'massachusetts senator sen. democratic',
  'Marco Rubio': 'florida senator sen. republican',
  'Chris Christie': 'new jersey governor gov. republican',
  'Barack Obama': 'president democratic',
  'Joe Biden': 'vice president democratic',
  'Lester Holt': 'moderator anchor', 'Chris Wallace': 'moderator anchor host', 'Martha Raddatz': 'moderator anchor',
  'Elaine Quijano': 'moderator anchor',
};

/**
 * The formal given names the news also writes for people listed by a short one: "Joseph R.
 * Biden Jr." and "Michael R. Pence" are Joe Biden and Mike Pence, not two more people.
 */
export const FORMAL_GIVEN_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Joe Biden': ['Joseph'], 'Mike Pence': ['Michael'], 'Bill Clinton': ['William'], 'Bernie Sanders': ['Bernard'],
  'Tim Kaine': ['Timothy'], 'Chris Christie': ['Christopher'], 'Ted Cruz': ['Rafael', 'Edward'], 'Jeb Bush': ['John'],
  'Rudy Giuliani': ['Rudolph'], 'Newt Gingrich': ['Newton'], 'Mitch McConnell': ['Addison'],
};

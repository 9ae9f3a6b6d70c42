/**
 * The news organizations we recognise by name, reviewed by hand. Each entry has its canonical
 * name, the forms articles and metadata use for it, and optionally:
 * - `shortForms`: forms that are ambiguous on their own ("the Times", "the Post") and name this
 *   outlet only after one of its full forms appeared in the same article;
 * - `slugs`: publisher identifiers of corpora's metadata (PolNeAR's `metadata.tsv`).
 *
 * Forms are matched case-insensitively, with a leading "the" optional unless the form itself
 * starts with "The" ("The Hill" — "Hill" alone is a surname). Words that are also common nouns
 * or surnames ("Fox", "Time", "Sun") appear only in a longer form ("Fox News", "Time magazine").
 */
export interface NewsOrganization {
  readonly name: string;
  readonly forms: readonly string[];
  readonly shortForms?: readonly string[];
  readonly slugs?: readonly string[];
}

export const NEWS_ORGANIZATIONS: readonly NewsOrganization[] = [
  // Wires and agencies.
  { name: 'Associated Press', forms: ['Associated Press', 'AP'] },
  { name: 'Reuters', forms: ['Reuters', 'Thomson Reuters'] },
  { name: 'Agence France-Presse', forms: ['Agence France-Presse', 'Agence France Presse', 'AFP'] },
  { name: 'United Press International', forms: ['United Press International', 'UPI'] },
  { name: 'Bloomberg', forms: ['Bloomberg', 'Bloomberg News'] },
  { name: 'Deutsche Presse-Agentur', forms: ['Deutsche Presse-Agentur', 'dpa'] },
  { name: 'Xinhua', forms: ['Xinhua', 'Xinhua News Agency'] },
  { name: 'Interfax', forms: ['Interfax'] },
  { name: 'Interfax-Ukraine', forms: ['Interfax-Ukraine', 'Interfax Ukraine'] },
  { name: 'TASS', forms: ['TASS', 'ITAR-TASS'] },
  { name: 'RIA Novosti', forms: ['RIA Novosti', 'RIA'] },
  { name: 'Ukrinform', forms: ['Ukrinform'] },
  { name: 'UNN', forms: ['UNN', 'Ukrainian National News'] },
  { name: 'UNIAN', forms: ['UNIAN'] },
  { name: 'BelTA', forms: ['BelTA', 'Belarusian Telegraph Agency'] },

  // United States: papers, magazines, sites.
  { name: 'The New York Times', forms: ['New York Times', 'NYT', 'NY Times', 'NYTimes'], shortForms: ['the Times'], slugs: ['nyt'] },
  { name: 'The Washington Post', forms: ['Washington Post', 'WaPo'], shortForms: ['the Post'], slugs: ['wash-post'] },
  { name: 'The Wall Street Journal', forms: ['Wall Street Journal', 'WSJ'], shortForms: ['the Journal'] },
  { name: 'USA Today', forms: ['USA Today'], slugs: ['usa-today'] },
  { name: 'Los Angeles Times', forms: ['Los Angeles Times', 'LA Times', 'L.A. Times'], shortForms: ['the Times'] },
  { name: 'The Washington Times', forms: ['Washington Times'], shortForms: ['the Times'] },
  { name: 'New York Post', forms: ['New York Post', 'NY Post'], shortForms: ['the Post'] },
  { name: 'New York Daily News', forms: ['New York Daily News', 'NY Daily News'], shortForms: ['the Daily News'] },
  { name: 'Chicago Tribune', forms: ['Chicago Tribune'], shortForms: ['the Tribune'] },
  { name: 'The Boston Globe', forms: ['Boston Globe'], shortForms: ['the Globe'] },
  { name: 'Miami Herald', forms: ['Miami Herald'], shortForms: ['the Herald'] },
  { name: 'The Des Moines Register', forms: ['Des Moines Register'], shortForms: ['the Register'] },
  { name: 'Washington Examiner', forms: ['Washington Examiner'] },
  { name: 'Politico', forms: ['Politico'], slugs: ['politico'] },
  { name: 'Breitbart News', forms: ['Breitbart News', 'Breitbart', 'Breitbart.com', 'Breitbart News Network'], slugs: ['breitbart'] },
  { name: 'HuffPost', forms: ['HuffPost', 'Huffington Post', 'HuffPo', 'HuffPost Politics'], slugs: ['huff-post'] },
  { name: 'The Western Journal', forms: ['Western Journal', 'Western Journalism'], slugs: ['west-journal'] },
  { name: 'The Hill', forms: ['The Hill'] },
  { name: 'Axios', forms: ['Axios'] },
  { name: 'The Atlantic', forms: ['The Atlantic'] },
  { name: 'The New Yorker', forms: ['New Yorker'] },
  { name: 'Time', forms: ['Time magazine'] },
  { name: 'Newsweek', forms: ['Newsweek'] },
  { name: 'National Review', forms: ['National Review'] },
  { name: 'The Daily Caller', forms: ['Daily Caller'] },
  { name: 'The Daily Beast', forms: ['Daily Beast'] },
  { name: 'Drudge Report', forms: ['Drudge Report'] },
  { name: 'TheBlaze', forms: ['TheBlaze', 'The Blaze'] },
  { name: 'BuzzFeed News', forms: ['BuzzFeed News', 'BuzzFeed'] },
  { name: 'Vox', forms: ['Vox', 'Vox.com'] },
  { name: 'Slate', forms: ['Slate magazine', 'Slate.com'] },
  { name: 'Salon', forms: ['Salon.com'] },
  { name: 'Mother Jones', forms: ['Mother Jones'] },
  { name: 'RealClearPolitics', forms: ['RealClearPolitics', 'Real Clear Politics'] },
  { name: 'PolitiFact', forms: ['PolitiFact'] },
  { name: 'FiveThirtyEight', forms: ['FiveThirtyEight'] },

  // United States: networks.
  { name: 'Fox News', forms: ['Fox News', 'Fox News Channel', 'FNC'] },
  { name: 'Fox Business', forms: ['Fox Business', 'Fox Business Network'] },
  { name: 'CNN', forms: ['CNN'] },
  { name: 'MSNBC', forms: ['MSNBC'] },
  { name: 'CNBC', forms: ['CNBC'] },
  { name: 'NBC News', forms: ['NBC News', 'NBC'] },
  { name: 'ABC News', forms: ['ABC News', 'ABC'] },
  { name: 'CBS News', forms: ['CBS News', 'CBS'] },
  { name: 'NPR', forms: ['NPR', 'National Public Radio'] },
  { name: 'PBS', forms: ['PBS', 'PBS NewsHour'] },
  { name: 'C-SPAN', forms: ['C-SPAN'] },
  { name: 'Univision', forms: ['Univision'] },
  { name: 'Telemundo', forms: ['Telemundo'] },

  // United Kingdom and Europe.
  { name: 'BBC', forms: ['BBC', 'BBC News', 'British Broadcasting Corporation'] },
  { name: 'The Guardian', forms: ['Guardian'] },
  { name: 'The Daily Telegraph', forms: ['Daily Telegraph', 'Telegraph'] },
  { name: 'Financial Times', forms: ['Financial Times', 'FT'] },
  { name: 'The Economist', forms: ['Economist'] },
  { name: 'The Independent', forms: ['The Independent'] },
  { name: 'Daily Mail', forms: ['Daily Mail', 'Mail Online', 'MailOnline'] },
  { name: 'Sky News', forms: ['Sky News'] },
  { name: 'Euronews', forms: ['Euronews'] },
  { name: 'Deutsche Welle', forms: ['Deutsche Welle', 'DW'] },
  { name: 'Der Spiegel', forms: ['Der Spiegel', 'Spiegel'] },
  { name: 'Bild', forms: ['Bild'] },
  { name: 'Le Monde', forms: ['Le Monde'] },
  { name: 'Al Jazeera', forms: ['Al Jazeera'] },
  { name: 'Radio Liberty', forms: ['Radio Liberty', 'Radio Svoboda', 'RFE/RL', 'Radio Free Europe/Radio Liberty', 'Radio Free Europe'] },

  // Ukraine.
  { name: 'Ukrainska Pravda', forms: ['Ukrainska Pravda', 'Ukrayinska Pravda'] },
  { name: 'The Kyiv Independent', forms: ['Kyiv Independent'] },
  { name: 'Kyiv Post', forms: ['Kyiv Post'] },
  { name: 'Suspilne', forms: ['Suspilne'] },
  { name: 'Hromadske', forms: ['Hromadske'] },
  { name: 'LIGA.net', forms: ['LIGA.net', 'Liga.net'] },
  { name: 'NV', forms: ['NV', 'Novoye Vremya', 'New Voice of Ukraine'] },
  { name: 'Babel', forms: ['Babel.ua'] },
  { name: 'RBC-Ukraine', forms: ['RBC-Ukraine', 'RBC Ukraine'] },
  { name: 'Censor.net', forms: ['Censor.net'] },
  { name: 'Dzerkalo Tyzhnia', forms: ['Dzerkalo Tyzhnia', 'ZN.ua'] },
  { name: 'Espreso TV', forms: ['Espreso TV', 'Espreso'] },

  // Russia and Belarus.
  { name: 'RT', forms: ['RT', 'Russia Today'] },
  { name: 'Sputnik', forms: ['Sputnik'] },
  { name: 'RBC', forms: ['RBC', 'RosBusinessConsulting'] },
  { name: 'Kommersant', forms: ['Kommersant'] },
  { name: 'Izvestia', forms: ['Izvestia'] },
  { name: 'Vedomosti', forms: ['Vedomosti'] },
  { name: 'Meduza', forms: ['Meduza'] },
  { name: 'Novaya Gazeta', forms: ['Novaya Gazeta'] },
  { name: 'Rossiyskaya Gazeta', forms: ['Rossiyskaya Gazeta'] },
  { name: 'Komsomolskaya Pravda', forms: ['Komsomolskaya Pravda'] },
  { name: 'Channel One', forms: ['Channel One', 'Pervy Kanal'] },
  { name: 'NTV', forms: ['NTV'] },
  { name: 'Lenta.ru', forms: ['Lenta.ru'] },
  { name: 'Gazeta.ru', forms: ['Gazeta.ru'] },
  { name: 'Mediazona', forms: ['Mediazona'] },
  { name: 'TV Rain', forms: ['TV Rain', 'Dozhd'] },
  { name: 'Nasha Niva', forms: ['Nasha Niva'] },
  { name: 'Zerkalo', forms: ['Zerkalo', 'Zerkalo.io'] },
  { name: 'Belsat', forms: ['Belsat'] },
];

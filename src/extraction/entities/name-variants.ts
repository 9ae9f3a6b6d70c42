/**
 * Transliteration variants of given names, one group per name. The same person is written
 * "Oleksandr" (Ukrainian romanisation), "Aleksandr" (Russian) and "Alexander" (English) in the
 * same week, sometimes in the same article (the reference article: "President Alexander
 * Lukashenko" … "at the invitation of Oleksandr Lukashenko"). Rules in `transliteration.ts`
 * catch spelling noise (Serhii/Serhiy, Yurii/Yuriy); this table catches what no rule can
 * (Volodymyr/Vladimir, Mykola/Nikolai). The first spelling of each group is its id.
 */
export const GIVEN_NAME_VARIANTS: readonly (readonly string[])[] = [
  ['Alexander', 'Oleksandr', 'Aleksandr', 'Alexandr', 'Olexandr', 'Aliaksandr', 'Alyaksandr', 'Aleksander'],
  ['Andriy', 'Andrii', 'Andrei', 'Andrey', 'Andrij', 'Andriy'],
  ['Dmitry', 'Dmytro', 'Dmitri', 'Dmitriy', 'Dmitrii', 'Dmytriy'],
  ['Vladimir', 'Volodymyr', 'Wladimir', 'Volodimir', 'Uladzimir'],
  ['Sergey', 'Serhiy', 'Sergei', 'Serhii', 'Sergiy', 'Serguei', 'Sergii', 'Serhij'],
  ['Yuriy', 'Yuri', 'Yury', 'Yurii', 'Iurii', 'Jurij', 'Yurij'],
  ['Mykola', 'Nikolai', 'Nikolay', 'Mikola', 'Nicolai', 'Nikolaj'],
  ['Mikhail', 'Mykhailo', 'Mikhailo', 'Michail', 'Mykhaylo', 'Mikhaylo'],
  ['Alexei', 'Alexey', 'Aleksei', 'Aleksey', 'Oleksiy', 'Oleksii', 'Olexiy', 'Alexej'],
  ['Yevgeny', 'Evgeny', 'Yevhen', 'Evgeniy', 'Yevgeniy', 'Evgenii', 'Ievgen', 'Yevgen'],
  ['Kirill', 'Kyrylo', 'Kirilo', 'Kyryl'],
  ['Pavel', 'Pavlo'],
  ['Pyotr', 'Petr', 'Petro', 'Piotr'],
  ['Viktor', 'Victor'],
  ['Vitaly', 'Vitaliy', 'Vitalii', 'Vitali'],
  ['Valery', 'Valeriy', 'Valerii', 'Valeri'],
  ['Anatoly', 'Anatoliy', 'Anatolii'],
  ['Georgy', 'Heorhiy', 'Georgiy', 'Heorhii', 'Georgii'],
  ['Grigory', 'Hryhoriy', 'Grigoriy', 'Hryhorii'],
  ['Oleg', 'Oleh'],
  ['Igor', 'Ihor'],
  ['Denis', 'Denys'],
  ['Maxim', 'Maksym', 'Maksim'],
  ['Vasily', 'Vasyl', 'Vasiliy', 'Vasili', 'Vasil'],
  ['Fyodor', 'Fedor', 'Fedir'],
  ['Konstantin', 'Kostiantyn', 'Kostyantyn'],
  ['Boris', 'Borys'],
  ['Vadim', 'Vadym'],
  ['Arseniy', 'Arsenii', 'Arseny'],
  ['Rostislav', 'Rostyslav'],
  ['Yaroslav', 'Iaroslav'],
  ['Vyacheslav', 'Viacheslav'],
  ['Gennady', 'Hennadiy', 'Gennadiy', 'Hennadii'],
  ['Ilya', 'Illia', 'Ilia'],
  ['Bohdan', 'Bogdan'],
  ['Yulia', 'Yuliya', 'Iuliia', 'Julia'],
  ['Olga', 'Olha'],
  ['Natalia', 'Nataliya', 'Natalya'],
  ['Maria', 'Mariya', 'Mariia'],
  ['Irina', 'Iryna'],
  ['Tatiana', 'Tetiana', 'Tatyana'],
  ['Yelena', 'Elena', 'Olena'],
  ['Anastasia', 'Anastasiya', 'Anastasiia'],
  ['Yekaterina', 'Ekaterina', 'Kateryna', 'Katerina'],
  ['Svetlana', 'Svitlana'],
  ['Lyudmila', 'Liudmyla', 'Ludmila'],
  ['Galina', 'Halyna'],
];

/**
 * English short forms of given names, each with the one formal name it stands for: "Ed Rendell"
 * in one paper is "Edward G. Rendell" in the next, "Ben Rhodes" is "Benjamin J. Rhodes". Only
 * short forms of a single formal name are here: "Chris" (Christopher, Christine), "Sam", "Alex",
 * "Pat" and "Ted" (Edward, Theodore) could be two people of one surname, and stay apart. Stephen
 * is here as another spelling of Steven, whose short form Steve is both's.
 */
export const ENGLISH_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  Edward: ['Ed', 'Eddie'], William: ['Bill', 'Billy'], Robert: ['Bob', 'Bobby', 'Rob', 'Robbie'], James: ['Jim', 'Jimmy'],
  Michael: ['Mike'], Joseph: ['Joe', 'Joey'], Thomas: ['Tom', 'Tommy'], Richard: ['Dick', 'Rick', 'Ricky'], David: ['Dave'],
  Daniel: ['Dan', 'Danny'], Anthony: ['Tony'], Steven: ['Steve', 'Stephen'], Matthew: ['Matt'], Nicholas: ['Nick'],
  Andrew: ['Andy'], Gregory: ['Greg'], Jeffrey: ['Jeff'], Lawrence: ['Larry'], Ronald: ['Ron', 'Ronnie'], Donald: ['Don'],
  Timothy: ['Tim'], Frederick: ['Fred'], Bernard: ['Bernie'], Mitchell: ['Mitch'], Charles: ['Chuck', 'Charlie'],
  Henry: ['Hank'], Elizabeth: ['Liz', 'Beth'], Benjamin: ['Ben'], Peter: ['Pete'], Kenneth: ['Ken'], Douglas: ['Doug'],
  Geoffrey: ['Geoff'], Jonathan: ['Jon'], Gerald: ['Gerry'], Raymond: ['Ray'], Walter: ['Walt'], Kathleen: ['Kathy'],
  Katherine: ['Kate'], Margaret: ['Peggy'], Deborah: ['Debbie'], Susan: ['Sue'], Patricia: ['Patty'],
};

/**
 * Given names that are not transliteration variants of anything but still tell a person name
 * apart from an organisation ("Kamala Harris said" vs "Kremlin sources said"). Gender is kept
 * because "she said" resolves to the nearest female speaker.
 */
export const MALE_GIVEN_NAMES: readonly string[] = [
  'Ivan', 'Anton', 'Roman', 'Ruslan', 'Taras', 'Stepan', 'Leonid', 'Stanislav', 'Timur', 'Kyrylo', 'Artem',
  'Joe', 'John', 'Donald', 'Barack', 'Emmanuel', 'Olaf', 'Rishi', 'Keir', 'Antony', 'Anthony', 'Jake', 'Lloyd',
  'Mike', 'Michael', 'James', 'David', 'Robert', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Mark',
  'Paul', 'Steven', 'George', 'Kevin', 'Jens', 'Josep', 'Recep', 'Xi', 'Benjamin', 'Jan', 'Peter', 'Karl',
  'Friedrich', 'Viktor', 'Ramzan', 'Yevgeny', 'Oleksiy', 'Kyrylo', 'Valerii', 'Rustem', 'Denys', 'Andrzej',
  'Ben', 'Tom', 'Jim', 'Bill', 'Ted', 'Chris', 'Matt', 'Marco', 'Bernie', 'Mitch', 'Lindsey', 'Chuck', 'Tim', 'Pat',
];

export const FEMALE_GIVEN_NAMES: readonly string[] = [
  'Anna', 'Mary', 'Elizabeth', 'Kamala', 'Hillary', 'Nancy', 'Angela', 'Ursula', 'Theresa', 'Sarah', 'Jennifer',
  'Jane', 'Emily', 'Kate', 'Oksana', 'Iryna', 'Kaja', 'Annalena', 'Giorgia', 'Liz', 'Maia', 'Sviatlana',
  'Hanna', 'Lesia', 'Ivanna', 'Alina', 'Daria', 'Victoria', 'Viktoriia', 'Marina', 'Margarita',
  'Ella', 'Linda', 'Susan', 'Karen', 'Nikki', 'Michelle', 'Melania', 'Ivanka', 'Marjorie', 'Alexandria',
];

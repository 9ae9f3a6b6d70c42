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
];

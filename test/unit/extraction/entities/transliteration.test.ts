import { foldTransliteration, givenNameGender, givenNameKey, knownPersonName } from '../../../../src/extraction/entities';

describe('transliteration', () => {
  it.each([
    ['Alexander', 'Oleksandr', 'Aleksandr'],
    ['Andriy', 'Andrii', 'Andrei', 'Andrey'],
    ['Dmitry', 'Dmytro', 'Dmitri'],
    ['Volodymyr', 'Vladimir'],
    ['Sergey', 'Serhiy', 'Sergei'],
    ['Yuriy', 'Yuri', 'Yury'],
    ['Mykola', 'Nikolai'],
  ])('one key for every spelling of a given name: %s', (...spellings) => {
    expect(new Set(spellings.map(givenNameKey)).size).toBe(1);
  });

  it('different given names keep different keys', () => {
    expect(givenNameKey('Andriy')).not.toBe(givenNameKey('Kirill'));
  });

  it('folds romanisation noise in surnames', () => {
    expect(foldTransliteration('Zelenskyy')).toBe(foldTransliteration('Zelenskiy'));
    expect(foldTransliteration('Zelensky')).toBe(foldTransliteration('Zelenskyi'));
    expect(foldTransliteration('Kharkiv')).toBe(foldTransliteration('Harkiv'));
  });

  it('knows the gender a given name suggests', () => {
    expect(givenNameGender('Iryna')).toBe('female');
    expect(givenNameGender('Olha')).toBe('female');
    expect(givenNameGender('Mykola')).toBe('male');
    expect(givenNameGender('Dmytro')).toBe('male');
    expect(givenNameGender('Zorg')).toBe('unknown');
  });

  it('expands a lone well-known surname, never a lone given name', () => {
    expect(knownPersonName('Putin')).toBe('Vladimir Putin');
    expect(knownPersonName('Oleksandr Lukashenko')).toBe('Alexander Lukashenko');
    expect(knownPersonName('Vladimir')).toBeNull();
    expect(knownPersonName('Kirill Peskov')).toBeNull();
  });
});

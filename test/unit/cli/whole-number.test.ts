import { InvalidArgumentError } from 'commander';
import { wholeNumber } from '../../../src/cli/whole-number';

describe('wholeNumber option parser', () => {
  it('accepts a whole number within its bounds', () => {
    expect(wholeNumber(1, 64)('4')).toBe(4);
    expect(wholeNumber(0)('800')).toBe(800);
  });

  it.each(['0', '65', '2.5', 'four', ''])('refuses %p for 1 to 64, naming the bounds', (value) => {
    expect(() => wholeNumber(1, 64)(value)).toThrow(new InvalidArgumentError('must be a whole number from 1 to 64'));
  });

  it('without an upper bound, names only the lower one', () => {
    expect(() => wholeNumber(1)('0')).toThrow(new InvalidArgumentError('must be a whole number of at least 1'));
  });
});

import { InvalidArgumentError } from 'commander';

/** A commander option parser for a whole number in [min, max]; the error names the bounds. */
export function wholeNumber(min: number, max?: number): (value: string) => number {
  const bounds = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || (max !== undefined && n > max)) throw new InvalidArgumentError(`must be a whole number ${bounds}`);
    return n;
  };
}

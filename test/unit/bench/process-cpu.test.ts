import { cpuSecondsOf } from '../../../src/bench/process-cpu';

/** CPU seconds of a process from /proc (Linux), which the ingest benchmark reports beside wall time. */
describe('a process\'s CPU seconds', () => {
  it('counts this process\'s work, and its threads\' one by one', () => {
    const before = cpuSecondsOf(process.pid) as number;
    const until = Date.now() + 150;
    let spin = 0;
    while (Date.now() < until) spin += 1;
    expect(spin).toBeGreaterThan(0);
    expect((cpuSecondsOf(process.pid) as number) - before).toBeGreaterThan(0);
    expect(cpuSecondsOf(process.pid, process.pid)).toBeGreaterThan(0);
  });

  it('is null for a process that is not there', () => {
    expect(cpuSecondsOf(2 ** 22 + 1)).toBeNull();
  });
});

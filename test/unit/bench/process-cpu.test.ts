import { spawn } from 'node:child_process';
import { cpuSecondsOf, cpuSecondsOfTree } from '../../../src/bench/process-cpu';

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

  it('charges a process for the work of the processes below it (a server started through a launcher)', async () => {
    // A shell whose child node spins for half a second of CPU, then stays alive to be read.
    const shell = spawn('sh', ['-c', `${process.execPath} -e "const t = Date.now() + 500; while (Date.now() < t); setTimeout(() => {}, 5000)" & wait`], { detached: true });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const own = cpuSecondsOf(shell.pid as number) as number;
      expect((cpuSecondsOfTree(shell.pid as number) as number) - own).toBeGreaterThan(0.2);
    } finally {
      process.kill(-(shell.pid as number)); // the shell's process group: the shell and its child
    }
  });

  it('is null for a tree whose root is not there', () => {
    expect(cpuSecondsOfTree(2 ** 22 + 1)).toBeNull();
  });
});

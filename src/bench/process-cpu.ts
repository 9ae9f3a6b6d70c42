import fs from 'node:fs';

/** Clock ticks a second in /proc's stat files (USER_HZ): 100 on the Linux kernels Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * User + system CPU seconds of a live process, or of one of its threads, from Linux's /proc; null
 * where there is no such file (another OS, a process gone). On a shared machine a run's CPU time
 * moves far less than its wall time, so A/B runs compare by it.
 */
export function cpuSecondsOf(pid: number, thread?: number): number | null {
  const file = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
  try {
    const fields = fs.readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are the 12th and 13th.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

import fs from 'node:fs';

/** Clock ticks a second in /proc's stat files (USER_HZ): 100 on the Linux kernels Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * User + system CPU seconds of a live process, or of one of its threads, from Linux's /proc; null
 * where there is no such file (another OS, a process gone). On a shared machine a run's CPU time
 * moves far less than its wall time, so A/B runs compare by it.
 */
export function cpuSecondsOf(pid: number, thread?: number): number | null {
  const fields = statFields(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`);
  // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are the 12th and 13th.
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND : null;
}

/**
 * `cpuSecondsOf` a process and every live process below it: a server started through a launcher
 * (tsx runs its script in a child node) is charged for the child that does the work.
 */
export function cpuSecondsOfTree(pid: number): number | null {
  const own = cpuSecondsOf(pid);
  if (own === null) return null;
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // ppid is field 4 of stat: the 2nd after "pid (comm) ".
    const parent = Number(statFields(`/proc/${entry}/stat`)?.[1]);
    if (Number.isInteger(parent)) children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = own;
  const below = [...(children.get(pid) ?? [])];
  for (let child = below.pop(); child !== undefined; child = below.pop()) {
    total += cpuSecondsOf(child) ?? 0;
    below.push(...(children.get(child) ?? []));
  }
  return total;
}

/** The fields of a /proc stat file after "pid (comm) ", or null where it cannot be read. */
function statFields(file: string): string[] | null {
  try {
    return fs.readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? null;
  } catch {
    return null;
  }
}

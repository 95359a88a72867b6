import { readFileSync } from 'node:fs';

/**
 * When a process started, as the kernel counts it (field 22 of /proc/PID/stat: clock ticks since boot), or
 * undefined when there is no such process. With the PID it names one process for good: a PID reused by a
 * later process has a different start time.
 */
export function processStartTime(pid: number, proc = '/proc'): string | undefined {
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`${proc}/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces and ")": count from the last ")".
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 3 (state) is fields[0] here, so field 22 is fields[19]. A zombie has ended: only its entry is left.
  if (fields[0] === 'Z') return undefined;
  const start = fields[19];
  return start && /^\d+$/.test(start) ? start : undefined;
}

/** Whether the process that had `pid` and started at `startTime` still runs (not a later one with its PID). */
export function isRunning(pid: number, startTime: string, proc = '/proc'): boolean {
  return processStartTime(pid, proc) === startTime;
}

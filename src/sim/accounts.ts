import type { RunResult } from '../host/host.js';
import type { SimState } from './state.js';

/**
 * `useradd -m -G GROUP NAME`, as shadow-utils does it: a line in /etc/passwd, NAME added to GROUP's members,
 * a group NAME, and a line in /etc/shadow with no password yet.
 */
export function useradd(s: SimState, args: string[]): RunResult {
  const name = args.at(-1) ?? '';
  // Debian 12's useradd refuses these (exit 3) and takes upper case (test/fixtures/SOURCES.md, passwd and useradd).
  if (!name || name.startsWith('-') || name.length > 32 || /[\s:,/\p{Cc}]/u.test(name))
    return {
      exitCode: 3,
      stdout: '',
      stderr: `useradd: invalid user name '${name}': use --badname to ignore\n`,
    };
  const group = args[args.indexOf('-G') + 1] ?? '';
  const passwd = s.files.get('/etc/passwd') ?? '';
  if (passwd.split('\n').some((l) => l.split(':')[0] === name))
    return { exitCode: 9, stdout: '', stderr: `useradd: user '${name}' already exists\n` };
  const groups = (s.files.get('/etc/group') ?? '').split('\n');
  const at = groups.findIndex((l) => l.split(':')[0] === group);
  if (!args.includes('-G') || at < 0)
    return { exitCode: 6, stdout: '', stderr: `useradd: group '${group}' does not exist\n` };
  const uid =
    1000 +
    passwd.split('\n').filter((l) => Number(l.split(':')[2]) >= 1000 && !l.startsWith('nobody')).length;
  s.files.set('/etc/passwd', `${passwd}${name}:x:${uid}:${uid}::/home/${name}:/bin/bash\n`);
  const line = groups[at] as string;
  groups[at] = line.endsWith(':') ? `${line}${name}` : `${line},${name}`;
  // Its own group too (USERGROUPS_ENAB yes on both), before the file's last newline.
  const last = groups.at(-1) === '' ? groups.length - 1 : groups.length;
  groups.splice(last, 0, `${name}:x:${uid}:`);
  s.files.set('/etc/group', groups.join('\n'));
  // No password until passwd gives one: `!` on Debian 12, `!!` on EL (test/fixtures/SOURCES.md, /etc/passwd).
  const noPassword = s.packageTool === 'apt-get' ? '!' : '!!';
  const shadow = s.files.get('/etc/shadow') ?? '';
  s.files.set('/etc/shadow', `${shadow}${name}:${noPassword}:20422:0:99999:7:::\n`);
  return { exitCode: 0, stdout: '', stderr: '' };
}

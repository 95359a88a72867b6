import { readFileSync, realpathSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, delimiter, join, resolve } from 'node:path';
import type { Invocation } from './types.js';

/** A login name as useradd takes it; anything else from the environment is not shown as one. */
const LOGIN = /^[a-z_][a-z0-9_.-]{0,31}\$?$/;

/**
 * How the user starts this wizard again from a new session (the reconnect flow prints it): the same file they
 * ran — `kvm-wizard` when that name on PATH is this very file, else its path (README runs
 * `sudo ./kvm-wizard-0.1.0-linux-x86_64`) — with sudo when they came through sudo, and the name they log in as.
 */
export function invocation(
  env: NodeJS.ProcessEnv = process.env,
  argv: readonly string[] = process.argv,
  execPath: string = process.execPath,
  uid: number = process.getuid?.() ?? -1,
): Invocation {
  const script = argv[1];
  const isScript = Boolean(script && /\.(m?js|cjs)$/.test(script) && /^node/.test(basename(execPath)));
  const file = isScript && script ? resolve(script) : execPath;
  const command = onPath('kvm-wizard', file, env.PATH) ? ['kvm-wizard'] : isScript ? ['node', file] : [file];
  const sudoUser = uid === 0 && env.SUDO_USER && LOGIN.test(env.SUDO_USER) ? env.SUDO_USER : undefined;
  const self = safeUserName();
  return { user: sudoUser ?? (self && LOGIN.test(self) ? self : 'root'), command, sudo: Boolean(sudoUser) };
}

function onPath(name: string, file: string, path: string | undefined): boolean {
  const target = real(file);
  return (path ?? '').split(delimiter).some((dir) => dir.startsWith('/') && real(join(dir, name)) === target);
}

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function safeUserName(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

/**
 * The environment that says where the session comes from. sudo resets the environment (SSH_CONNECTION, TMUX
 * and STY are not in its env_keep), so under sudo they are read from the nearest ancestor that has them: the
 * shell sshd started. /proc/PID/environ is readable by root, and sudo runs the wizard as root.
 */
export function sessionEnv(env: NodeJS.ProcessEnv = process.env, self = 'self'): NodeJS.ProcessEnv {
  if (env.SSH_CONNECTION || !env.SUDO_USER) return env;
  let pid = parentOf(self);
  for (let depth = 0; pid && pid > 1 && depth < 8; depth++, pid = parentOf(String(pid))) {
    const found = environOf(pid);
    if (found.SSH_CONNECTION) {
      const { SSH_CONNECTION, TMUX, STY } = found;
      return { ...env, SSH_CONNECTION, ...(TMUX ? { TMUX } : {}), ...(STY ? { STY } : {}) };
    }
  }
  return env;
}

function parentOf(pid: string): number | undefined {
  try {
    // "PID (COMM) STATE PPID …": COMM may hold spaces and parentheses, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

function environOf(pid: number): Record<string, string> {
  try {
    const text = readFileSync(`/proc/${pid}/environ`, 'utf8').slice(0, 256 * 1024);
    const entries = text.split('\0').flatMap((kv) => {
      const at = kv.indexOf('=');
      return at > 0 ? [[kv.slice(0, at), kv.slice(at + 1)] as const] : [];
    });
    return Object.fromEntries(entries);
  } catch {
    return {};
  }
}

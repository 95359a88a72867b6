import { isIP } from 'node:net';
import type { SshSession } from '../types.js';

/**
 * The SSH connection the wizard runs in, from the environment sshd gives a session: SSH_CONNECTION is
 * "CLIENT-ADDRESS CLIENT-PORT LOCAL-ADDRESS LOCAL-PORT"; TMUX and STY say a tmux or screen session holds it.
 * undefined when not over SSH, or when the variable is not four such fields (anything may be in the
 * environment).
 */
export function parseSshSession(env: NodeJS.ProcessEnv): SshSession | undefined {
  const fields = (env.SSH_CONNECTION ?? '').trim().split(/\s+/);
  if (fields.length !== 4) return undefined;
  const [clientAddress = '', clientPort, localAddress = '', localPort] = fields;
  const port = (p: string | undefined) =>
    p && /^\d{1,5}$/.test(p) && Number(p) <= 65535 ? Number(p) : undefined;
  const cp = port(clientPort);
  const lp = port(localPort);
  if (!isIP(clientAddress) || !isIP(localAddress) || cp === undefined || lp === undefined) return undefined;
  const multiplexer = env.TMUX ? 'tmux' : env.STY ? 'screen' : 'none';
  return { clientAddress, clientPort: cp, localAddress, localPort: lp, multiplexer };
}

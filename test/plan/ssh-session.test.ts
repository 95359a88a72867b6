import { describe, expect, it } from 'vitest';
import { parseSshSession } from '../../src/facts/parse/ssh-connection.js';
import type { SshSession } from '../../src/facts/types.js';
import { planStep } from '../../src/plan/plan.js';
import { freshFacts, profileOf, uplinkOf } from './facts-builder.js';

describe('the SSH session the wizard runs in (SSH_CONNECTION, TMUX, STY)', () => {
  it('reads the four fields, and which multiplexer holds the session', () => {
    expect(parseSshSession({ SSH_CONNECTION: '192.168.1.50 51234 192.168.1.20 22' })).toEqual({
      clientAddress: '192.168.1.50',
      clientPort: 51234,
      localAddress: '192.168.1.20',
      localPort: 22,
      multiplexer: 'none',
    });
    const v6 = parseSshSession({
      SSH_CONNECTION: 'fe80::1 40000 2001:db8::5 2222',
      TMUX: '/tmp/tmux-0/default,1,0',
    });
    expect(v6).toMatchObject({ localAddress: '2001:db8::5', localPort: 2222, multiplexer: 'tmux' });
    expect(
      parseSshSession({ SSH_CONNECTION: '10.0.0.1 1 10.0.0.2 22', STY: '123.pts-0.host' })?.multiplexer,
    ).toBe('screen');
  });

  it('is nothing for anything else in the variable (unset, short, hostile)', () => {
    for (const value of [
      undefined,
      '',
      '10.0.0.1 1 10.0.0.2',
      '10.0.0.1 1 10.0.0.2 22 extra',
      '10.0.0.1 1 \u001b[31mevil 22',
      '10.0.0.1 99999 10.0.0.2 22',
      'host.example 1 10.0.0.2 22',
      `10.0.0.1 1 ${'9'.repeat(5000)} 22`,
    ])
      expect(parseSshSession({ SSH_CONNECTION: value }), String(value)).toBeUndefined();
  });
});

describe('the host step over SSH', () => {
  const ssh = (localAddress: string, multiplexer: SshSession['multiplexer'] = 'none'): SshSession => ({
    clientAddress: '192.168.1.50',
    clientPort: 50000,
    localAddress,
    localPort: 22,
    multiplexer,
  });
  const notes = (s: SshSession | undefined, uplink = uplinkOf('el9')) => {
    const facts = freshFacts('el9', { uplink, ...(s ? { ssh: s } : {}) });
    return planStep('host', facts, {}, profileOf('el9')).notes.filter((n) => n.key.startsWith('host.ssh'));
  };

  it('outside tmux/screen: says the session may drop, and that its address is on the card the bridge takes', () => {
    expect(notes(ssh('192.168.1.20'))).toEqual([
      { key: 'host.sshNoMultiplexer', tone: 'warn' },
      { key: 'host.sshOnUplink', tone: 'warn', params: { address: '192.168.1.20', iface: 'enp1s0' } },
    ]);
  });

  it('an address on another interface: the bridge does not touch this connection', () => {
    expect(notes(ssh('10.8.0.2'))[1]).toEqual({
      key: 'host.sshNotOnUplink',
      tone: 'info',
      params: { address: '10.8.0.2', iface: 'enp1s0' },
    });
  });

  it('an uplink that already is a bridge, or none: only which address the session uses', () => {
    const bridged = uplinkOf('el9');
    if (bridged.connection) bridged.connection.type = 'bridge';
    expect(notes(ssh('192.168.1.20'), bridged)[1]?.key).toBe('host.sshAddress');
  });

  it('inside tmux or screen, or not over SSH: nothing said', () => {
    expect(notes(ssh('192.168.1.20', 'tmux'))).toEqual([]);
    expect(notes(ssh('192.168.1.20', 'screen'))).toEqual([]);
    expect(notes(undefined)).toEqual([]);
  });
});

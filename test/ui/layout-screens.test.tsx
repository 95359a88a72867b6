// i-layout: screens at the terminal's size: nothing cut, commands pasted whole, resize and a minimum size.
import { execFileSync } from 'node:child_process';
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/i18n/width.js';
import { cmd } from '../../src/plan/command.js';
import type { StepPlan } from '../../src/plan/types.js';
import type { StepResult } from '../../src/run/session.js';
import { Menu } from '../../src/ui/Menu.js';
import { StepResultView } from '../../src/ui/StepResultView.js';
import { StepReview } from '../../src/ui/StepReview.js';
import { SizeGate, useTerminalSize } from '../../src/ui/terminal-size.js';
import { KEY, type Rendered, render } from './render.js';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

const EXPECTED = '0'.repeat(64);
const ACTUAL = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ISO = 'CentOS-Stream-9-latest-x86_64-dvd1.iso';

const lines = (frame: string) => frame.split('\n');

describe('a result screen at 60 columns', () => {
  it('wraps a checksum mismatch, the failed command and the exit code: every character is on the screen', async () => {
    const reason = t('iso.err.mismatch', { name: ISO, expected: EXPECTED, actual: ACTUAL });
    const plan: StepPlan = { id: 'iso', state: 'todo', notes: [], commands: [] };
    const result: StepResult = {
      id: 'iso',
      outcome: 'failed',
      plan,
      failure: {
        command: cmd(
          ['virt-install', '--name', 'vm1', '--location', `/var/lib/libvirt/images/${ISO}`],
          'why.netStart',
        ),
        exitCode: 1,
        tail: [t('iso.downloadFailed', { reason })],
      },
    };
    r = render(<StepResultView result={result} rows={18} columns={60} prompt="#" />, 60);
    const frame = await r.waitForFrame(t('outcome.failed'));
    for (const l of lines(frame)) expect(displayWidth(l), l).toBeLessThanOrEqual(60);
    const joined = frame.replace(/\n\s*/g, '');
    expect(joined).toContain(EXPECTED);
    expect(joined).toContain(ACTUAL);
    expect(joined).toContain('the download was deleted');
    expect(frame).not.toContain('…');
    expect(frame).toMatch(/^# virt-install --name vm1 --location \\$/m);
  });
});

describe('the commands of a step at 60 columns', () => {
  const argv = [
    'dnf',
    '-y',
    'install',
    'qemu-kvm',
    'libvirt',
    'virt-install',
    'cockpit',
    'cockpit-machines',
    '/usr/bin/virt-host-validate',
  ];
  const plan: StepPlan = { id: 'packages', state: 'todo', notes: [], commands: [cmd(argv, 'why.install')] };

  it('copied from the screen and pasted, run as the same argv', async () => {
    r = render(<StepReview plan={plan} rows={18} columns={60} prompt="#" />, 60);
    const frame = await r.waitForFrame('dnf');
    const start = lines(frame).findIndex((l) => l.startsWith('# dnf'));
    const shown: string[] = [];
    for (const l of lines(frame).slice(start)) {
      shown.push(l);
      if (!l.endsWith('\\')) break;
    }
    expect(shown.length).toBeGreaterThan(1);
    const script = shown.join('\n').slice(2);
    execFileSync('bash', ['-n', '-c', script]);
    const out = execFileSync('bash', ['-c', `printf '%s\\0' ${script}`], { encoding: 'utf8' });
    expect(out.split('\0').slice(0, -1)).toEqual(argv);
  });

  it('shows the ISO download as its curl … && sha256sum -c line', async () => {
    const iso: StepPlan = {
      id: 'iso',
      state: 'todo',
      notes: [],
      commands: [],
      download: {
        url: `https://mirror.example.org/${ISO}`,
        dest: `/var/lib/libvirt/images/${ISO}`,
        sha256: ACTUAL,
      },
    };
    r = render(<StepReview plan={iso} rows={30} columns={80} prompt="#" />, 80);
    const frame = await r.waitForFrame('curl');
    expect(frame).toMatch(/^# curl -fL -g -C - -o/m);
    expect(frame).toContain('sha256sum -c -');
    expect(frame).toContain(ACTUAL);
  });
});

/** Its size and a line of text as wide as the window allows: what a screen does with useTerminalSize. */
function Sized() {
  const size = useTerminalSize();
  return (
    <SizeGate size={size}>
      <Text>{`size ${size.columns}x${size.rows}`}</Text>
    </SizeGate>
  );
}

describe('the terminal size', () => {
  it('follows a resize at once', async () => {
    r = render(<Sized />, 80, 24);
    await r.waitForFrame('size 80x24');
    r.stdout.resize(120, 40);
    await r.waitForFrame('size 120x40');
    r.stdout.resize(60, 18);
    await r.waitForFrame('size 60x18');
  });

  it('below 60×18 asks for a bigger window, holds the keys, and gives the screen back as it was', async () => {
    const onSelect = vi.fn();
    const tree = (
      <SizeGateHarness>
        <Menu
          items={[
            { value: 'run', label: 'Run' },
            { value: 'quit', label: 'Quit' },
          ]}
          onSelect={onSelect}
        />
      </SizeGateHarness>
    );
    r = render(tree, 80, 24);
    await r.waitForFrame('›Run');
    r.press(KEY.right);
    await r.waitForFrame('›Quit');
    r.stdout.resize(59, 18);
    const small = await r.waitForFrame('make the window at least 60×18');
    expect(small).not.toContain('Quit');
    r.press(KEY.enter);
    r.press(KEY.left);
    r.stdout.resize(60, 17);
    await r.waitForFrame('This window is 60×17');
    expect(onSelect).not.toHaveBeenCalled();
    r.stdout.resize(60, 18);
    await r.waitForFrame('›Quit'); // the selection it had, not reset and not moved while hidden
    r.press(KEY.enter);
    await vi.waitFor(() => expect(onSelect).toHaveBeenCalledWith('quit'));
  });
});

function SizeGateHarness({ children }: { children: ReactNode }) {
  return <SizeGate size={useTerminalSize()}>{children}</SizeGate>;
}

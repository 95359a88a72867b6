// i-layout: commands on screen are copy-paste exact at any width.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { downloadArgv } from '../../src/export/download.js';
import { displayWidth } from '../../src/i18n/width.js';
import { cmd } from '../../src/plan/command.js';
import { commandLayout, downloadCommands, shownCommand, type Word } from '../../src/ui/command-text.js';

/** What bash makes of the pasted lines (prompt removed): its words, NUL-separated, read back. */
function pastedArgv(lines: string[]): string[] {
  const script = lines.join('\n').replace(/^[#$] /, '');
  execFileSync('bash', ['-n', '-c', script]);
  const out = execFileSync('bash', ['-c', `printf '%s\\0' ${script}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

const argvOf = (words: Word[]) => words.map((w) => ('op' in w ? w.op : w.arg));

const LONG = [
  'virt-install',
  '--name',
  'my vm',
  '--memory',
  '2048',
  '--disk',
  'path=/var/lib/libvirt/images/my-vm.qcow2,size=20,format=qcow2,bus=virtio',
  '--location',
  "/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-dvd1 (copy) it's.iso",
  '--extra-args',
  'inst.ks=https://example.org/a/very/long/path/that/goes/on/and/on/kickstart-file-for-this-vm.cfg console=ttyS0',
  '--network',
  'bridge=br0',
  'ISO名前=日本語のファイル名.iso',
];

describe('commandLayout', () => {
  for (const width of [20, 40, 60, 80, 120])
    it(`at ${width} columns: no line wider, breaks only between words (\\), pastes as the same argv`, () => {
      const words = shownCommand(cmd(LONG, 'why.netStart')).words;
      const lines = commandLayout(words, width, '#');
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/\\$/);
      expect(pastedArgv(lines)).toEqual(LONG);
    });

  it('keeps a word whole when it fits on a line of its own, and never breaks inside it', () => {
    const lines = commandLayout(shownCommand(cmd(LONG, 'why.netStart')).words, 80, '$');
    expect(lines[0]).toBe("$ virt-install --name 'my vm' --memory 2048 --disk \\");
    expect(lines[1]).toBe('    path=/var/lib/libvirt/images/my-vm.qcow2,size=20,format=qcow2,bus=virtio \\');
  });

  it('uses # for root and $ otherwise', () => {
    const words = shownCommand(cmd(['virsh', 'list', '--all'], 'why.netStart')).words;
    expect(commandLayout(words, 80, '#')).toEqual(['# virsh list --all']);
    expect(commandLayout(words, 80, '$')).toEqual(['$ virsh list --all']);
  });
});

describe('downloadCommands', () => {
  const d = {
    url: 'https://user:secret@mirror.example.org/9-stream/BaseOS/x86_64/iso/CentOS-Stream-9-latest-x86_64-boot.iso',
    dest: '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso',
    sha256: 'a'.repeat(64),
  };

  it('shows the download as curl && sha256sum -c && mv, the same curl the exported script runs', () => {
    const [line, ...rest] = downloadCommands(d);
    expect(rest).toEqual([]);
    const words = argvOf(line?.words ?? []);
    const { fetch, move, part } = downloadArgv(d);
    expect(words).toEqual([
      ...fetch,
      '&&',
      'printf',
      '%s  %s\\n',
      d.sha256,
      part,
      '|',
      'sha256sum',
      '-c',
      '-',
      '&&',
      ...move,
    ]);
    expect(words.join(' ')).not.toContain('secret');
  });

  it('pastes as the same words at 60 columns, and its check accepts the right file (120 columns)', () => {
    // The operators as quoted words, so bash hands back every word, operators included, for comparison.
    const words = downloadCommands(d)[0]?.words ?? [];
    const asArgs = words.map((w) => ('op' in w ? { arg: w.op, first: false } : w));
    const lines = commandLayout(asArgs, 60, '#');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(pastedArgv(lines)).toEqual(argvOf(words));
    execFileSync('bash', ['-n', '-c', commandLayout(words, 60, '#').join('\n').slice(2)]);
    // The check part, run for real against a file whose hash is the one shown.
    const script = commandLayout(words, 120, '#').join('\n').slice(2);
    const check = script.slice(script.indexOf('printf'), script.lastIndexOf('&&'));
    const dir = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
    const file = `${dir}/x.iso.part`;
    execFileSync('bash', ['-c', `printf hello > ${file}`]);
    const sum = execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0] ?? '';
    const real = check.replace(d.sha256, sum).replace(`${d.dest}.part`, file);
    expect(real).toContain(file);
    expect(execFileSync('bash', ['-c', real], { encoding: 'utf8' })).toContain(': OK');
    execFileSync('rm', ['-r', dir]);
  });

  it('without a known hash: the curl, the sum to compare by hand, the move', () => {
    const lines = downloadCommands({ ...d, sha256: undefined, checksumUrl: 'https://u:p@example.org/SUMS' });
    expect(lines.map((l) => argvOf(l.words)[0])).toEqual(['curl', 'sha256sum', 'mv']);
    expect(lines[1]?.why).toContain('https://u:***@example.org/SUMS');
  });
});

#!/usr/bin/env node
// Launcher. It must run on any Node a host may have, even one far too old for the wizard (EL9's `dnf install
// nodejs` gives Node 16, on which the bundle dies with a SyntaxError before printing anything useful). So this
// file is CommonJS (bin/package.json says so: the project's "type": "module" would make it ESM, and a static
// import would load the bundle before any check), uses only syntax that Node 10 parses (no `?.`, no `??`), and
// loads the bundle only after checking the version. The two messages live here, not in the catalogues
// (src/i18n/): those are inside the bundle, which is exactly what an old Node cannot load.
'use strict';

const MIN_MAJOR = 20;

if (Number(process.versions.node.split('.')[0]) >= MIN_MAJOR) {
  import(
    require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', 'dist', 'kvm-wizard.mjs'))
      .href
  );
} else {
  process.stderr.write(`${tooOld()}\n`);
  process.exitCode = 3;
}

/** What to do on this release, from /etc/os-release (ID, ID_LIKE and VERSION_ID pick a command; none is echoed). */
function tooOld() {
  const os = {};
  try {
    // 'fs', not 'node:fs': Node before 14.18 knows only the bare name.
    // biome-ignore lint/style/useNodejsImportProtocol: see above
    const text = require('fs').readFileSync(`${process.env.KVM_WIZARD_SYSROOT || ''}/etc/os-release`, 'utf8');
    for (const line of text.split('\n')) {
      const m = /^([A-Z_]+)=["']?([^"'\n]*)/.exec(line);
      if (m) os[m[1]] = m[2].toLowerCase();
    }
  } catch {
    // No os-release: the advice without a dnf command.
  }
  const family = ` ${os.ID || ''} ${os.ID_LIKE || ''} `;
  const release = Number((os.VERSION_ID || '').split('.')[0]);
  const el = / (rhel|centos|fedora) /.test(family) && os.ID !== 'fedora';
  let fix = '';
  if (el && (release === 8 || release === 9))
    fix = 'sudo dnf module reset -y nodejs && sudo dnf module install -y nodejs:22';
  else if ((el && release >= 10) || os.ID === 'fedora') fix = 'sudo dnf install -y nodejs';
  const have = process.versions.node;
  return japanese()
    ? `kvm-wizard には Node.js ${MIN_MAJOR} 以上が必要です (この Node.js は ${have})。\n${
        fix ? `このシステムでは: ${fix}` : 'Node.js 22 以上を入れてください。'
      }\nまたは Node.js 不要の単一ファイル版 kvm-wizard-<バージョン>-linux-x86_64 を使ってください (README の「ホストへのインストール」)。`
    : `kvm-wizard needs Node.js ${MIN_MAJOR} or newer (this is Node.js ${have}).\n${
        fix ? `On this system: ${fix}` : 'Install Node.js 22 or newer.'
      }\nOr use the single file that needs no Node.js: kvm-wizard-<version>-linux-x86_64 (README: "Install on a host").`;
}

/** The same choice as src/i18n/select.ts: --lang, else the first set of LC_ALL, LC_MESSAGES, LANG. */
function japanese() {
  const args = process.argv.slice(2);
  const at = args.findIndex((a) => /^--lang(=|$)/.test(a));
  if (at >= 0) return /^ja/i.test(args[at].includes('=') ? args[at].slice(7) : args[at + 1] || '');
  const env = process.env;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].filter((v) => v)[0];
  return /^ja/i.test(locale || '');
}

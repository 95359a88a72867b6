import { type MessageKey, type MessageParams, t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { latestAliasEre } from '../iso/release-alias.js';
import { maskUrl } from '../iso/url-credentials.js';
import { urlFileName } from '../iso/url-file-name.js';
import { CHECKPOINT_PLACEHOLDER, checkpointRollback } from '../plan/checkpoint.js';
import { type AlreadySo, type Command, formatArgv, quoteWord, shellQuote } from '../plan/command.js';
import type { IsoDownload, StepPlan } from '../plan/types.js';
import { checksumFetchArgs, downloadArgv } from './download.js';

/**
 * Fixed helpers, defined once at the top. kw_has_line: an "already so" test whose command lists names
 * (`virsh net-list --name`). kw_sha256_is: a downloaded file against its sum; it runs `hashArgv(FILE)`.
 */
export const HELPERS = `# kw_has_line LINE COMMAND...: COMMAND succeeds and prints LINE on a line of its own.
kw_has_line() {
  local want=$1 out line
  shift
  out=$("$@") || return 1
  while read -r line; do [ "$line" = "$want" ] && return 0; done <<<"$out"
  return 1
}
# kw_sha256_is SUM FILE: the SHA-256 of FILE is SUM (a leading \\ marks an escaped file name).
kw_sha256_is() {
  local out
  out=$(sha256sum -- "$2") || return 1
  out=\${out#\\\\}
  [ "\${out%% *}" = "\${1,,}" ]
}
# kw_listed_sha256 NAME ERE CURL-ARGS...: the one SHA-256 the checksum file (GNU or BSD lines) lists for NAME,
# or, when it lists no NAME (a "latest" link), for the one name matching ERE; none, or two that differ: fails.
kw_listed_sha256() {
  local name=$1 ere=$2 list line file sum found='' pass
  local gnu='^\\\\?([0-9a-fA-F]{64}) [ *](.+)$' bsd='^SHA256 \\((.+)\\) ?= ?([0-9a-fA-F]{64})$'
  shift 2
  list=$(curl -fsSL "$@") || return 1
  for pass in exact alias; do
    while IFS= read -r line; do
      line=\${line%$'\\r'}
      if [[ $line =~ $gnu ]]; then
        sum=\${BASH_REMATCH[1]} file=\${BASH_REMATCH[2]}
      elif [[ $line =~ $bsd ]]; then
        file=\${BASH_REMATCH[1]} sum=\${BASH_REMATCH[2]}
      else
        continue
      fi
      if { [ "$pass" = exact ] && [ "$file" = "$name" ]; } || { [ "$pass" = alias ] && [ -n "$ere" ] && [[ $file =~ $ere ]]; }; then
        [ -z "$found" ] || [ "$found" = "\${sum,,}" ] || return 1
        found=\${sum,,}
      fi
    done <<<"$list"
    [ -z "$found" ] || break
  done
  [ -n "$found" ] && printf '%s\\n' "$found"
}`.split('\n');

/**
 * The plan as a bash script (bash for `read -t` and `$'…'`, on every supported release), for hosts where the
 * wizard cannot run (CentOS 7) or for a fleet. The same argv as the wizard, each value one quoted word; every
 * note a comment, line by line, with control characters written out. It can run twice: each command that
 * would fail or change something again is skipped when its "already so" test (`unless`) succeeds. The bridge
 * keeps its safety net: a NetworkManager checkpoint that rolls back unless you confirm within the timeout.
 */
export function shellScript(plans: StepPlan[], header: readonly string[]): string {
  const out = [
    '#!/bin/bash',
    ...header.flatMap(comment),
    ...comment(t('export.generated')),
    'set -eu',
    '',
    ...HELPERS,
    '',
  ];
  for (const plan of plans) {
    if (plan.id === 'summary') continue;
    const title = t(`step.${plan.id}.title`);
    out.push(...comment(`== ${title} (${t(`state.${plan.state}`)})`));
    for (const n of plan.notes) out.push(...comment(t(n.key, visibleParams(n.params))));
    if (plan.state === 'blocked' && !leftOutOnPurpose(plan)) {
      // The wizard stops at a blocked step; so does the script, instead of running the later steps anyway.
      out.push(`${say('export.stepBlocked', { step: title }, true)}`, 'exit 1', '');
      continue;
    }
    if (plan.state !== 'todo' && plan.state !== 'check') {
      out.push('');
      continue;
    }
    const body = [
      ...(plan.download ? downloadLines(plan.download) : []),
      ...(plan.guard ? guardedCommands(plan) : plan.commands.map(commandLine)),
    ];
    out.push(...(plan.unless ? unlessAlready(plan.unless, title, body) : body), '');
  }
  return `${out.join('\n')}\n`;
}

/** The bridge a `--target` plan leaves out on purpose (its NIC and addresses would be made up). */
function leftOutOnPurpose(plan: StepPlan): boolean {
  return plan.notes.some((n) => n.key === 'bridge.standIn');
}

/** `# text`, one comment per line of the text; nothing in it can end the comment or act on a terminal. */
function comment(text: string): string[] {
  return text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/).map((l) => (l ? `# ${visible(l)}` : '#'));
}

/** A note's values (paths, names from the answers or the host) shown as they are, on one line. */
function visibleParams(params: MessageParams | undefined): MessageParams | undefined {
  if (!params) return undefined;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v]),
  );
}

function say(key: MessageKey, params: MessageParams, stderr = false): string {
  return `printf '%s\\n' ${shellQuote(t(key, visibleParams(params)))}${stderr ? ' >&2' : ''}`;
}

/** The test as a shell condition, quiet: its output is not for the reader. */
export function alreadySo(u: AlreadySo): string {
  return u.line === undefined
    ? `${formatArgv(u.argv)} >/dev/null 2>&1`
    : `kw_has_line ${shellQuote(u.line)} ${formatArgv(u.argv)} 2>/dev/null`;
}

function commandLine(c: Command): string {
  const test = c.unless ? `${alreadySo(c.unless)} || ` : '';
  const ok = c.okExitCodes?.includes(1) ? ' || true' : '';
  return `${test}${formatArgv(c.argv)}${ok}  # ${visible(t(c.why, visibleParams(c.whyParams)))}`;
}

/** A bash regex (unquoted, so `\"` is a literal quote): the object path in busctl's reply, captured. */
const CHECKPOINT_PATH_PATTERN = '\\"(/org/freedesktop/NetworkManager/Checkpoint/[0-9]+)\\"';

const indent = (line: string) => `  ${line}`;

function unlessAlready(u: AlreadySo, step: string, body: string[]): string[] {
  return [
    `if ${alreadySo(u)}; then`,
    `  ${say('export.stepAlready', { step })}`,
    'else',
    ...body.map(indent),
    'fi',
  ];
}

/**
 * There already and verified (or, without a SHA-256 to check, there): skipped. There but another file: stop,
 * never overwrite it. Else download to `.part`, check, move into place.
 */
function downloadLines(d: IsoDownload): string[] {
  const { fetch, move, part } = downloadArgv(d);
  // A known sum is checked as written; a checksum file is fetched first and must list this ISO once.
  const sum = d.sha256 ? shellQuote(d.sha256) : '"$kw_sum"';
  const check = (file: string, key: MessageKey) =>
    `kw_sha256_is ${sum} ${shellQuote(file)} || { ${say(key, { file: d.dest }, true)}; exit 1; }`;
  const listed =
    !d.sha256 && d.checksumUrl
      ? [
          `kw_sum=$(kw_listed_sha256 ${formatArgv([urlFileName(d.url), latestAliasEre(urlFileName(d.url)) ?? '', ...checksumFetchArgs(d.checksumUrl)])}) || { ${say('export.checksumNotListed', { url: maskUrl(d.checksumUrl) }, true)}; exit 1; }`,
        ]
      : [];
  const checked = Boolean(d.sha256 || d.checksumUrl);
  return [
    ...listed,
    `if [ -e ${shellQuote(d.dest)} ]; then`,
    ...[...(checked ? [check(d.dest, 'export.isoOther')] : []), say('export.isoThere', { file: d.dest })].map(
      indent,
    ),
    'else',
    ...[formatArgv(fetch), ...(checked ? [check(part, 'export.hashMismatch')] : []), formatArgv(move)].map(
      indent,
    ),
    'fi',
  ];
}

function guardedCommands(plan: StepPlan): string[] {
  const guard = plan.guard;
  if (!guard) return [];
  // The checkpoint path is only known when the script runs: "$cp" in place of the placeholder word.
  const withCp = (argv: readonly string[]) =>
    argv.map((w, i) => (w === CHECKPOINT_PLACEHOLDER ? '"$cp"' : quoteWord(w, i === 0))).join(' ');
  const rollback = withCp(checkpointRollback(CHECKPOINT_PLACEHOLDER).argv);
  const commit = withCp(guard.commit.argv);
  const wait = shellQuote(String(guard.rollbackTimeout - 10));
  return [
    // busctl's reply, e.g. o "/org/freedesktop/NetworkManager/Checkpoint/3".
    `reply=$(${formatArgv(guard.create.argv)}) || reply=''`,
    `[[ $reply =~ ${CHECKPOINT_PATH_PATTERN} ]] || { ${say('export.noCheckpoint', {}, true)}; exit 1; }`,
    `cp=\${BASH_REMATCH[1]}`,
    ...plan.commands.map((c) => `${formatArgv(c.argv)} || { ${rollback}; exit 1; }`),
    `printf '%s ' ${shellQuote(t('bridge.confirm', { seconds: guard.rollbackTimeout - 10 }))}`,
    // From the terminal, never from stdin: a script fed on stdin (`ssh host bash -s < plan.sh`, `curl … | bash`)
    // would read its own next line as the confirmation. No terminal, no confirmation: rolled back.
    // (KVM_WIZARD_TTY names another terminal to confirm from.)
    `if read -r -t ${wait} _ <"\${KVM_WIZARD_TTY:-/dev/tty}"; then ${commit}; else ${rollback}; exit 1; fi`,
  ];
}

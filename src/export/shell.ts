import { type MessageKey, t } from '../i18n/messages.js';
import { curlUrlArgs, maskUrl } from '../iso/url-credentials.js';
import { CHECKPOINT_PLACEHOLDER, checkpointRollback } from '../plan/checkpoint.js';
import { formatArgv, shellQuote } from '../plan/command.js';
import type { StepPlan } from '../plan/types.js';

/**
 * The plan as a bash script (bash for `read -t`, on every supported release), for hosts where the wizard cannot run (CentOS 7) or for a fleet.
 * The same argv as the wizard, quoted; the bridge keeps its safety net: a NetworkManager checkpoint
 * that rolls back unless you confirm within the timeout.
 */
export function shellScript(plans: StepPlan[], header: readonly string[]): string {
  const out = ['#!/bin/bash', ...header.map((l) => `# ${l}`), `# ${t('export.generated')}`, 'set -eu', ''];
  for (const plan of plans) {
    if (plan.id === 'summary') continue;
    out.push(`# == ${t(`step.${plan.id}.title` as MessageKey)} (${t(`state.${plan.state}` as MessageKey)})`);
    for (const n of plan.notes) out.push(`# ${t(n.key, n.params)}`);
    if (plan.state !== 'todo' && plan.state !== 'check') {
      out.push('');
      continue;
    }
    if (plan.download) {
      const d = plan.download;
      out.push(
        `curl -fL -C - -o ${shellQuote(`${d.dest}.part`)} ${curlUrlArgs(d.url).map(shellQuote).join(' ')}`,
      );
      if (d.sha256) out.push(`echo ${shellQuote(`${d.sha256}  ${d.dest}.part`)} | sha256sum -c -`);
      else
        out.push(
          `# ${t('export.verifyByHand', { file: `${d.dest}.part`, url: maskUrl(d.checksumUrl ?? '?') })}`,
        );
      out.push(`mv ${shellQuote(`${d.dest}.part`)} ${shellQuote(d.dest)}`);
    }
    if (plan.guard) out.push(...guardedCommands(plan));
    else
      for (const c of plan.commands)
        out.push(
          `${formatArgv(c.argv)}${c.okExitCodes?.includes(1) ? ' || true' : ''}  # ${t(c.why, c.whyParams)}`,
        );
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

function guardedCommands(plan: StepPlan): string[] {
  const guard = plan.guard;
  if (!guard) return [];
  // The checkpoint path is only known when the script runs: "$cp", unquoted by formatArgv on purpose.
  const withCp = (argv: readonly string[]) =>
    formatArgv(argv).replace(shellQuote(CHECKPOINT_PLACEHOLDER), '"$cp"');
  const rollback = withCp(checkpointRollback(CHECKPOINT_PLACEHOLDER).argv);
  const commit = withCp(guard.commit.argv);
  const wait = guard.rollbackTimeout - 10;
  return [
    `cp=$(${formatArgv(guard.create.argv)} | sed -n 's/.*"\\(\\/org\\/freedesktop\\/NetworkManager\\/Checkpoint\\/[0-9]*\\)".*/\\1/p')`,
    `[ -n "$cp" ] || { echo ${shellQuote(t('export.noCheckpoint'))} >&2; exit 1; }`,
    ...plan.commands.map((c) => `${formatArgv(c.argv)} || { ${rollback}; exit 1; }`),
    `printf '%s ' ${shellQuote(t('bridge.confirm', { seconds: wait }))}`,
    `if read -r -t ${wait} _; then ${commit}; else ${rollback}; exit 1; fi`,
  ];
}

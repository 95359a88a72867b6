import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import type { StepId } from '../plan/types.js';
import { runTryIt, TRY_IT, type TryItOutput } from '../run/try-it.js';
import { wrapLines } from './layout.js';

export interface PageLine {
  text: string;
  kind: 'title' | 'text' | 'command' | 'output' | 'dim';
}

/** The step's check-it-yourself commands run on the host once the screen shows them; undefined while they run. */
export function useTryIt(host: Host, id: StepId): TryItOutput[] | undefined {
  const [outputs, setOutputs] = useState<TryItOutput[] | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setOutputs(undefined);
    void runTryIt(host, id).then((o) => current && setOutputs(o));
    return () => {
      current = false;
    };
  }, [host, id]);
  return outputs;
}

/**
 * The commands as the learner types them (with the prompt of the user the wizard runs as: `#` for root, as
 * the study text shows) and, below each, what it printed here. Output lines were made safe by runTryIt.
 */
export function tryItLines(
  id: StepId,
  outputs: TryItOutput[] | undefined,
  prompt: string,
  width: number,
): PageLine[] {
  const lines: PageLine[] = [];
  TRY_IT[id].forEach((c, i) => {
    lines.push({ text: `${prompt} ${c.shown}`, kind: 'command' });
    const o = outputs?.[i];
    if (!o) lines.push({ text: t('learn.running'), kind: 'dim' });
    else if (!o.lines.length) lines.push({ text: t('learn.noOutput', { code: o.exitCode }), kind: 'dim' });
    else {
      for (const l of o.lines) for (const w of wrapLines(l, width)) lines.push({ text: w, kind: 'output' });
      if (o.more) lines.push({ text: t('learn.moreLines', { count: o.more }), kind: 'dim' });
    }
  });
  return lines;
}

export function promptFor(host: Host): string {
  return host.isRoot() ? '#' : '$';
}

export function PageLineText({ line }: { line: PageLine }) {
  return (
    <Text
      bold={line.kind === 'title'}
      color={line.kind === 'command' ? 'cyan' : undefined}
      dimColor={line.kind === 'dim'}
    >
      {line.text || ' '}
    </Text>
  );
}

/** The host check's own look at the host: the commands that show what it found, with their output here. */
export function TryItBlock({
  host,
  id,
  width,
  rows = Number.POSITIVE_INFINITY,
}: {
  host: Host;
  id: StepId;
  width: number;
  /** Lines it may take: a small window shows what fits, then how many more the `?` page has. */
  rows?: number;
}) {
  const outputs = useTryIt(host, id);
  const all = tryItLines(id, outputs, promptFor(host), width);
  // Too small for a command and its answer: the ? page has them all.
  if (rows < 3) return null;
  const lines =
    all.length + 1 <= rows
      ? all
      : [
          ...all.slice(0, rows - 2),
          { text: t('learn.moreLines', { count: all.length - (rows - 2) }), kind: 'dim' as const },
        ];
  return (
    <Box flexDirection="column">
      <Text bold>{t('learn.hostChecked')}</Text>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no better key, and the list only grows
        <PageLineText key={i} line={l} />
      ))}
    </Box>
  );
}

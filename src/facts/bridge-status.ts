import { type MessageKey, type MessageParams, t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';

/** The checks the applier makes, in the order it makes them (facts/schema.ts reads status files with it). */
export const CHECK_NAMES = [
  'bridge-active',
  'port-attached',
  'address',
  'default-route',
  'addresses',
  'routes',
  'mtu',
  'dns',
  'gateway',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

function isCheckName(name: string): name is CheckName {
  return (CHECK_NAMES as readonly string[]).includes(name);
}

/** A check's title in the user's language; a name the catalogue does not know (a tampered file) is shown as is. */
export function checkTitle(name: string): string {
  return isCheckName(name) ? t(`bridge.check.${name}`) : visible(name);
}

/** One verification check: what was expected and what was found (nmstate style). */
export interface BridgeCheck {
  name: CheckName;
  ok: boolean;
  expected: string;
  found: string;
  /** For a set (addresses, routes, DNS): the expected items the bridge lacks, each as the host would say it. */
  missing?: string[];
}

/** Why the change was undone or refused: a catalogue key with its parameters. */
export interface Reason {
  reason: MessageKey;
  params?: MessageParams;
}

/**
 * (Each phase is written out whole, not as an intersection with Reason: facts/schema.ts checks that its zod
 * schema is exactly this type.)
 * What the detached applier reports, written to a status file after every phase, so the wizard — or the
 * next run after a lost SSH session — can tell what happened.
 */
export type BridgeStatus =
  | { phase: 'applying'; id: string; at: number; checkpoint: string; deadline: number; pid: number }
  | {
      phase: 'verified';
      id: string;
      /** When the change started (the checkpoint was taken). */
      at: number;
      checkpoint: string;
      deadline: number;
      pid: number;
      checks: BridgeCheck[];
      /**
       * The host's address moved: the change waits for `kvm-wizard confirm` from a session to one of these
       * (the bridge's IPv4 addresses, without prefix length), never for Enter in the session that applied it.
       */
      reconnect?: { addresses: string[] };
    }
  | { phase: 'committed'; id: string; at: number; checks: BridgeCheck[] }
  | {
      phase: 'rolled-back';
      id: string;
      at: number;
      checks?: BridgeCheck[];
      reason: MessageKey;
      params?: MessageParams;
    }
  /**
   * The change failed and so did undoing it: `reason` is why it was undone (kept, as nmstate keeps the
   * original error), `rollback` why undoing failed, `manual` the commands to finish by hand.
   */
  | {
      phase: 'rollback-failed';
      id: string;
      at: number;
      checks?: BridgeCheck[];
      reason: MessageKey;
      params?: MessageParams;
      rollback: Reason;
      manual: string[];
    }
  | { phase: 'refused'; id: string; at: number; reason: MessageKey; params?: MessageParams };

/**
 * Words the checks record in `expected`/`found` besides the host's own values (addresses, device names,
 * NetworkManager states). The status file keeps these tokens; screens show them in the user's language.
 */
export const CHECK_WORDS = {
  missing: 'missing',
  none: 'none',
  anyIpv4: 'an IPv4 address',
  answers: 'answers',
  noAnswer: 'no answer',
  notChecked: 'not checked',
} as const;

/** Token → its catalogue key: 'no answer' → bridge.word.noAnswer. */
const WORD_KEYS = new Map<string, MessageKey>(
  (Object.keys(CHECK_WORDS) as (keyof typeof CHECK_WORDS)[]).map((name) => [
    CHECK_WORDS[name],
    `bridge.word.${name}`,
  ]),
);

/** A check's expected or found value for the screen: one of CHECK_WORDS in the user's language, else as is. */
export function checkValue(value: string): string {
  const key = WORD_KEYS.get(value);
  return key ? t(key) : value;
}

/** Why a change was rolled back or refused, in the user's language (a failed check by its title). */
export function reasonText(s: Reason): string {
  if (s.reason !== 'bridge.reason.verify' || !s.params) return t(s.reason, s.params);
  const { check, expected, found, missing } = s.params;
  const title = checkTitle(String(check));
  if (missing !== undefined) return t('bridge.reason.missing', { check: title, missing });
  return t(s.reason, {
    check: title,
    expected: checkValue(String(expected)),
    found: checkValue(String(found)),
  });
}

export type FinalBridgeStatus = Extract<
  BridgeStatus,
  { phase: 'committed' | 'rolled-back' | 'rollback-failed' | 'refused' }
>;

/**
 * Whether an unattended run (--yes, --yes --json) keeps this status's change itself: a verified one, unless
 * the address moved, which only `kvm-wizard confirm` from a session to the new address keeps.
 */
export function keptUnattended(s: BridgeStatus): boolean {
  return s.phase === 'verified' && !s.reconnect;
}

export function isFinal(s: BridgeStatus): s is FinalBridgeStatus {
  return (
    s.phase === 'committed' ||
    s.phase === 'rolled-back' ||
    s.phase === 'rollback-failed' ||
    s.phase === 'refused'
  );
}

/** The outcome in the user's language; a failed rollback in several lines, the by-hand commands last. */
export function describeFinal(s: FinalBridgeStatus): string[] {
  if (s.phase === 'committed') return [t('bridge.committed')];
  const reason = reasonText(s);
  if (s.phase === 'refused') return [t('bridge.refused', { reason })];
  if (s.phase === 'rolled-back') return [t('bridge.rolledBack', { reason })];
  return [
    t('bridge.rollbackFailed', { reason, failure: reasonText(s.rollback) }),
    t('bridge.byHand'),
    ...s.manual.map((c) => `  ${c}`),
  ];
}

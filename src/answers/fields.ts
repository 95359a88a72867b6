import { z } from 'zod';
import type { MessageKey, MessageParams } from '../i18n/messages.js';
import { CONTROL_CHARS, visible } from '../i18n/visible.js';

/**
 * The string fields of the answers. Every one can reach a command line, a file name, an exported script or the
 * screen, so every one refuses control characters (a newline would start a new script line, ESC drive the
 * terminal, a bidi override reorder what is shown), empty values and absurd lengths, before its own rule.
 * Each field gives one message, the first rule it breaks (catalogue keys, said by formatIssues).
 */

/** A rule: undefined when `s` keeps it, else the message and its parameters. */
type Rule = (s: string) => [MessageKey, MessageParams?] | undefined;

const bytes = (s: string) => Buffer.byteLength(s);

const basics: Rule = (s) => {
  const control = CONTROL_CHARS.exec(s)?.[0];
  if (control) return ['answers.controlChar', { char: visible(control) }];
  return s.trim() === '' ? ['answers.empty'] : undefined;
};

/**
 * A string checked by `rules` in order, after the basics and before its length (so a wrong value gets the
 * field's own message, not "too long"); only the first broken rule is reported.
 */
export function checkedString(maxBytes: number, rules: Rule[], tooLong: MessageKey = 'answers.tooLong') {
  const length: Rule = (s) => (bytes(s) > maxBytes ? [tooLong, { max: maxBytes }] : undefined);
  return z.string().superRefine((s, ctx) => {
    for (const rule of [basics, ...rules, length]) {
      const broken = rule(s);
      if (!broken) continue;
      const [message, params] = broken;
      // continue: a union (the iso choices) then still knows which branch was meant and reports its issue.
      ctx.addIssue({ code: 'custom', message, params, continue: true });
      return;
    }
  });
}

const matches =
  (pattern: RegExp, message: MessageKey): Rule =>
  (s) =>
    pattern.test(s) ? undefined : [message];

/**
 * An interface name the kernel and NetworkManager both accept, and that no command reads as an option.
 * Kernel, net/core/dev.c dev_valid_name(): not empty, shorter than IFNAMSIZ (16, so at most 15 bytes), not
 * "." or "..", no '/', ':' or isspace(). NetworkManager, libnm nm_utils_ifname_valid_kernel(): the same rules
 * (and valid UTF-8). On top: ASCII only (a name like "brü" is accepted by both yet fails further on; nmcli
 * shows it escaped) and no leading '-' ("--" as a bridge name is read by nmcli and ip as an option).
 * Also refused: the names /proc/sys/net/ipv4/conf and sysfs already use ("all", "default",
 * "bonding_masters": the kernel answers "Invalid argument"), and '%', which makes a name a template the
 * kernel fills in ("br%d" becomes br0).
 */
const RESERVED_IFNAMES = new Set(['.', '..', 'all', 'default', 'bonding_masters']);

const IFNAME_RULES: Rule[] = [
  matches(/^[\x20-\x7e]+$/, 'answers.ifnameAscii'),
  matches(/^[^\s/:]+$/, 'answers.ifnameChars'),
  (s) => (RESERVED_IFNAMES.has(s) ? ['answers.ifnameReserved'] : undefined),
  (s) => (s.includes('%') ? ['answers.ifnameChars'] : undefined),
  (s) => (s.startsWith('-') ? ['answers.leadingDash'] : undefined),
];

export const ifname = checkedString(15, IFNAME_RULES, 'answers.ifnameLength');

/**
 * A new bridge's name: an interface name, and not virbrN, which libvirt's NAT networks take (the default
 * network's step makes virbr0 before the bridge step runs, so the bridge would find its name taken).
 */
export const bridgeName = checkedString(
  15,
  [...IFNAME_RULES, (s) => (/^virbr\d+$/.test(s) ? ['answers.bridgeNameLibvirt'] : undefined)],
  'answers.ifnameLength',
);

/** PATH_MAX and NAME_MAX on Linux. */
const PATH_MAX = 4096;
const NAME_MAX = 255;

/** An absolute path whose every component fits a Linux file name. */
export const absolutePath = checkedString(PATH_MAX, [
  (s) => (s.startsWith('/') ? undefined : ['answers.absolutePath']),
  (s) =>
    s.split('/').some((part) => bytes(part) > NAME_MAX)
      ? ['answers.nameTooLong', { max: NAME_MAX }]
      : undefined,
]);

/**
 * A URL as typed: the WHATWG parser quietly drops tabs and newlines inside a URL and spaces around it, so the
 * text is checked as it is (no whitespace at all) before `new URL` may parse it, with one of `protocols`.
 */
export function webUrl(protocols: readonly string[], wrongProtocol: MessageKey) {
  return checkedString(PATH_MAX, [
    (s) => (/\s/u.test(s) ? ['answers.urlSpace'] : undefined),
    (s) => {
      if (!URL.canParse(s)) return ['answers.notUrl'];
      const url = new URL(s);
      if (!protocols.includes(url.protocol)) return [wrongProtocol];
      // "https:host/x", "https:///host/x" and "https:\\host" all parse (to https://host/x): ask for the one form
      // that everyone reads the same way, where the host follows the two slashes.
      const rest = s.slice(url.protocol.length);
      if (!rest.startsWith('//') || rest.startsWith('///') || !url.hostname) return ['answers.notUrl'];
      return undefined;
    },
  ]);
}

/** A short identifier: a catalogue id, an osinfo short id, a VM name. */
export function identifier(maxBytes: number, pattern: RegExp, message: MessageKey) {
  return checkedString(maxBytes, [matches(pattern, message)], message);
}

import { z } from 'zod';
import { loadCatalog } from '../iso/catalog.js';
import { isValidIpv4, notUnicast, parseCidr } from '../net/ipv4.js';
import { absolutePath, bridgeName, checkedString, identifier, ifname, webUrl } from './fields.js';

/**
 * The answers model: what the screens ask and what `--answers FILE` writes down. One schema for both, so the
 * TUI and `--yes` build the same plan. Unknown keys are errors (a typo must not be silently ignored).
 * Our own messages are catalogue keys ('answers.…', params in the issue): formatIssues says them in the
 * user's language; zod's built-in ones follow its locale (see setValidationLanguage).
 */

/** "255.255.255.255/32" is the longest address with a prefix. */
const ipv4Address = checkedString(
  15,
  [(s) => (isValidIpv4(s) ? undefined : ['answers.notIpv4'])],
  'answers.notIpv4',
);

const ipv4 = z
  .object({
    method: z.enum(['auto', 'manual']),
    address: checkedString(
      18,
      [(s) => (parseCidr(s) ? undefined : ['answers.notCidr'])],
      'answers.notCidr',
    ).optional(),
    gateway: ipv4Address.optional(),
    // NetworkManager takes more, but resolv.conf uses the first three: a long list is a mistake.
    dns: z.array(ipv4Address).max(8, 'answers.tooManyDns').optional(),
  })
  .strict()
  // Runs even when another key of ipv4 has the wrong type (dns: "1.1.1.1"), so that every problem shows at
  // once, in a file as in the form; each key is therefore read here only when it is a string.
  .superRefine((value, ctx) => ipv4Rules(value as Record<string, unknown>, ctx), {
    when: (payload) =>
      typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
  });

/** The rules between the keys of ipv4: what manual needs, and how address and gateway fit together. */
function ipv4Rules(v: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const text = (key: string) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  const address = text('address');
  const gateway = text('gateway');
  if (v.method === 'auto') {
    for (const key of ['address', 'gateway'] as const) {
      if (v[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'answers.onlyManual' });
    }
    return;
  }
  // An empty value ('') has its own message already: "required" is for a missing key. Without a gateway the
  // host loses its default route: over SSH from another network, that is a lock-out. (A method missing or
  // misspelt has its own message; the address and gateway are still checked against each other below.)
  for (const key of ['address', 'gateway'] as const) {
    if (v.method === 'manual' && v[key] === undefined)
      ctx.addIssue({ code: 'custom', path: [key], message: 'answers.requiredManual' });
  }
  const net = address === undefined ? undefined : parseCidr(address);
  for (const [key, ip] of [
    ['address', net?.address],
    ['gateway', gateway],
  ] as const) {
    const kind = ip && isValidIpv4(ip) ? notUnicast(ip) : undefined;
    if (kind)
      ctx.addIssue({ code: 'custom', path: [key], message: `answers.${kind}`, params: { address: ip } });
  }
  if (net && net.prefix <= 30 && (net.address === net.network || net.address === net.broadcast)) {
    ctx.addIssue({
      code: 'custom',
      path: ['address'],
      message: net.address === net.network ? 'answers.networkAddress' : 'answers.broadcastAddress',
      params: { address: net.address, subnet: `${net.network}/${net.prefix}` },
    });
  }
  // A gateway that is not an address already has its own error; "must be inside" would only confuse.
  if (!net || !gateway || !isValidIpv4(gateway)) return;
  if (gateway === net.address) {
    ctx.addIssue({ code: 'custom', path: ['gateway'], message: 'answers.gatewayIsAddress' });
  } else if (!net.contains(gateway)) {
    ctx.addIssue({
      code: 'custom',
      path: ['gateway'],
      message: 'answers.gatewayOutside',
      params: { subnet: `${net.network}/${net.prefix}` },
    });
  }
}

export const bridgeAnswers = z
  .object({
    name: bridgeName.default('br0'),
    interface: ifname.optional(),
    stp: z.boolean().default(false),
    ipv4: ipv4.optional(),
    /** Seconds NetworkManager waits for a confirmation before it rolls the change back by itself. */
    rollbackTimeout: z.number().int().min(15).max(600).default(90),
    /** The same when the host's address moves and the user reconnects to confirm (default 180). */
    reconnectTimeout: z.number().int().min(15).max(900).optional(),
  })
  .strict();

const sha256 = identifier(64, /^[0-9a-fA-F]{64}$/, 'answers.notSha256');
/** The ISO itself may come over plain http: its hash is checked. The hash must not: it is what protects. */
const downloadUrl = webUrl(['https:', 'http:'], 'answers.httpOrHttps');
const httpsUrl = webUrl(['https:'], 'answers.httpsOnly');

/** One of: an ISO on disk, a catalogue entry, or your own URL with its SHA-256 or checksum file. */
export const isoAnswers = z.union(
  [
    z.object({ path: absolutePath }).strict(),
    z
      .object({ catalog: identifier(64, /^[a-z0-9][a-z0-9.-]*$/, 'answers.catalogId') })
      .strict()
      .refine((v) => loadCatalog().some((e) => e.id === v.catalog), {
        message: 'answers.unknownCatalog',
        path: ['catalog'],
        // Only a well-formed id is looked up: one that breaks a rule already has its message.
        when: (payload) => payload.issues.length === 0,
      }),
    z
      .object({ url: downloadUrl, sha256: sha256.optional(), checksumUrl: httpsUrl.optional() })
      .strict()
      .refine((v) => v.sha256 !== undefined || v.checksumUrl !== undefined, {
        message: 'answers.needChecksum',
        path: ['sha256'],
      })
      // One way to check it: with both, which one counts would be a silent choice.
      .refine((v) => v.sha256 === undefined || v.checksumUrl === undefined, {
        message: 'answers.oneChecksum',
        path: ['checksumUrl'],
        when: (payload) => payload.issues.length === 0,
      }),
  ],
  // Raised only when no branch comes close (`iso: {}`, `path` and `catalog` together); zod's own is "Invalid input".
  { error: 'answers.isoOneOf' },
);

/**
 * libvirt accepts almost any name (it refuses only '/' and a newline); these rules keep it usable as a file
 * name (the disk is NAME.qcow2: no '/', never "." or ".."), as an argument (never '-'-led), in Cockpit and shells.
 */
export const vmName = identifier(63, /^[A-Za-z0-9][A-Za-z0-9_.+-]*$/, 'answers.vmName');

export const vmAnswers = z
  .object({
    name: vmName.default('vm1'),
    vcpus: z.number().int().min(1).max(512).optional(),
    memoryMiB: z
      .number()
      .int()
      .min(256)
      .max(16 * 1024 * 1024)
      .optional(),
    diskGiB: z.number().int().min(1).max(65536).optional(),
    network: z.enum(['bridge', 'nat']).optional(),
    osVariant: identifier(64, /^[a-z][a-z0-9.-]*$/, 'answers.osVariant').optional(),
    graphics: z.enum(['vnc', 'spice']).default('vnc'),
  })
  .strict();

export const answersSchema = z
  .object({
    host: z
      .object({
        /** Continue although the CPU shows no vmx/svm (VMs then run emulated, very slowly). */
        allowNoVirt: z.boolean().default(false),
      })
      .strict()
      .optional(),
    bridge: bridgeAnswers.optional(),
    iso: isoAnswers.optional(),
    vm: vmAnswers.optional(),
  })
  .strict();

export type Answers = z.infer<typeof answersSchema>;
export type IsoAnswers = z.infer<typeof isoAnswers>;
export type VmAnswers = z.infer<typeof vmAnswers>;
export type BridgeAnswers = z.infer<typeof bridgeAnswers>;

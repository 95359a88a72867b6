import { z } from 'zod';
import { isValidIpv4, parseCidr } from '../plan/ipv4.js';

/**
 * The answers model: what the screens ask and what `--answers FILE` writes down. One schema for both, so the
 * TUI and `--yes` build the same plan. Unknown keys are errors (a typo must not be silently ignored).
 * Our own messages are catalogue keys ('answers.…', params in the issue): formatIssues says them in the
 * user's language; zod's built-in ones follow its locale (see setValidationLanguage).
 */

const ifname = z
  .string()
  .min(1)
  .refine((s) => Buffer.byteLength(s) <= 15, 'answers.ifnameLength')
  .refine((s) => /^[^\s/:]+$/.test(s) && s !== '.' && s !== '..', 'answers.ifnameChars');

const ipv4Address = z.string().refine(isValidIpv4, 'answers.notIpv4');

const ipv4 = z
  .object({
    method: z.enum(['auto', 'manual']),
    address: z
      .string()
      .refine((s) => parseCidr(s) !== undefined, 'answers.notCidr')
      .optional(),
    gateway: ipv4Address.optional(),
    dns: z.array(ipv4Address).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.method !== 'manual') {
      for (const key of ['address', 'gateway'] as const) {
        if (v[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'answers.onlyManual' });
      }
      return;
    }
    if (!v.address) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: 'answers.requiredManual' });
      return;
    }
    const net = parseCidr(v.address);
    if (net && net.prefix <= 30 && (net.address === net.network || net.address === net.broadcast)) {
      ctx.addIssue({
        code: 'custom',
        path: ['address'],
        message: net.address === net.network ? 'answers.networkAddress' : 'answers.broadcastAddress',
        params: { address: net.address, subnet: `${net.network}/${net.prefix}` },
      });
    }
    // Without a gateway the host loses its default route: over SSH from another network, that is a lock-out.
    if (net && !v.gateway)
      ctx.addIssue({ code: 'custom', path: ['gateway'], message: 'answers.requiredManual' });
    // A gateway that is not an address already has its own error; "must be inside" would only confuse.
    if (!net || !v.gateway || !isValidIpv4(v.gateway)) return;
    if (v.gateway === net.address) {
      ctx.addIssue({ code: 'custom', path: ['gateway'], message: 'answers.gatewayIsAddress' });
    } else if (!net.contains(v.gateway)) {
      ctx.addIssue({
        code: 'custom',
        path: ['gateway'],
        message: 'answers.gatewayOutside',
        params: { subnet: `${net.network}/${net.prefix}` },
      });
    }
  });

export const bridgeAnswers = z
  .object({
    name: ifname.default('br0'),
    interface: ifname.optional(),
    stp: z.boolean().default(false),
    ipv4: ipv4.optional(),
    /** Seconds NetworkManager waits for a confirmation before it rolls the change back by itself. */
    rollbackTimeout: z.number().int().min(15).max(600).default(90),
  })
  .strict();

const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'answers.notSha256');
/** The ISO itself may come over plain http: its hash is checked. The hash must not: it is what protects. */
const downloadUrl = z.url({ protocol: /^https?$/ });
const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'answers.httpsOnly',
});

/** One of: an ISO on disk, a catalogue entry, or your own URL with its SHA-256 or checksum file. */
export const isoAnswers = z.union(
  [
    z.object({ path: z.string().startsWith('/', 'answers.absolutePath') }).strict(),
    z.object({ catalog: z.string().min(1) }).strict(),
    z
      .object({ url: downloadUrl, sha256: sha256.optional(), checksumUrl: httpsUrl.optional() })
      .strict()
      .refine((v) => v.sha256 || v.checksumUrl, {
        message: 'answers.needChecksum',
        path: ['sha256'],
      }),
  ],
  // Raised only when no branch comes close (`iso: {}`, `path` and `catalog` together); zod's own is "Invalid input".
  { error: 'answers.isoOneOf' },
);

/** libvirt accepts almost any name; these rules keep it usable in shells, file names and Cockpit. */
export const vmName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,62}$/, 'answers.vmName');

export const vmAnswers = z
  .object({
    name: vmName.default('vm1'),
    vcpus: z.number().int().min(1).max(512).optional(),
    memoryMiB: z.number().int().min(256).optional(),
    diskGiB: z.number().int().min(1).max(65536).optional(),
    network: z.enum(['bridge', 'nat']).optional(),
    osVariant: z
      .string()
      .regex(/^[a-z][a-z0-9.-]*$/, 'answers.osVariant')
      .optional(),
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

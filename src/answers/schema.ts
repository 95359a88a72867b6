import { z } from 'zod';
import { isValidIpv4, parseCidr } from '../plan/ipv4.js';

/**
 * The answers model: what the screens ask and what `--answers FILE` writes down. One schema for both, so the
 * TUI and `--yes` build the same plan. Unknown keys are errors (a typo must not be silently ignored).
 */

const ifname = z
  .string()
  .min(1)
  .refine((s) => Buffer.byteLength(s) <= 15, 'at most 15 bytes (kernel interface-name limit)')
  .refine((s) => /^[^\s/:]+$/.test(s) && s !== '.' && s !== '..', 'no spaces, "/" or ":"');

const ipv4Address = z.string().refine(isValidIpv4, 'not an IPv4 address like 192.168.1.10');

const ipv4 = z
  .object({
    method: z.enum(['auto', 'manual']),
    address: z
      .string()
      .refine((s) => parseCidr(s) !== undefined, 'not an address with prefix like 192.168.1.10/24')
      .optional(),
    gateway: ipv4Address.optional(),
    dns: z.array(ipv4Address).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.method !== 'manual') {
      for (const key of ['address', 'gateway'] as const) {
        if (v[key])
          ctx.addIssue({ code: 'custom', path: [key], message: 'only with method manual (DHCP sets it)' });
      }
      return;
    }
    if (!v.address) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: 'required when method is manual' });
      return;
    }
    const net = parseCidr(v.address);
    if (net && net.prefix <= 30 && (net.address === net.network || net.address === net.broadcast)) {
      const which = net.address === net.network ? 'the network address' : 'the broadcast address';
      ctx.addIssue({
        code: 'custom',
        path: ['address'],
        message: `${net.address} is ${which} of ${net.network}/${net.prefix}, not one a host can use`,
      });
    }
    // Without a gateway the host loses its default route: over SSH from another network, that is a lock-out.
    if (net && !v.gateway)
      ctx.addIssue({ code: 'custom', path: ['gateway'], message: 'required when method is manual' });
    // A gateway that is not an address already has its own error; "must be inside" would only confuse.
    if (!net || !v.gateway || !isValidIpv4(v.gateway)) return;
    if (v.gateway === net.address) {
      ctx.addIssue({ code: 'custom', path: ['gateway'], message: 'must differ from the address' });
    } else if (!net.contains(v.gateway)) {
      ctx.addIssue({
        code: 'custom',
        path: ['gateway'],
        message: `must be inside ${net.network}/${net.prefix}`,
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

const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'not a SHA-256 (64 hex digits)');
/** The ISO itself may come over plain http: its hash is checked. The hash must not: it is what protects. */
const downloadUrl = z.url({ protocol: /^https?$/ });
const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'must be an https:// URL (the checksum is what protects the download)',
});

/** One of: an ISO on disk, a catalogue entry, or your own URL with its SHA-256 or checksum file. */
export const isoAnswers = z.union(
  [
    z.object({ path: z.string().startsWith('/', 'must be an absolute path') }).strict(),
    z.object({ catalog: z.string().min(1) }).strict(),
    z
      .object({ url: downloadUrl, sha256: sha256.optional(), checksumUrl: httpsUrl.optional() })
      .strict()
      .refine((v) => v.sha256 || v.checksumUrl, {
        message: 'give sha256 or checksumUrl: an unverified ISO is never used',
        path: ['sha256'],
      }),
  ],
  // Raised only when no branch comes close (`iso: {}`, `path` and `catalog` together); zod's own is "Invalid input".
  { error: 'give exactly one of path, catalog, or url (with sha256 or checksumUrl)' },
);

/** libvirt accepts almost any name; these rules keep it usable in shells, file names and Cockpit. */
export const vmName = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,62}$/,
    'letters, digits and _ . + - only, up to 63, starting with a letter or digit',
  );

export const vmAnswers = z
  .object({
    name: vmName.default('vm1'),
    vcpus: z.number().int().min(1).max(512).optional(),
    memoryMiB: z.number().int().min(256).optional(),
    diskGiB: z.number().int().min(1).max(65536).optional(),
    network: z.enum(['bridge', 'nat']).optional(),
    osVariant: z
      .string()
      .regex(/^[a-z][a-z0-9.-]*$/, 'an osinfo short id such as centos-stream9')
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

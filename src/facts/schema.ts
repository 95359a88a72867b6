import { z } from 'zod';
import { isMessageKey, type MessageKey } from '../i18n/messages.js';
import { CHECK_NAMES } from './bridge-status.js';
import type { Facts } from './types.js';

/**
 * Facts as a file: what `kvm-wizard facts --json` prints and `--facts FILE` reads back (a bug report, a golden
 * test case). The schema mirrors `Facts` field for field; the assertion at the end stops the build when one
 * changes without the other. A change that old files cannot satisfy bumps FACTS_VERSION.
 */

export const FACTS_FORMAT = 'kvm-wizard-facts';
export const FACTS_VERSION = 1;

const messageKey = z.custom<MessageKey>((v) => typeof v === 'string' && isMessageKey(v), 'not a message key');
const messageParams = z.record(z.string(), z.union([z.string(), z.number()]));

const bridgeCheck = z.strictObject({
  name: z.enum(CHECK_NAMES),
  ok: z.boolean(),
  expected: z.string(),
  found: z.string(),
  missing: z.array(z.string()).optional(),
});
const reason = { reason: messageKey, params: messageParams.optional() };

/** A time as Date can hold it (ms since the epoch): a larger one would make "Invalid time value" when shown. */
const time = z.number().int().min(0).max(8.64e15);

const pending = {
  id: z.string(),
  at: time,
  checkpoint: z.string(),
  deadline: time,
  pid: z.number(),
};
/** A bridge change's status as the applier writes it (facts/bridge-jobs.ts reads it through this too). */
export const bridgeStatus = z.discriminatedUnion('phase', [
  z.strictObject({ phase: z.literal('applying'), ...pending }),
  z.strictObject({
    phase: z.literal('verified'),
    ...pending,
    checks: z.array(bridgeCheck),
    reconnect: z.strictObject({ addresses: z.array(z.string()) }).optional(),
  }),
  z.strictObject({
    phase: z.literal('committed'),
    id: z.string(),
    at: time,
    checks: z.array(bridgeCheck),
  }),
  z.strictObject({
    phase: z.literal('rolled-back'),
    id: z.string(),
    at: time,
    reason: messageKey,
    params: messageParams.optional(),
    checks: z.array(bridgeCheck).optional(),
  }),
  z.strictObject({
    phase: z.literal('rollback-failed'),
    id: z.string(),
    at: time,
    ...reason,
    checks: z.array(bridgeCheck).optional(),
    rollback: z.strictObject(reason),
    manual: z.array(z.string()),
  }),
  z.strictObject({
    phase: z.literal('refused'),
    id: z.string(),
    at: time,
    reason: messageKey,
    params: messageParams.optional(),
  }),
]);

const ipSettings = { addresses: z.array(z.string()), gateway: z.string(), dns: z.array(z.string()) };

const uplink = z.strictObject({
  interface: z.string(),
  mac: z.string(),
  liveAddresses: z.array(z.string()),
  gateway: z.string(),
  defaultRouteMetric: z.number().optional(),
  state: z
    .strictObject({
      addresses: z.array(z.strictObject({ cidr: z.string(), dynamic: z.boolean() })),
      routes: z
        .array(
          z.strictObject({
            family: z.union([z.literal(4), z.literal(6)]),
            dst: z.string(),
            gateway: z.string().optional(),
            dev: z.string(),
            metric: z.number(),
            protocol: z.string(),
          }),
        )
        .optional(),
      mtu: z.number().optional(),
      dns: z.array(z.string()).optional(),
    })
    .optional(),
  connection: z
    .strictObject({
      uuid: z.string(),
      name: z.string(),
      type: z.string(),
      controller: z.string(),
      ipv4: z.strictObject({
        method: z.enum(['auto', 'manual', 'disabled', 'link-local', 'shared']),
        ...ipSettings,
      }),
      ipv6: z.strictObject({ method: z.string(), ...ipSettings }),
      profile: z.record(z.string(), z.string()).optional(),
      profileDuplicates: z.array(z.string()).optional(),
      profileError: z.string().optional(),
    })
    .optional(),
});

export const factsSchema = z.strictObject({
  probedAt: z.number(),
  standIn: z.literal(true).optional(),
  os: z.strictObject({
    id: z.string(),
    idLike: z.array(z.string()),
    versionId: z.string(),
    name: z.string(),
    prettyName: z.string(),
  }),
  cpu: z.strictObject({
    vendor: z.enum(['intel', 'amd', 'other']),
    flag: z.enum(['vmx', 'svm']).optional(),
    model: z.string(),
    count: z.number(),
  }),
  devKvm: z.boolean(),
  kvmModules: z.array(z.string()),
  isRoot: z.boolean(),
  packages: z.record(z.string(), z.boolean()),
  units: z.record(z.string(), z.strictObject({ enabled: z.string(), active: z.string() })),
  libvirtNetworks: z
    .array(
      z.strictObject({
        name: z.string(),
        active: z.boolean(),
        autostart: z.boolean(),
        persistent: z.boolean(),
      }),
    )
    .optional(),
  defaultNet: z
    .strictObject({
      name: z.string(),
      bridge: z.string(),
      forward: z.string(),
      ipAddress: z.string(),
      netmask: z.string(),
      prefix: z.number(),
      dhcpStart: z.string(),
      dhcpEnd: z.string(),
    })
    .optional(),
  nm: z.strictObject({
    running: z.boolean(),
    version: z.string(),
    connections: z.array(
      z.strictObject({ name: z.string(), uuid: z.string(), type: z.string(), device: z.string() }),
    ),
    devices: z.array(
      z.strictObject({
        device: z.string(),
        type: z.string(),
        state: z.string(),
        connection: z.string(),
        speedMbps: z.number().optional(),
      }),
    ),
    checkpoints: z.array(z.string()),
    neverExpiring: z.array(z.string()).optional(),
  }),
  lastBridgeApply: z.strictObject({ status: bridgeStatus, reported: z.boolean() }).optional(),
  uplink: uplink.optional(),
  ssh: z
    .strictObject({
      clientAddress: z.string(),
      clientPort: z.number(),
      localAddress: z.string(),
      localPort: z.number(),
      multiplexer: z.enum(['tmux', 'screen', 'none']),
    })
    .optional(),
  invocation: z
    .strictObject({ user: z.string(), command: z.array(z.string()).min(1), sudo: z.boolean() })
    .optional(),
  ipv4Addresses: z.array(z.strictObject({ iface: z.string(), cidr: z.string() })),
  firewall: z.strictObject({ kind: z.enum(['firewalld', 'ufw', 'none']), cockpitAllowed: z.boolean() }),
  selinuxEnabled: z.boolean(),
  hasVirtHostValidate: z.boolean(),
  cockpitLogin: z.strictObject({
    rootRefused: z.boolean(),
    adminGroup: z.enum(['wheel', 'sudo']),
    admins: z.array(z.string()),
    withoutPassword: z.array(z.string()).optional(),
  }),
  isos: z.array(z.strictObject({ path: z.string(), volumeId: z.string().optional(), sizeBytes: z.number() })),
  memoryMiB: z.number(),
  memoryAvailableMiB: z.number(),
  imagesFreeBytes: z.number(),
  vms: z.array(z.string()).optional(),
  vncDisplays: z.record(z.string(), z.number().int().min(0).max(59635)).optional(),
  osVariants: z.array(z.string()).optional(),
  osNames: z.record(z.string(), z.string()).optional(),
  isoVariant: z.string().optional(),
});

/** The document around the facts: which format and version, so a later kvm-wizard can tell old files apart. */
export interface FactsDocument {
  format: typeof FACTS_FORMAT;
  version: typeof FACTS_VERSION;
  facts: Facts;
}

export function factsDocument(facts: Facts): FactsDocument {
  return { format: FACTS_FORMAT, version: FACTS_VERSION, facts };
}

// Exactly equal, not merely assignable both ways (that would let an optional field exist on one side only).
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/**
 * Fails to compile when `Facts` (types.ts) and `factsSchema` differ: add the field to both, and bump
 * FACTS_VERSION (and regenerate test/cases with UPDATE_GOLDEN=1) when old files lack a required one.
 */
const factsSchemaMatchesFacts: Equal<z.infer<typeof factsSchema>, Facts> = true;
void factsSchemaMatchesFacts;

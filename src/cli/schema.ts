import { z } from 'zod';
import { answersSchema } from '../answers/schema.js';
import { loadCatalog } from '../iso/catalog.js';

type JsonSchema = { [key: string]: unknown };

/** The same strings as isValidIpv4 and parseCidr accept (no leading zeros, prefix 1–32), as patterns. */
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
export const IPV4_PATTERN = `^${OCTET}(\\.${OCTET}){3}$`;
export const CIDR_PATTERN = `^${OCTET}(\\.${OCTET}){3}/(0?[1-9]|[12][0-9]|3[0-2])$`;
const IFNAME = {
  maxLength: 15,
  pattern: '^[^\\s/:%]+$',
  not: { enum: ['.', '..', 'all', 'default', 'bonding_masters'] },
};

/**
 * What zod's refinements check but JSON Schema cannot say (or says only in part): written into `description`,
 * so an editor shows the rule even where it cannot enforce it. Keys are paths of property names.
 */
const RULES: Record<string, { description: string; extra?: JsonSchema }> = {
  'bridge.name': {
    description: 'Interface name: at most 15 bytes, no whitespace, "/" or ":", not "." or "..".',
    extra: IFNAME,
  },
  'bridge.interface': {
    description:
      'The uplink that becomes the bridge port (host-specific). Interface name: at most 15 bytes, no whitespace, "/" or ":".',
    extra: IFNAME,
  },
  'bridge.ipv4': {
    description:
      'method manual: address and gateway are required; the address is not the network or broadcast address of ' +
      'its subnet; the gateway is inside that subnet and is not the address itself. method auto: no address ' +
      'or gateway. Omit ipv4 to copy the uplink’s current settings.',
  },
  'bridge.ipv4.address': {
    description: 'IPv4 address with prefix length, e.g. 192.168.1.20/24 (host-specific).',
    extra: { pattern: CIDR_PATTERN },
  },
  'bridge.ipv4.gateway': { description: 'IPv4 address (host-specific).', extra: { pattern: IPV4_PATTERN } },
  'bridge.rollbackTimeout': {
    description: 'Seconds NetworkManager waits for a confirmation before it rolls the bridge change back.',
  },
  'bridge.reconnectTimeout': {
    description:
      'Seconds before the rollback when the host’s address moves and the change waits for `kvm-wizard confirm` from a new session (default 180).',
  },
  iso: {
    description:
      'One of: path (an ISO on disk), catalog (a catalogue entry), or url with sha256 or checksumUrl.',
  },
  'vm.name': {
    description: 'Letters, digits, "_", ".", "+", "-"; starts with a letter or digit; at most 63.',
    // The answers model checks it in a refinement, which zod cannot write as JSON Schema: said here.
    extra: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.+-]*$', maxLength: 63 },
  },
};

/** The answers model as JSON Schema (draft 2020-12), for editors and CI: `kvm-wizard schema`. */
export function answersJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(answersSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema;
  for (const [path, rule] of Object.entries(RULES)) {
    const node = at(schema, path.split('.'));
    if (!node) throw new Error(`answers schema has no ${path}`);
    Object.assign(node, rule.extra ?? {}, { description: rule.description });
  }
  const dns = at(schema, ['bridge', 'ipv4', 'dns']);
  if (dns) Object.assign(dns.items as JsonSchema, { pattern: IPV4_PATTERN });
  for (const branch of (at(schema, ['iso'])?.anyOf ?? []) as JsonSchema[]) {
    const props = branch.properties as Record<string, JsonSchema>;
    // zod's startsWith becomes a non-standard format "starts_with"; its pattern already says the same.
    if (props.path?.format === 'starts_with') delete props.path.format;
    // An absolute path (the model's refinement, which zod cannot write as JSON Schema).
    if (props.path) Object.assign(props.path, { pattern: '^/' });
    if (props.catalog) Object.assign(props.catalog, { enum: loadCatalog().map((e) => e.id) });
    if (props.url) {
      // "sha256 or checksumUrl" is expressible: one of the two is required.
      branch.anyOf = [{ required: ['sha256'] }, { required: ['checksumUrl'] }];
      branch.not = { required: ['sha256', 'checksumUrl'] };
      branch.description = 'url (http or https) with sha256 or checksumUrl (https only).';
      Object.assign(props.url as JsonSchema, { pattern: '^https?://' });
      Object.assign(props.checksumUrl as JsonSchema, { pattern: '^https://' });
    }
  }
  return {
    title: 'kvm-wizard answers file',
    ...schema,
  };
}

function at(schema: JsonSchema, path: string[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[key];
  return node;
}

export function printSchema(write: (s: string) => void): number {
  write(JSON.stringify(answersJsonSchema(), null, 2));
  return 0;
}

/**
 * A self-signed certificate for 127.0.0.1, made with openssl for the test, and an undici client
 * that trusts it (and nothing else): real TLS, without NODE_TLS_REJECT_UNAUTHORIZED.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Agent, fetch as undiciFetch } from 'undici';
import type { HttpClient } from '../../../src/iso/http.js';

const run = promisify(execFile);

export async function selfSignedCert(): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kvmwiz-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]);
    return { key: await readFile(key, 'utf8'), cert: await readFile(cert, 'utf8') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** undici's fetch with an Agent that trusts `ca`; close it with `client.dispatcher.close()`. */
export function trustingClient(ca: string): HttpClient & { dispatcher: Agent } {
  return { fetch: undiciFetch as unknown as typeof fetch, dispatcher: new Agent({ connect: { ca } }) };
}

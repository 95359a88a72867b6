/** Shared set-up of the download tests: a real ISO, a self-signed CA, servers closed after each test. */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { IsoDownloadError } from '../../../src/iso/errors.js';
import type { HttpClient } from '../../../src/iso/http.js';
import { type IsoServer, startIsoServer } from './iso-server.js';
import { makeIso } from './make-iso.js';
import { selfSignedCert, trustingClient } from './tls.js';

export const ISO_PATH = '/isos/Rocky-9-latest-x86_64-minimal.iso';

export interface DownloadFixture {
  work: string;
  iso: Buffer;
  sha256: string;
  tls: { key: string; cert: string };
  /** undici fetch trusting the test CA, for http and https servers alike. */
  http: HttpClient;
  serve(options?: Omit<Parameters<typeof startIsoServer>[0], 'filePath' | 'file'>): Promise<IsoServer>;
  serveHttps(
    options?: Omit<Parameters<typeof startIsoServer>[0], 'filePath' | 'file' | 'tls'>,
  ): Promise<IsoServer>;
  freshDest(): Promise<string>;
}

/** Call at the top of a describe block; the fields are filled in by beforeAll. */
export function useDownloadFixture(): DownloadFixture {
  const servers: IsoServer[] = [];
  let client: ReturnType<typeof trustingClient> | undefined;
  const fixture = {
    serve: async (options = {}) => {
      const server = await startIsoServer({ filePath: ISO_PATH, file: fixture.iso, ...options });
      servers.push(server);
      return server;
    },
    serveHttps: (options = {}) => fixture.serve({ ...options, tls: fixture.tls }),
    freshDest: async () => join(await mkdtemp(join(fixture.work, 'dest-')), 'guest.iso'),
  } as DownloadFixture;

  beforeAll(async () => {
    fixture.work = await mkdtemp(join(tmpdir(), 'kvmwiz-dl-'));
    // ~2 MiB so a connection cut at 1 MiB lands mid-body.
    fixture.iso = await readFile(
      await makeIso({ workDir: fixture.work, volumeId: 'KVMWIZ_TEST', payloadBytes: 2 * 1024 * 1024 }),
    );
    fixture.sha256 = createHash('sha256').update(fixture.iso).digest('hex');
    fixture.tls = await selfSignedCert();
    client = trustingClient(fixture.tls.cert);
    fixture.http = client;
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await client?.dispatcher.destroy();
    await rm(fixture.work, { recursive: true, force: true });
  });
  return fixture;
}

export const fileRequests = (s: IsoServer) => s.requests.filter((r) => r.path === ISO_PATH);

export async function expectCode(
  promise: Promise<unknown>,
  code: IsoDownloadError['code'],
): Promise<IsoDownloadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IsoDownloadError);
  expect((error as IsoDownloadError).code).toBe(code);
  return error as IsoDownloadError;
}

/**
 * Proxies from the environment, as curl and dnf honour them (Node's own fetch ignores them): a tiny
 * CONNECT proxy on 127.0.0.1 records where it was asked to connect; NO_PROXY sends requests around it.
 */

import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { downloadIso } from '../../src/iso/download.js';
import { expectCode, fileRequests, ISO_PATH, useDownloadFixture } from './helpers/download-fixture.js';
import { hasXorriso } from './helpers/make-iso.js';

const xorriso = await hasXorriso();
const PROXY_VARS = [
  'http_proxy',
  'HTTP_PROXY',
  'https_proxy',
  'HTTPS_PROXY',
  'no_proxy',
  'NO_PROXY',
  'all_proxy',
];

/** Records each CONNECT target and tunnels it through. */
async function startConnectProxy(): Promise<{ url: string; targets: string[]; close(): Promise<void> }> {
  const targets: string[] = [];
  const server: Server = createServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req, client, head) => {
    targets.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).on('error', () => undefined);
      client.pipe(upstream).on('error', () => undefined);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    targets,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.skipIf(!xorriso)('downloadIso: proxies from the environment (no http client given)', () => {
  const f = useDownloadFixture();
  const warnings: string[] = [];
  let proxy: Awaited<ReturnType<typeof startConnectProxy>> | undefined;

  beforeAll(() => {
    process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await proxy?.close();
    proxy = undefined;
  });

  function stubProxyEnv(vars: Record<string, string>) {
    for (const name of PROXY_VARS) vi.stubEnv(name, undefined);
    for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  }

  it.each(['http_proxy', 'HTTP_PROXY'])('%s: the ISO comes through the proxy', async (name) => {
    proxy = await startConnectProxy();
    const s = await f.serve();
    stubProxyEnv({ [name]: proxy.url });
    const dest = await f.freshDest();
    await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256 });
    expect(proxy.targets).toEqual([new URL(s.url).host]);
    expect((await readFile(dest)).equals(f.iso)).toBe(true);
    // undici calls EnvHttpProxyAgent experimental; that warning must not land on the wizard's screen.
    expect(warnings.filter((w) => /EnvHttpProxyAgent/.test(w))).toEqual([]);
  });

  it.each(['https_proxy', 'HTTPS_PROXY'])(
    '%s: an https checksum file is fetched through the proxy',
    async (name) => {
      proxy = await startConnectProxy();
      const s = await f.serveHttps({ texts: { '/SUMS': `${f.sha256}  x.iso\n` } });
      stubProxyEnv({ [name]: proxy.url });
      // The default client trusts only the system CAs, so the TLS handshake through the tunnel fails:
      // what matters here is that the proxy was asked, and that the server saw no request.
      await expectCode(
        downloadIso({ url: `${s.url}/x.iso`, dest: await f.freshDest(), checksumUrl: `${s.url}/SUMS` }),
        'http',
      );
      expect(proxy.targets).toEqual([new URL(s.url).host]);
      expect(s.requests).toEqual([]);
    },
  );

  it.each(['no_proxy', 'NO_PROXY'])('%s naming the host: straight to the server', async (name) => {
    proxy = await startConnectProxy();
    const s = await f.serve();
    stubProxyEnv({ http_proxy: proxy.url, https_proxy: proxy.url, [name]: 'localhost,127.0.0.1' });
    await downloadIso({ url: s.url + ISO_PATH, dest: await f.freshDest(), expectedSha256: f.sha256 });
    expect(proxy.targets).toEqual([]);
    expect(fileRequests(s)).toHaveLength(1);
  });
});

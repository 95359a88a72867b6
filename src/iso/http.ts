/**
 * The one way src/iso fetches a URL: undici's fetch through a proxy-aware dispatcher (https_proxy,
 * http_proxy, no_proxy, like curl and dnf; Node's global fetch ignores them), following redirects
 * by hand so each hop's scheme is checked BEFORE it is requested: once https, never plain http.
 */
import type { Dispatcher } from 'undici';
import { cancelled, describeError, IsoDownloadError } from './errors.js';
import { maskUrl, splitCredentials } from './url-credentials.js';

export interface HttpClient {
  fetch: typeof fetch;
  /** undici dispatcher passed to every request (a proxy agent, or an Agent trusting a test CA). */
  dispatcher?: Dispatcher;
}

/** Redirects followed before giving up (curl's default is 50, browsers stop at 20; mirrors use 1 or 2). */
export const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface GetOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Refuse a plain-http URL even as the first hop (checksum files: they are what protects). */
  httpsOnly?: boolean;
}

/** GET `url`, following up to MAX_REDIRECTS redirects; the final non-redirect response is returned unread. */
export async function httpGet(client: HttpClient, url: string, options: GetOptions = {}): Promise<Response> {
  const { signal } = options;
  const first = splitCredentials(url);
  const origin = new URL(first.url).origin;
  let current = new URL(first.url);
  let secure = current.protocol === 'https:';
  if (options.httpsOnly && !secure) {
    throw new IsoDownloadError('insecure', 'iso.err.notHttps', { url: maskUrl(url) });
  }
  for (let hop = 0; ; hop++) {
    const headers = { ...options.headers };
    // Credentials go only to the origin the user named (a redirect elsewhere must not receive them).
    if (first.authorization && current.origin === origin) headers.authorization = first.authorization;
    const response = await send(client, current.href, headers, signal);
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    if (hop >= MAX_REDIRECTS) {
      throw new IsoDownloadError('http', 'iso.err.tooManyRedirects', {
        url: maskUrl(url),
        max: MAX_REDIRECTS,
      });
    }
    const next = resolveLocation(location, current);
    if (!next) {
      throw new IsoDownloadError('http', 'iso.err.badRedirect', {
        url: maskUrl(current.href),
        location: location.slice(0, 200),
      });
    }
    if (next.protocol !== 'https:' && (secure || options.httpsOnly)) {
      throw new IsoDownloadError('insecure', 'iso.err.insecureRedirect', {
        from: maskUrl(current.href),
        to: maskUrl(next.href),
      });
    }
    secure ||= next.protocol === 'https:';
    current = next;
  }
}

function resolveLocation(location: string, base: URL): URL | undefined {
  try {
    const next = new URL(location, base);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') return undefined;
    // Credentials planted in a Location are not ours to send.
    next.username = '';
    next.password = '';
    return next;
  } catch {
    return undefined;
  }
}

async function send(
  client: HttpClient,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const init: RequestInit & { dispatcher?: Dispatcher } = { headers, redirect: 'manual' };
  if (signal) init.signal = signal;
  if (client.dispatcher) init.dispatcher = client.dispatcher;
  try {
    return await client.fetch(url, init);
  } catch (error) {
    if (signal?.aborted) throw cancelled(error);
    throw new IsoDownloadError(
      'http',
      'iso.err.connect',
      { url: maskUrl(url), reason: describeError(error) },
      { cause: error },
    );
  }
}

/**
 * undici's fetch with EnvHttpProxyAgent, loaded on first use (the bundle keeps it out of start-up).
 * The agent reads the proxy variables when it is made: one per download, so a changed environment counts.
 */
export async function defaultHttpClient(): Promise<HttpClient> {
  const undici = await import('undici');
  // undici 6 flags EnvHttpProxyAgent "experimental" with a process warning that would be printed across
  // the wizard's screen; it is the only warning the constructor can emit.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return { fetch: undici.fetch as unknown as typeof fetch, dispatcher: new undici.EnvHttpProxyAgent() };
  } finally {
    process.emitWarning = emitWarning;
  }
}

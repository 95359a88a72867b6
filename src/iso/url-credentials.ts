/**
 * Credentials in a download URL (`https://user:pass@host/…`): never shown, and never sent where the
 * user did not point. fetch() refuses such URLs, so they become an Authorization header (as curl does),
 * dropped when a redirect leaves the origin (curl without --location-trusted).
 */

/** The URL with its password (or a lone user name, often a token) replaced by `***`, for screens, logs and scripts. */
export function maskUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL at all: mask anything that looks like userinfo before an "@".
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
  }
  if (!parsed.username && !parsed.password) return url;
  const user = parsed.password ? `${parsed.username}:***` : '***';
  parsed.username = '';
  parsed.password = '';
  return parsed.href.replace('://', `://${user}@`);
}

export interface SplitUrl {
  /** The URL without user name and password. */
  url: string;
  /** Decoded user name, when the URL has one. */
  user?: string;
  /** `Basic …`, when the URL has a user name or password. */
  authorization?: string;
}

export function splitCredentials(url: string): SplitUrl {
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return { url };
  const user = decodeOr(parsed.username);
  const password = decodeOr(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return {
    url: parsed.href,
    user,
    authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
  };
}

/**
 * The URL as curl arguments in an exported script: `-u USER URL`, so curl asks for the password
 * instead of the script holding it; and for an https URL `--proto-redir =https`, the wizard's rule
 * that a redirect never leaves https (curl -L follows one to http otherwise).
 */
export function curlUrlArgs(url: string): string[] {
  const split = splitCredentials(url);
  const https = new URL(split.url).protocol === 'https:' ? ['--proto-redir', '=https'] : [];
  const user = split.user !== undefined ? ['-u', split.user] : [];
  return [...https, ...user, split.url];
}

function decodeOr(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

import { describe, expect, it } from 'vitest';
import { describeError, IsoDownloadError } from '../../src/iso/errors.js';

describe('IsoDownloadError', () => {
  it('writes out control characters a server put in a parameter (status text, Location, file name)', () => {
    const error = new IsoDownloadError('http', 'iso.err.status', {
      url: 'https://h/x.iso',
      status: '404 \u001b[2JGone\r',
    });
    expect(error.message).toBe('https://h/x.iso answered HTTP 404 \\e[2JGone\\r');
  });

  it('describeError gives our message once, without repeating its cause', () => {
    const lost = new IsoDownloadError('http', 'iso.err.lost', { url: 'u', bytes: 5, reason: 'terminated' });
    const gaveUp = new IsoDownloadError(
      'http',
      'iso.err.gaveUp',
      { reason: lost.message, attempts: 3 },
      { cause: lost },
    );
    expect(describeError(gaveUp)).toBe(gaveUp.message);
    expect(describeError(new Error('fetch failed', { cause: new Error('ECONNRESET') }))).toBe(
      'fetch failed: ECONNRESET',
    );
  });
});

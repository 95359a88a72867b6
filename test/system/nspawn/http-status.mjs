// Prints the HTTP status code of one GET (0 when there is no answer); the nspawn test's stand-in for curl,
// so it needs nothing but Node. TLS certificates are not checked (Cockpit's is self-signed).
//
//   node http-status.mjs URL [USER:PASSWORD]
import http from 'node:http';
import https from 'node:https';

const [url, auth] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: http-status.mjs URL [USER:PASSWORD]\n');
  process.exit(2);
}
const client = url.startsWith('https:') ? https : http;
const req = client.get(
  url,
  { rejectUnauthorized: false, timeout: 10_000, ...(auth ? { auth } : {}) },
  (res) => {
    process.stdout.write(`${res.statusCode}\n`);
    res.resume();
    res.on('end', () => process.exit(0));
  },
);
req.on('timeout', () => req.destroy(new Error('timeout')));
req.on('error', (e) => {
  process.stderr.write(`http-status: ${url}: ${e.message}\n`);
  process.stdout.write('0\n');
  process.exit(1);
});

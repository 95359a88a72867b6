// apt's way out of the nspawn container, which has no route to anything but the test LAN.
// Two small processes, both started and stopped (by PID) by boot.sh / down.sh:
//
//   node apt-proxy.mjs proxy --unix SOCKET --allow HOST[,HOST...] [--log FILE]
//     In this machine's own network namespace: a forward HTTP proxy listening on a Unix socket.
//     It forwards GET/HEAD of plain http:// URLs on the allowed hosts (the container's Debian
//     mirrors) to port 80 and answers 403 to everything else. One log line per request.
//   node apt-proxy.mjs relay --listen ADDR:PORT --unix SOCKET
//     Inside the LAN network namespace: pipes each TCP connection to the Unix socket, so the
//     container reaches the proxy at http://192.168.1.1:3142 without any route or firewall rule.
//
// The container's apt gets `Acquire::http::Proxy "http://192.168.1.1:3142/";`.
import { appendFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    unix: { type: 'string' },
    allow: { type: 'string' },
    listen: { type: 'string' },
    log: { type: 'string' },
  },
});
const mode = positionals[0];
if (!values.unix || (mode !== 'proxy' && mode !== 'relay')) {
  process.stderr.write('usage: apt-proxy.mjs proxy --unix SOCKET --allow HOSTS [--log FILE]\n');
  process.stderr.write('       apt-proxy.mjs relay --listen ADDR:PORT --unix SOCKET\n');
  process.exit(2);
}
const socketPath = values.unix;

function log(line) {
  if (values.log) appendFileSync(values.log, `${new Date().toISOString()} ${line}\n`);
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'proxy-authenticate',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);
function endToEnd(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_BY_HOP.has(k.toLowerCase())));
}

function proxy() {
  const allowed = new Set(
    (values.allow ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  let requests = 0;
  let bytes = 0;
  const server = http.createServer((req, res) => {
    const started = Date.now();
    let url;
    try {
      url = new URL(req.url ?? '');
    } catch {
      url = undefined;
    }
    const refuse = (code, why) => {
      log(`${req.method} ${req.url} ${code} refused: ${why}`);
      res.writeHead(code, { 'content-type': 'text/plain' });
      res.end(`apt-proxy: ${why}\n`);
    };
    if (url?.protocol !== 'http:') return refuse(400, 'only absolute http:// URLs');
    if (!allowed.has(url.hostname.toLowerCase()) || (url.port && url.port !== '80'))
      return refuse(403, `host ${url.host} is not one of the container's apt sources`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(405, `method ${req.method}`);
    requests++;
    const upstream = http.request(
      {
        host: url.hostname,
        port: 80,
        method: req.method,
        path: `${url.pathname}${url.search}`,
        headers: { ...endToEnd(req.headers), host: url.host },
        agent,
        timeout: 60_000,
      },
      (up) => {
        let n = 0;
        up.on('data', (chunk) => {
          n += chunk.length;
        });
        up.on('end', () => {
          bytes += n;
          log(`${req.method} ${req.url} ${up.statusCode} ${n} ${Date.now() - started}ms`);
        });
        res.writeHead(up.statusCode ?? 502, endToEnd(up.headers));
        up.pipe(res);
      },
    );
    upstream.on('timeout', () => upstream.destroy(new Error('upstream timeout')));
    upstream.on('error', (e) => {
      log(`${req.method} ${req.url} 502 ${e.message}`);
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`apt-proxy: ${e.message}\n`);
      } else res.destroy();
    });
    req.pipe(upstream);
  });
  server.on('clientError', (_e, sock) => sock.destroy());
  rmSync(socketPath, { force: true });
  server.listen(socketPath, () => log(`proxy listening on ${socketPath}, hosts: ${[...allowed].join(' ')}`));
  const stop = () => {
    log(`proxy stopping: ${requests} requests, ${bytes} bytes from upstream`);
    server.close();
    agent.destroy();
    rmSync(socketPath, { force: true });
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function relay() {
  const m = /^(.+):(\d+)$/.exec(values.listen ?? '');
  if (!m) {
    process.stderr.write('relay needs --listen ADDR:PORT\n');
    process.exit(2);
  }
  const server = net.createServer((client) => {
    const up = net.connect(socketPath);
    const close = () => {
      client.destroy();
      up.destroy();
    };
    client.on('error', close).on('close', close);
    up.on('error', close).on('close', close);
    client.pipe(up);
    up.pipe(client);
  });
  server.listen(Number(m[2]), m[1], () => log(`relay listening on ${values.listen} -> ${socketPath}`));
  const stop = () => {
    server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (mode === 'proxy') proxy();
else relay();

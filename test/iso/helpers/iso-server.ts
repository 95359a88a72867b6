/**
 * A throwaway HTTP or HTTPS server on 127.0.0.1 that serves one file the way mirrors do (200, or
 * 206 for `Range: bytes=N-`), plus checksum files and redirects, with switches for the misbehaviour
 * downloads must survive: dropped connections, no Content-Length, gzip in spite of identity, Range ignored.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface RecordedRequest {
  method: string;
  path: string;
  range?: string;
  acceptEncoding?: string;
  authorization?: string;
}

export interface IsoServerBehaviour {
  /** Answer every request with the whole file, ignoring Range (some proxies and CDNs do). */
  ignoreRange?: boolean;
  /** On the first N file requests (1 when not given): send this many bytes, then destroy the socket. */
  cutAfter?: number;
  cutRequests?: number;
  /** Send the file without Content-Length (chunked), as some dynamic mirrors and proxies do. */
  noContentLength?: boolean;
  /** Send the file gzip-compressed with Content-Encoding: gzip whatever Accept-Encoding says. */
  gzipAnyway?: boolean;
}

export interface IsoServer {
  /** Base URL without a trailing slash (`http://127.0.0.1:PORT` or `https://…`). */
  url: string;
  requests: RecordedRequest[];
  behaviour: IsoServerBehaviour;
  close(): Promise<void>;
}

export async function startIsoServer(options: {
  /** Path the file is served at, e.g. `/isos/Rocky-9-latest-x86_64-minimal.iso`. */
  filePath: string;
  file: Buffer;
  /** Extra text documents: path → body (checksum files). */
  texts?: Record<string, string | Buffer>;
  /** path → Location: answered with 302 (absolute or relative, any scheme). */
  redirects?: Record<string, string>;
  behaviour?: IsoServerBehaviour;
  /** Serve HTTPS with this key and certificate (see tls.ts). */
  tls?: { key: string; cert: string };
}): Promise<IsoServer> {
  const { filePath, file, texts = {}, redirects = {} } = options;
  const behaviour: IsoServerBehaviour = { ...options.behaviour };
  const requests: RecordedRequest[] = [];
  let fileRequests = 0;

  const serveFile = (req: IncomingMessage, res: ServerResponse): void => {
    fileRequests++;
    if (behaviour.gzipAnyway) {
      // The gzip bytes' length: a client that trusts it sees "fewer bytes than announced" forever.
      const packed = gzipSync(file);
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(packed.length) });
      res.end(packed);
      return;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    let start = 0;
    const length = (n: number) => (behaviour.noContentLength ? {} : { 'content-length': String(n) });
    if (range?.[1] && !behaviour.ignoreRange) {
      start = Number(range[1]);
      if (start >= file.length) {
        res.writeHead(416, { 'content-range': `bytes */${file.length}` }).end();
        return;
      }
      res.writeHead(206, {
        'content-type': 'application/octet-stream',
        ...length(file.length - start),
        'content-range': `bytes ${start}-${file.length - 1}/${file.length}`,
        'accept-ranges': 'bytes',
      });
    } else {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        ...length(file.length),
        'accept-ranges': behaviour.ignoreRange ? 'none' : 'bytes',
      });
    }
    const body = file.subarray(start);
    if (behaviour.cutAfter !== undefined && fileRequests <= (behaviour.cutRequests ?? 1)) {
      // Flush N bytes, then drop the connection mid-body like a flaky link would.
      res.write(body.subarray(0, behaviour.cutAfter), () => res.socket?.destroy());
      return;
    }
    res.end(body);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({
      method: req.method ?? 'GET',
      path,
      range: req.headers.range,
      acceptEncoding: req.headers['accept-encoding'],
      authorization: req.headers.authorization,
    });
    const location = redirects[path];
    if (location !== undefined) {
      res.writeHead(302, { location }).end();
      return;
    }
    if (path === filePath) return serveFile(req, res);
    const text = texts[path];
    if (text !== undefined) {
      res
        .writeHead(200, { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(text)) })
        .end(text);
      return;
    }
    res.writeHead(404).end('not found');
  };
  const server: Server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    behaviour,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

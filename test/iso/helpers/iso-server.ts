/**
 * A throwaway HTTP server on 127.0.0.1 that serves one file the way mirrors do (200, or 206 for
 * `Range: bytes=N-`), plus checksum files, with switches for the failures downloads must survive.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  range?: string;
  acceptEncoding?: string;
}

export interface IsoServerBehaviour {
  /** Answer every request with the whole file, ignoring Range (some proxies and CDNs do). */
  ignoreRange?: boolean;
  /** On the first file request only: send this many bytes, then destroy the socket. */
  cutFirstAfter?: number;
}

export interface IsoServer {
  /** Base URL without a trailing slash. */
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
  texts?: Record<string, string>;
  behaviour?: IsoServerBehaviour;
}): Promise<IsoServer> {
  const { filePath, file, texts = {} } = options;
  const behaviour: IsoServerBehaviour = { ...options.behaviour };
  const requests: RecordedRequest[] = [];
  let fileRequests = 0;

  const serveFile = (req: IncomingMessage, res: ServerResponse): void => {
    fileRequests++;
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    let start = 0;
    if (range?.[1] && !behaviour.ignoreRange) {
      start = Number(range[1]);
      if (start >= file.length) {
        res.writeHead(416, { 'content-range': `bytes */${file.length}` }).end();
        return;
      }
      res.writeHead(206, {
        'content-type': 'application/octet-stream',
        'content-length': String(file.length - start),
        'content-range': `bytes ${start}-${file.length - 1}/${file.length}`,
        'accept-ranges': 'bytes',
      });
    } else {
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(file.length),
        'accept-ranges': behaviour.ignoreRange ? 'none' : 'bytes',
      });
    }
    const body = file.subarray(start);
    if (fileRequests === 1 && behaviour.cutFirstAfter !== undefined) {
      // Flush N bytes, then drop the connection mid-body like a flaky link would.
      res.write(body.subarray(0, behaviour.cutFirstAfter), () => res.socket?.destroy());
      return;
    }
    res.end(body);
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({
      method: req.method ?? 'GET',
      path,
      range: req.headers.range,
      acceptEncoding: req.headers['accept-encoding'],
    });
    if (path === filePath) return serveFile(req, res);
    const text = texts[path];
    if (text !== undefined) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(text);
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    behaviour,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

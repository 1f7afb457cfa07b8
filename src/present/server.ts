// The preview server: 127.0.0.1 only, serves the built HTML deck with live reload, and
// pushes "reload" or "failed" to open pages over server-sent events. It answers only GET and
// HEAD addressed to its own host and port (request-guard.ts).
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { RecapError } from '../errors.js';
import { withLiveReload } from './live-reload.js';
import { refusal } from './request-guard.js';

export interface PreviewServer {
  url: string;
  port: number;
  /** Tell open pages a new deck is ready, or that the last build failed. */
  reload(): void;
  failed(message: string): void;
  close(): Promise<void>;
}

export async function startServer(
  htmlPath: string,
  name: string,
  port: number,
): Promise<PreviewServer & { movedFrom?: number }> {
  const clients = new Set<ServerResponse>();
  let lastError: string | undefined;
  const server = createServer((request, response) => {
    const refused = refusal(request, (server.address() as AddressInfo).port);
    if (refused) {
      response.writeHead(refused.status, { ...refused.headers, 'content-type': 'text/plain; charset=utf-8' });
      response.end(refused.message);
      return;
    }
    const path = pathOf(request.url);
    if (path === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad request: the address cannot be read');
      return;
    }
    if (path === '/__events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      response.write(': connected\n\n');
      if (lastError) response.write(`event: failed\ndata: ${JSON.stringify({ message: lastError })}\n\n`);
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    if (path === '/' || path === `/${name}.html`) {
      readFile(htmlPath, 'utf8').then(
        (html) => {
          response.writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'cache-control': 'no-store',
          });
          response.end(withLiveReload(html));
        },
        () => {
          response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
          response.end(`The deck is not built yet${lastError ? `: ${lastError}` : ''}`);
        },
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  });
  const listening = await listen(server, port);
  const send = (event: string, data: unknown) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  return {
    url: `http://127.0.0.1:${listening}/`,
    port: listening,
    ...(listening !== port ? { movedFrom: port } : {}),
    reload: () => {
      lastError = undefined;
      send('reload', {});
    },
    failed: (message) => {
      lastError = message;
      send('failed', { message });
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
      }),
  };
}

/**
 * The path a request asks for, or undefined when its target is no URL (`//[`): any web page
 * can send such a request, so it must be answered, never thrown inside the server.
 */
function pathOf(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/** Listens on 127.0.0.1, on the port asked for or, when it is busy, the next free one. */
async function listen(server: Server, port: number): Promise<number> {
  for (let candidate = port; candidate < port + 50; candidate += 1) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(candidate, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE')
        throw new RecapError(`cannot listen on 127.0.0.1:${candidate}: ${code ?? error}`, { cause: error });
    }
  }
  throw new RecapError(`no free port between ${port} and ${port + 49}`);
}

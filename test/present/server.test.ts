// The preview server answers GET and HEAD addressed to its own host and port, and nothing
// else: a page whose domain is rebound to 127.0.0.1 (DNS rebinding) cannot read the deck.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PreviewServer, startServer } from '../../src/present/server.js';

let server: PreviewServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recap-deck-server-'));
  writeFileSync(join(dir, 'talk.html'), '<!DOCTYPE html><html><body><h1>the deck</h1></body></html>');
  server = await startServer(join(dir, 'talk.html'), 'talk', 0);
});
afterAll(() => server.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function ask(method: string, host: string, path = '/'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: server.port, method, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
        // The event stream stays open: its first comment is enough.
        if (res.headers['content-type'] === 'text/event-stream') res.destroy();
      });
      res.on('close', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** A request with no Host header at all (HTTP/1.0), written by hand. */
function askWithoutHost(): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write('GET / HTTP/1.0\r\n\r\n'));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('the preview server', () => {
  const own = () => [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `LOCALHOST:${server.port}`];

  it('serves the deck with live reload at its own address, by IP or by localhost', async () => {
    for (const host of own()) {
      const answer = await ask('GET', host);
      expect(answer.status, host).toBe(200);
      expect(answer.body).toContain('the deck');
      expect(answer.body).toContain("new EventSource('/__events')");
    }
    expect((await ask('GET', own()[0]!, '/talk.html')).status).toBe(200);
    expect((await ask('GET', own()[0]!, '/other.html')).status).toBe(404);
    const events = await ask('GET', own()[1]!, '/__events');
    expect(events.status).toBe(200);
    expect(events.body).toContain(': connected');
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await ask('HEAD', own()[0]!);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body).toBe('');
    const events = await ask('HEAD', own()[0]!, '/__events');
    expect([events.status, events.body]).toEqual([200, '']);
  });

  it('refuses every other method with 405 and says which it allows', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await ask(method, own()[0]!);
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD');
      expect(answer.body).not.toContain('<h1>');
    }
  });

  it('refuses any other Host with 403, the event stream included', async () => {
    const strangers = [
      `evil.example:${server.port}`,
      'evil.example',
      '127.0.0.1',
      'localhost',
      `127.0.0.1:${server.port + 1}`,
      `127.0.0.2:${server.port}`,
      `[::1]:${server.port}`,
      `localhost.evil.example:${server.port}`,
    ];
    for (const host of strangers) {
      for (const path of ['/', '/__events']) {
        const answer = await ask('GET', host, path);
        expect(answer.status, `${host}${path}`).toBe(403);
        expect(answer.body).not.toContain('<h1>');
        expect(answer.body).toContain(`http://127.0.0.1:${server.port}/`);
      }
    }
    expect((await ask('POST', `evil.example:${server.port}`)).status).toBe(403);
    const bare = await askWithoutHost();
    expect(bare).toMatch(/^HTTP\/1\.1 403 /);
    expect(bare).not.toContain('<h1>');
  });

  it('answers 400 to a request it cannot parse, and keeps serving', async () => {
    // Any web page can send this one (`<img src="http://127.0.0.1:8080//[">`); `new URL` throws on it.
    for (const path of ['//[', '//[::1', '//%']) {
      const answer = await ask('GET', own()[0]!, path);
      expect([path, answer.status]).toEqual([path, 400]);
      expect(answer.body).not.toContain('<h1>');
    }
    expect((await ask('GET', own()[0]!)).status).toBe(200);
  });
});

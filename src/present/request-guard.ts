// Which requests the preview server refuses: any whose Host is not its own address, so a web
// page whose name an attacker rebinds to 127.0.0.1 cannot read the deck; and any method but
// GET and HEAD, since nothing here is meant to change.
import type { IncomingMessage } from 'node:http';

export interface Refusal {
  status: 403 | 405;
  message: string;
  headers: Record<string, string>;
}

export function refusal(
  request: Pick<IncomingMessage, 'method' | 'headers'>,
  port: number,
): Refusal | undefined {
  const host = request.headers.host?.toLowerCase();
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
    return {
      status: 403,
      message: `This preview answers only at http://127.0.0.1:${port}/ or http://localhost:${port}/`,
      headers: {},
    };
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return {
      status: 405,
      message: 'Method not allowed: the preview answers GET and HEAD only',
      headers: { allow: 'GET, HEAD' },
    };
  return undefined;
}

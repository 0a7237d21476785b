/**
 * A tiny loopback forward proxy that counts what passes through it: CONNECT tunnels (how undici's
 * ProxyAgent reaches every target by default) and absolute-form plain HTTP requests.
 */
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export class CountingProxy {
  readonly seen: string[] = [];
  url = '';
  private server!: Server;
  private sockets = new Set<Socket>();

  static async start(): Promise<CountingProxy> {
    const p = new CountingProxy();
    p.server = createServer((req, res) => {
      p.seen.push(`${req.method} ${req.url}`);
      const target = new URL(req.url!);
      const up = request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode!, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.destroy());
      req.pipe(up);
    });
    p.server.on('connect', (req, client: Socket, head) => {
      p.seen.push(`CONNECT ${req.url}`);
      const [host, port] = req.url!.split(':');
      const up = connect(Number(port), host!, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        up.write(head);
        up.pipe(client);
        client.pipe(up);
      });
      for (const s of [up, client]) {
        p.sockets.add(s);
        s.on('error', () => s.destroy());
        s.on('close', () => p.sockets.delete(s));
      }
    });
    await new Promise<void>((resolve) => p.server.listen(0, '127.0.0.1', resolve));
    p.url = `http://127.0.0.1:${(p.server.address() as AddressInfo).port}`;
    return p;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

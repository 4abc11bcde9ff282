import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { connect, createServer } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SeenResponse } from './contract.js';

const SITE_CONFIG = new URL('../../deploy/nginx/microblog.conf', import.meta.url);

export interface RunningNginx {
  /** https://127.0.0.1:<port>: TLS terminated by nginx with a certificate for 127.0.0.1 (`ca`). */
  httpsUrl: string;
  /** http://127.0.0.1:<port>: the plain-HTTP server, which only redirects. */
  httpUrl: string;
  ca: Buffer;
  /** nginx's access log so far (the site's log format). */
  accessLog(): string;
  stop(): Promise<void>;
}

/** Debian's nginx, when installed (CI installs it). */
export async function nginxInstalled(): Promise<boolean> {
  return promisify(execFile)('nginx', ['-v']).then(
    () => true,
    () => false,
  );
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Replaces each `from` (which must be there: the shipped file changed otherwise) with `to`. */
function substitute(text: string, replacements: [string, string][]): string {
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`deploy/nginx/microblog.conf no longer contains "${from}": update test/support/nginx.ts`);
    text = text.split(from).join(to);
  }
  return text;
}

async function untilListening(port: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const stopped = exited();
    if (stopped !== undefined) throw new Error(`nginx stopped: ${stopped}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(true)).on('error', () => resolve(false));
      socket.unref();
      setTimeout(() => socket.destroy(), 500);
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx is not listening on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Debian's nginx running the site config shipped in deploy/nginx/, in front
 * of `upstreams` (the instances' ports): only the ports, the certificate and
 * the log paths are the test's own. Its certificate is a fresh self-signed one
 * for 127.0.0.1.
 */
export async function startNginx(upstreams: [number, number]): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(tmpdir(), 'microblog-nginx-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert,
  ]); // prettier-ignore
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const site = substitute(readFileSync(SITE_CONFIG, 'utf8'), [
    ['server 127.0.0.1:5000 ', `server 127.0.0.1:${upstreams[0]} `],
    ['server 127.0.0.1:5001 ', `server 127.0.0.1:${upstreams[1]} `],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`],
    ['/etc/letsencrypt/live/api.example.com/fullchain.pem', cert],
    ['/etc/letsencrypt/live/api.example.com/privkey.pem', key],
    ['/var/log/nginx/microblog.access.log', path.join(dir, 'access.log')],
  ]);
  writeFileSync(path.join(dir, 'microblog.conf'), site);
  // What Debian's /etc/nginx/nginx.conf provides around a site, in this directory.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      // As root, workers would switch to a user who cannot read this directory.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
      `  include ${dir}/microblog.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exit: string | undefined;
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = `${signal ?? code}: ${output}`;
      resolve();
    }),
  );
  try {
    await untilListening(httpsPort, () => exit);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    httpsUrl: `https://127.0.0.1:${httpsPort}`,
    httpUrl: `http://127.0.0.1:${httpPort}`,
    ca: readFileSync(cert),
    accessLog: () => readFileSync(path.join(dir, 'access.log'), 'utf8'),
    async stop() {
      child.kill('SIGQUIT'); // nginx's graceful shutdown
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One HTTPS request trusting only `ca`; the response as the contract checks see it. */
export function httpsRequest(
  url: URL,
  options: { method: string; ca: Buffer; headers?: Record<string, string>; body?: string | Buffer },
): Promise<SeenResponse & { body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method, ca: options.ca, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of ([] as (string | undefined)[]).concat(value)) if (one !== undefined) headers.append(name, one);
        }
        // Decoded as a client does; the headers keep the Content-Encoding it came in.
        const raw = Buffer.concat(chunks);
        const decode = { br: brotliDecompressSync, gzip: gunzipSync }[headers.get('content-encoding') ?? ''];
        const text = (decode ? decode(raw) : raw).toString('utf8');
        const isJson = (headers.get('content-type') ?? '').startsWith('application/json');
        resolve({ status: res.statusCode ?? 0, headers, text, body: isJson && text ? JSON.parse(text) : undefined });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

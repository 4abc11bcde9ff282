import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { scratchDatabase, type ScratchDatabase } from './scratch-database.js';
import { RATE_LIMITS_RAISED } from './server.js';

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  exited: Promise<number | null>;
  /** Everything the process has written to stdout and stderr so far. */
  output(): string;
}

/**
 * The server as its own process: `npm start`'s (TypeScript through tsx) by
 * default, or the compiled `dist/src/server.js`. Resolves once it listens.
 */
export async function startServerProcess(env: Record<string, string>, entry = 'src/server.ts'): Promise<ServerProcess> {
  const args = entry.endsWith('.ts') ? ['--import', 'tsx', entry] : [entry];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, HOST: '127.0.0.1', ...RATE_LIMITS_RAISED, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', () => {
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}`, exited, output: () => output };
}

/** `npm run <name> -- <args>` (src/cli/<name>.ts) as its own process; rejects when it exits non-zero. */
export function cliProcess(name: 'migrate' | 'backup', args: string[], databaseUrl: string) {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

/** `npm run migrate -- <command>` as its own process. */
export function migrateProcess(databaseUrl: string, command = 'latest') {
  return cliProcess('migrate', [command], databaseUrl);
}

export interface ScratchServers {
  /** The test's own database (see scratchDatabase). */
  readonly url: string;
  /** Starts a server process on it; it is killed after the test. */
  start(env?: Record<string, string>): Promise<ServerProcess>;
}

/**
 * Mocha hooks for tests that run server processes on a database of their
 * own: a fresh one for each test (PostgreSQL migrated first, as its operator
 * would; SQLite migrates itself), and every server started on it killed
 * (SIGKILL: a test that wanted a graceful stop has stopped it) and the
 * database dropped after.
 */
export function serversOnScratchDatabase(name: string): ScratchServers {
  let database: ScratchDatabase | undefined;
  const servers: ServerProcess[] = [];
  beforeEach(async () => {
    database = await scratchDatabase(name);
    if (!database.url.startsWith('sqlite:')) await migrateProcess(database.url);
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await database?.drop();
  });
  return {
    get url() {
      return database!.url;
    },
    async start(env = {}) {
      const server = await startServerProcess({ PORT: '0', DATABASE_URL: database!.url, BCRYPT_ROUNDS: '4', ...env });
      servers.push(server);
      return server;
    },
  };
}

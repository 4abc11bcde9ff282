import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function answers(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** The machine's Redis, started (as the brief says: nothing kept on disk) when it is not running. */
export async function ensureRedis(): Promise<string> {
  if (await answers()) return REDIS_URL;
  await promisify(execFile)('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no']);
  for (let i = 0; i < 50 && !(await answers()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (!(await answers())) throw new Error(`Redis does not answer at ${REDIS_URL}`);
  return REDIS_URL;
}

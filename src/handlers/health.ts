import type { Handlers } from '../http/operation.js';
import { ping } from '../data/db.js';
import { schemaDifferences } from '../data/migrator.js';
import type { components } from '../generated/openapi.js';
import type { Services } from '../services.js';

type Check = components['schemas']['HealthCheck'];

/** A probe answers within this, whatever the database does: a load balancer's own timeout is short. */
const CHECK_TIMEOUT_MS = 2000;

const pass: Check = { status: 'pass' };

export function healthHandlers({ db, logger, inFlight }: Services): Handlers<'getLiveness' | 'getReadiness'> {
  /**
   * Runs one check against the clock. What failed goes to the log in full;
   * the public answer names only the error's code, never a host, a user or
   * a query.
   */
  const check = async (name: string, run: () => Promise<Check>): Promise<Check> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Check>((resolve) => {
      timer = setTimeout(() => resolve({ status: 'fail', output: `the database did not answer within ${CHECK_TIMEOUT_MS} ms` }), CHECK_TIMEOUT_MS);
    });
    const result = await Promise.race([
      run().catch((error: unknown): Check => {
        logger.warn({ err: error, check: name }, 'readiness check failed');
        const code = (error as { code?: unknown } | null)?.code;
        return { status: 'fail', output: `the database failed the query${typeof code === 'string' ? ` (${code})` : ''}` };
      }),
      late,
    ]);
    clearTimeout(timer);
    return result;
  };

  const migrations = async (): Promise<Check> => {
    const { missing, unknown } = await schemaDifferences(db);
    if (missing.length > 0) {
      return { status: 'fail', output: `${missing.length} migration(s) of this release not run: ${missing.join(', ')}; run \`npm run migrate\`` };
    }
    if (unknown.length > 0) {
      // A rolling upgrade migrates first, then replaces the instances: additive migrations leave this one working.
      return { status: 'pass', output: `the database has ${unknown.length} migration(s) of a newer release` };
    }
    return pass;
  };

  return {
    async getLiveness() {
      return { status: 200, body: { status: 'pass' } };
    },

    async getReadiness() {
      const database = await check('database', async () => {
        await ping(db);
        return pass;
      });
      const checks = {
        database,
        migrations: database.status === 'pass' ? await check('migrations', migrations) : { status: 'fail' as const, output: 'not checked: the database is not answering' },
        serving: inFlight.draining ? { status: 'fail' as const, output: 'shutting down: finishing the requests in flight' } : pass,
      };
      const ready = Object.values(checks).every((result) => result.status === 'pass');
      return ready
        ? { status: 200, body: { status: 'pass', checks } }
        : { status: 503, body: { status: 'fail', checks } };
    },
  };
}

import pg from 'pg';
import type { Logger } from 'pino';
import { ANNOUNCEMENT, type Announcement, type Database } from './db.js';

/** How long to wait before listening again after the connection was lost, at most. */
const MAX_BACKOFF_MS = 5000;
/** How long a connection may take: a database that says nothing must not hold the listener (nor the start) for ever. */
const CONNECT_TIMEOUT_MS = 5000;

/** What listenForAnnouncements started, to stop it. */
export interface Listening {
  close(): Promise<void>;
}

/**
 * On PostgreSQL, hears what every instance's transactions announce (NOTIFY,
 * db.ts's announce) on a connection of its own, outside Knex's pool (LISTEN
 * belongs to one session), and passes it on to this process's listeners
 * (the Database's announcements). It connects in the background, and again
 * whenever the connection is lost; each time after the first, a `resync` tells the
 * listeners that what came meanwhile must be read from the database. On
 * SQLite there is nothing to listen to: the announcements are this
 * process's own.
 */
export async function listenForAnnouncements(db: Database, logger: Logger): Promise<Listening> {
  if (db.isSqlite) return { close: async () => undefined };
  let client: pg.Client | undefined;
  let closed = false;
  let backoffMs = 100;
  let listenedBefore = false;

  const connect = async (): Promise<void> => {
    const connection = new pg.Client({ connectionString: db.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    connection.on('notification', ({ payload }) => {
      if (payload) db.announcements.emit(ANNOUNCEMENT, JSON.parse(payload) as Announcement);
    });
    connection.on('error', (error) => logger.warn({ err: error }, 'the LISTEN connection failed'));
    connection.on('end', () => {
      if (closed) return;
      client = undefined;
      setTimeout(() => void reconnect(), backoffMs).unref();
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${ANNOUNCEMENT}`);
    } catch (error) {
      connection.removeAllListeners('end');
      await connection.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await connection.end();
      return;
    }
    client = connection;
    backoffMs = 100;
  };
  const reconnect = async (): Promise<void> => {
    if (closed) return;
    try {
      await connect();
      if (closed) return;
      // What was announced while no one listened is in the database: the streams catch up from it.
      if (listenedBefore) db.announcements.emit('resync');
      listenedBefore = true;
    } catch (error) {
      logger.warn({ err: error, retryInMs: backoffMs }, 'cannot listen for announcements yet');
      backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
      setTimeout(() => void reconnect(), backoffMs).unref();
    }
  };

  // In the background: the server starts, and says whether it is ready, while the database is away.
  void reconnect();
  return {
    async close() {
      closed = true;
      await client?.end();
    },
  };
}

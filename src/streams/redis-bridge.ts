import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ANNOUNCEMENT, type Announcement, type Database } from '../data/db.js';

/** What one instance publishes: its announcement, and which instance it is (it hears its own at once). */
interface Published {
  from: string;
  announcement: Announcement;
}

export interface Bridge {
  close(): Promise<void>;
}

/**
 * With REDIS_URL: what this instance's transactions announce once committed
 * goes to every other instance by Redis pub/sub, and what they announce
 * comes back the same way, to this process's listeners. After Redis comes
 * back from an outage, a `resync` tells them that what was said meanwhile
 * must be read from the database.
 */
export function bridgeAnnouncements(db: Database, redisUrl: string, logger: Logger): Bridge {
  db.announceAfterCommit();
  const me = randomUUID();
  const fromElsewhere = new WeakSet<object>();
  // A subscribed connection can do nothing else: one to publish, one to listen.
  const options = { lazyConnect: false, maxRetriesPerRequest: 1, retryStrategy: (times: number) => Math.min(times * 100, 5000) };
  const publisher = new Redis(redisUrl, options);
  const subscriber = new Redis(redisUrl, options);
  for (const client of [publisher, subscriber]) client.on('error', (error) => logger.warn({ err: error }, 'Redis is not answering'));

  const publish = (announcement: Announcement) => {
    if (fromElsewhere.has(announcement)) return;
    publisher
      .publish(ANNOUNCEMENT, JSON.stringify({ from: me, announcement } satisfies Published))
      .catch((error: unknown) => logger.warn({ err: error }, 'could not publish an announcement to Redis'));
  };
  db.announcements.on(ANNOUNCEMENT, publish);

  let readyBefore = false;
  subscriber.on('ready', () => {
    if (readyBefore) db.announcements.emit('resync');
    readyBefore = true;
  });
  subscriber.on('message', (_channel: string, message: string) => {
    const { from, announcement } = JSON.parse(message) as Published;
    if (from === me) return;
    fromElsewhere.add(announcement);
    db.announcements.emit(ANNOUNCEMENT, announcement);
  });
  subscriber.subscribe(ANNOUNCEMENT).catch((error: unknown) => logger.warn({ err: error }, 'could not subscribe to Redis'));

  return {
    async close() {
      db.announcements.off(ANNOUNCEMENT, publish);
      await Promise.all([publisher.quit().catch(() => undefined), subscriber.quit().catch(() => undefined)]);
    },
  };
}

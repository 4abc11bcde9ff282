import cluster from 'node:cluster';
import { ANNOUNCEMENT, type Announcement, type Database } from '../data/db.js';

/** A message between the primary and its workers that carries an announcement. */
interface Relayed {
  microblogAnnouncement: Announcement;
}

const isRelayed = (message: unknown): message is Relayed =>
  typeof message === 'object' && message !== null && 'microblogAnnouncement' in message;

/**
 * SQLite with WEB_CONCURRENCY workers: each worker hears only its own
 * commits, so it sends what it announces to the primary, which passes it on
 * to every other worker, where it is heard as if committed there. (On
 * PostgreSQL every worker listens itself: nothing to relay.)
 */
export function relayAnnouncementsFromWorker(db: Database): void {
  if (!cluster.isWorker || !db.isSqlite) return;
  const heard = new WeakSet<object>();
  db.announcements.on(ANNOUNCEMENT, (announcement: Announcement) => {
    if (!heard.has(announcement)) process.send?.({ microblogAnnouncement: announcement } satisfies Relayed);
  });
  process.on('message', (message: unknown) => {
    if (!isRelayed(message)) return;
    heard.add(message.microblogAnnouncement);
    db.announcements.emit(ANNOUNCEMENT, message.microblogAnnouncement);
  });
}

/** The primary's side: what one worker announces goes to all the others. */
export function relayAnnouncementsBetweenWorkers(): void {
  cluster.on('message', (from, message: unknown) => {
    if (!isRelayed(message)) return;
    for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker.id !== from.id && worker.isConnected()) worker.send(message);
  });
}

import Database from 'better-sqlite3';

export const COUNTERS_TABLE = 'rate_limits';

/**
 * SQLite's counters, in a file of their own beside the database
 * (`<file>-ratelimits`): a counter is written on every limited request, and in
 * the database's own file each such write would take the one write lock the
 * server's transactions need, and wait for it synchronously, on the event loop.
 * Here writers hold it for one statement. synchronous=NORMAL: losing the last
 * counts in a power cut only restarts the windows.
 */
export function openCounterFile(filename: string): Database.Database {
  const counters = new Database(filename, { timeout: 5000 });
  // WAL stays set in the file. Setting it takes the file whole, which fails
  // while another process has it open: the first process sets it (server.ts
  // opens the file once before it starts any worker), the others find it set.
  if (counters.pragma('journal_mode', { simple: true }) !== 'wal') counters.pragma('journal_mode = WAL');
  counters.pragma('synchronous = NORMAL');
  counters.exec(`CREATE TABLE IF NOT EXISTS ${COUNTERS_TABLE} (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`);
  return counters;
}

import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * Copies a live SQLite database to `destination` with SQLite's online backup
 * API, page by page, while servers keep reading and writing it (a plain `cp`
 * of a WAL database can copy a torn state). The copy is then checked with
 * PRAGMA integrity_check; a copy that fails is deleted. Resolves to the
 * number of pages copied.
 */
export async function backUpSqlite(file: string, destination: string): Promise<number> {
  if (!existsSync(file)) throw new Error(`there is no database at ${file}`);
  if (existsSync(destination)) throw new Error(`${destination} exists: refusing to overwrite it`);
  if (path.resolve(file) === path.resolve(destination)) throw new Error('the destination is the database itself');
  const source = new Database(file, { fileMustExist: true });
  let pages = 0;
  try {
    const { totalPages } = await source.backup(destination);
    pages = totalPages;
  } finally {
    source.close();
  }
  const copy = new Database(destination, { readonly: true });
  try {
    const verdict = copy.pragma('integrity_check', { simple: true });
    if (verdict !== 'ok') throw new Error(`the copy failed its integrity check: ${String(verdict)}`);
  } catch (error) {
    copy.close();
    rmSync(destination, { force: true });
    throw error;
  }
  copy.close();
  return pages;
}

import { hash, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import Koa from 'koa';
import { pino } from 'pino';
import { loadContract } from '../src/contract.js';
import type { UserRow } from '../src/data/users.js';
import { entityTag } from '../src/http/entity-tags.js';
import { compileSerializers } from '../src/http/serializers.js';
import { Page } from '../src/pagination.js';
import { userRepresentation } from '../src/representations.js';

/**
 * The floor: the least a server on this stack can do to answer two of the
 * bench's endpoints as the contract says, written by hand. Bare Koa, like the
 * ceiling; the token looked up by its hash, the rows read through statements
 * prepared once on better-sqlite3, the server's own representations and
 * serializers, the ETag, the Link header, and the one JSON log line per
 * request, written as the server writes it. No router, validation, rate
 * limit, Knex or error handling: what is left is the work no design can skip.
 * The bench measures it beside the server, so that each target can be read
 * against what is possible at all (SQLite only).
 *
 *   GET /api/users/:id            GET /api/users?page=1&per_page=25
 */
const db = new Database(process.env.FLOOR_DATABASE ?? '');
db.pragma('query_only = ON');
const byToken = db.prepare('select users.*, tokens.id as token_id from tokens join users on users.id = tokens.user_id where tokens.token_hash = ? and tokens.expires_at > ? limit 1');
const byId = db.prepare('select * from users where id = ? limit 1');
const firstPage = db.prepare('select * from users order by id asc limit 26');
const anyBefore = db.prepare('select id from users where id < ? limit 1');
const total = db.prepare("select value from totals where name = 'users' limit 1");

const contract = await loadContract();
const serializers = compileSerializers(contract.operations);
const serializeUser = serializers.get('getUser 200')!;
const serializeUsers = serializers.get('listUsers 200')!;
const destination = pino.destination({ sync: false, minLength: 4096 });
setInterval(() => destination.flush(), 1000).unref();
const logger = pino({ level: 'info' }, destination);

const app = new Koa();
app.use(async (ctx) => {
  const started = performance.now();
  const requestId = randomUUID();
  ctx.set('X-Request-Id', requestId);
  const requester = byToken.get(hash('sha256', ctx.get('authorization').slice(7), 'hex'), Date.now()) as UserRow | undefined;
  if (!requester) {
    ctx.status = 401;
    return;
  }
  let payload: string;
  if (ctx.path === '/api/users') {
    const page = new Page({ page: 1, per_page: 25 }, 'asc');
    const rows = firstPage.all() as UserRow[];
    const slice = { rows: rows.slice(0, 25), hasNext: rows.length > 25, hasPrevious: anyBefore.get(rows[0]!.id) !== undefined };
    const reply = page.reply(slice.rows.map((row) => userRepresentation(row, requester.id)), '/api/users', slice, (total.get() as { value: number }).value);
    ctx.set('Link', reply.headers.Link);
    payload = serializeUsers(reply.body);
  } else {
    const user = byId.get(Number(ctx.path.slice('/api/users/'.length))) as UserRow;
    payload = serializeUser(userRepresentation(user, requester.id));
  }
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = payload;
  ctx.set('ETag', entityTag(payload));
  ctx.set({ 'Cache-Control': 'private, no-cache', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'", 'X-Content-Type-Options': 'nosniff' });
  logger.info({ reqId: requestId, method: ctx.method, route: ctx.path, status: ctx.status, durationMs: performance.now() - started, userId: requester.id, ip: ctx.ip }, 'request');
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

import type { Knex } from 'knex';
import { mentionedUsernames } from '../mentions.js';
import { MAX_TERM_LENGTH, searchText } from '../search.js';
import { isForeignKeyViolation, isSqliteKnex, lockRows, transaction, type Db } from './db.js';
import { recordIdempotency, type IdempotentCreation } from './idempotency.js';
import { pageShapeKey, pageShapeOf, slice, type KeysetSource, type Order, type PageShape, type Slice, type Window } from './keyset.js';
import { preparedSelect, preparedShapes, type ReadSource } from './reader.js';
import { recordEvent } from './events.js';
import { notify, withdraw } from './notifications.js';
import { changed, done, missing, sameVersion, type Outcome } from './outcome.js';
import { adjustTotal, readTotal } from './totals.js';

/** A post with what its representation needs of its author. */
export interface PostRow {
  id: number;
  user_id: number;
  body: string;
  /** A Date on PostgreSQL, epoch milliseconds on SQLite. */
  timestamp: Date | number;
  username: string;
  email: string;
  /** The post it replies to; null when none (or that post was deleted). */
  in_reply_to: number | null;
  reply_count: number;
  like_count: number;
  /** Whom the body mentions: JSON text on SQLite, the array on PostgreSQL (mentionsOf reads either). */
  mentions: string | MentionedUser[];
}

/** Which posts a collection holds. */
export type PostScope =
  | { kind: 'explore' }
  | { kind: 'author'; userId: number }
  /** The user's own posts and those of everyone the user follows. */
  | { kind: 'feed'; userId: number }
  /** The direct replies to a post, oldest first. */
  | { kind: 'replies'; postId: number }
  /** The posts that mention the user. */
  | { kind: 'mentions'; userId: number }
  /**
   * The posts a search finds (searchScope makes it): its dialect's
   * full-text query, and its words as JSON, `[[every word but the last],
   * [what the last may be]]`, for walks that test each post (searchIsDense).
   */
  | { kind: 'search'; match: string; words: string };

/** How many words the last word of a search may stand for: itself, and the longer words it starts. */
const MAX_COMPLETIONS = 50;

const completions = preparedSelect<[string, string], { term: string }>((db, from, to) =>
  db('search_terms').where('term', '>=', from).where('term', '<', to).orderBy('term').limit(MAX_COMPLETIONS).select('term'),
);

/**
 * The scope of a search for `words` (searchWords made them: letters and
 * digits only, never syntax): every word as itself, and the last also as the
 * start of a longer one, through the words posts have held (search_terms), at
 * most MAX_COMPLETIONS of them in order. As FTS5's quoted strings, or
 * PostgreSQL's tsquery.
 */
export async function searchScope(db: Db, words: string[]): Promise<PostScope> {
  const last = words.at(-1)!;
  // Every word that starts with `last` sorts from it up to the same word with its last character raised by one.
  const chars = [...last];
  const after = chars.slice(0, -1).join('') + String.fromCodePoint(chars.at(-1)!.codePointAt(0)! + 1);
  const found = (await completions.rows(db, last, after)).map((row) => row.term);
  const lastAs = [...new Set([last, ...found])];
  const every = words.slice(0, -1);
  const listed = JSON.stringify([every, lastAs]);
  if (isSqliteKnex(db.knex)) {
    const quoted = (word: string) => `"${word}"`;
    return { kind: 'search', match: [...every.map(quoted), `(${lastAs.map(quoted).join(' OR ')})`].join(' AND '), words: listed };
  }
  return { kind: 'search', match: [...every, `(${lastAs.join(' | ')})`].join(' & '), words: listed };
}

/**
 * Whether a search finds its pages by walking posts from the cursor and
 * testing each, rather than by gathering its matches from the full-text
 * index. Neither index can start at a cursor: FTS5 reads from the newest (or
 * oldest) match up to it, so a deep page of a word in every post cost every
 * match before it (50 ms at a million posts), and PostgreSQL's GIN index
 * answers all matches at once, unordered. So a search with fewer than
 * MAX_SEARCH_TOTAL matches gathers them (at most that many, whatever the
 * page), and a commoner one walks: about pageSize * posts / matches rows a
 * page, at most posts / 400 when they are spread evenly. Decided here, from
 * the search's total, not left to PostgreSQL's planner, which took a rare
 * word for a common one and walked every post to find it (3 s).
 */
const searchIsDense = (total: number) => total >= MAX_SEARCH_TOTAL;

/**
 * The walk's test of one post (SQLite; PostgreSQL tests its stored tsvector):
 * its search text holds every word of the first list and one of the second,
 * as whole words. The one argument is the scope's `words`, used twice.
 */
const SQLITE_HOLDS_WORDS =
  "NOT EXISTS (SELECT 1 FROM json_each(?, '$[0]') AS word WHERE instr(' ' || posts.search_text || ' ', ' ' || word.value || ' ') = 0)" +
  " AND EXISTS (SELECT 1 FROM json_each(?, '$[1]') AS word WHERE instr(' ' || posts.search_text || ' ', ' ' || word.value || ' ') > 0)";

/**
 * The rowids of an FTS5 match, in a range, order and number: FTS5 streams
 * them from its index, newest or oldest first, where `rowid IN (MATCH …)`
 * alone would gather every match before the page is cut.
 */
function ftsMatches(db: Knex, match: string, range: { op?: '<' | '>'; cursor?: number; direction: Order; limit: number; offset?: number }): Knex.Raw {
  const beyond = range.op ? ` AND rowid ${range.op} ?` : '';
  const bindings = range.op ? [match, range.cursor as number] : [match];
  return db.raw(
    `SELECT rowid FROM posts_search WHERE posts_search MATCH ?${beyond} ORDER BY rowid ${range.direction === 'asc' ? 'ASC' : 'DESC'} LIMIT ${range.limit} OFFSET ${range.offset ?? 0}`,
    bindings,
  );
}

/** Records the words of a search text, for later searches' last words. */
async function recordTerms(trx: Knex, text: string): Promise<void> {
  const terms = [...new Set(text.split(' ').filter((term) => term !== '' && term.length <= MAX_TERM_LENGTH))];
  if (terms.length > 0) await trx('search_terms').insert(terms.map((term) => ({ term }))).onConflict('term').ignore();
}

/** What a scope's query takes as its argument: its user's or post's id, or a search's match expression (its words, for SQLite's walk). */
function scopeArgument(scope: Exclude<PostScope, { kind: 'explore' }>, db: Db, dense: boolean): number | string {
  if (scope.kind === 'search') return dense && isSqliteKnex(db.knex) ? scope.words : scope.match;
  return scope.kind === 'replies' ? scope.postId : scope.userId;
}

/** The order a scope's pages go in: a conversation reads down, everything else newest first. */
export const orderOf = (scope: PostScope): Order => (scope.kind === 'replies' ? 'asc' : 'desc');

/** A user a post mentions, as its representation shows it. */
export interface MentionedUser {
  id: number;
  username: string;
  email: string;
}

/**
 * A post's mentions as one JSON array in its own row (each dialect's JSON
 * aggregate over the mentions' primary key), so that a page of posts is
 * still one query. SQLite answers the array as text, PostgreSQL as a value.
 */
function mentionsColumn(db: Knex): Knex.Raw {
  return isSqliteKnex(db)
    ? db.raw(
        "(SELECT json_group_array(json_object('id', mu.id, 'username', mu.username, 'email', mu.email)) FROM (SELECT u.id, u.username, u.email FROM mentions AS m JOIN users AS u ON u.id = m.user_id WHERE m.post_id = posts.id ORDER BY u.id) AS mu) AS mentions",
      )
    : db.raw(
        "(SELECT coalesce(json_agg(json_build_object('id', u.id, 'username', u.username, 'email', u.email) ORDER BY u.id), '[]'::json) FROM mentions AS m JOIN users AS u ON u.id = m.user_id WHERE m.post_id = posts.id) AS mentions",
      );
}

/** A post's columns, its author's and its mentions, as every read of posts selects them (the posts table or a page of it as `posts`, joined to `users`). */
export function postColumns(db: Knex): (string | Knex.Raw)[] {
  return ['posts.id', 'posts.user_id', 'posts.body', 'posts.timestamp', 'posts.in_reply_to', 'posts.reply_count', 'posts.like_count', 'users.username', 'users.email', mentionsColumn(db)];
}

/** The mentions of a row as read: text on SQLite, a value on PostgreSQL. */
export function mentionsOf(row: PostRow): MentionedUser[] {
  return typeof row.mentions === 'string' ? (JSON.parse(row.mentions) as MentionedUser[]) : row.mentions;
}

/** Records whom a post's body mentions: the users of those names that exist, in id order. */
async function recordMentions(trx: Knex, postId: number, body: string): Promise<MentionedUser[]> {
  const names = mentionedUsernames(body);
  if (names.length === 0) return [];
  // lower(username): the index users_username_lower_unique serves it.
  const users: MentionedUser[] = await trx('users')
    .whereRaw(`lower(username) in (${names.map(() => '?').join(', ')})`, names)
    .orderBy('id')
    .select('id', 'username', 'email');
  if (users.length > 0) await trx('mentions').insert(users.map((user) => ({ post_id: postId, user_id: user.id })));
  return users;
}

/** The posts whose stored tsvector matches a search's tsquery (PostgreSQL). */
const matchingTsquery = (query: Knex.QueryBuilder, match: string) => query.whereRaw("posts.search_vector @@ to_tsquery('simple', ?)", [match]);

/** `dense`: the feed's authors wrote a large share of all posts (see feedIsDense), or the search is walked (searchIsDense). */
function inScope(query: Knex.QueryBuilder, scope: PostScope, db: Knex, dense = false): Knex.QueryBuilder {
  switch (scope.kind) {
    case 'explore':
      return query;
    case 'author':
      return query.where('posts.user_id', scope.userId);
    case 'replies':
      return query.where('posts.in_reply_to', scope.postId);
    case 'mentions':
      return query.whereIn('posts.id', db('mentions').select('post_id').where('user_id', scope.userId));
    case 'search':
      if (!isSqliteKnex(db)) return matchingTsquery(query, scope.match);
      // Only a walk (dense): SQLite gathers through ftsMatches, which streams what `IN (MATCH …)` would collect.
      return query.whereRaw(SQLITE_HOLDS_WORDS, [scope.words, scope.words]);
    case 'feed': {
      const followed = db('followers').select('followed_id').where('follower_id', scope.userId);
      if (dense) {
        // The unary plus keeps the planner off the per-author index, so that
        // it walks posts newest first and stops after one page (a no-op on
        // PostgreSQL, which picks that plan by itself).
        return query.where((where) =>
          where.whereRaw('+posts.user_id = ?', [scope.userId]).orWhereRaw('+posts.user_id in (?)', [followed]),
        );
      }
      if (isSqliteKnex(db)) return query.where((where) => where.where('posts.user_id', scope.userId).orWhereIn('posts.user_id', followed));
      // PostgreSQL guessed half of all posts for `user_id = ? OR user_id IN (…)` and walked the primary key
      // past every post to find the few of a small feed (64 ms at a million posts); one array of authors is
      // read through the (user_id, id) index (1.4 ms).
      return query.whereRaw('posts.user_id = ANY(ARRAY(SELECT followed_id FROM followers WHERE follower_id = ?) || ?::integer)', [scope.userId, scope.userId]);
    }
  }
}

/**
 * Whether a feed is better read by walking all posts newest first (its
 * authors wrote much of everything) or author by author through the
 * (user_id, id) index (they wrote little). Walking finds a page of n after
 * about n * total / feedTotal posts; the index reads all feedTotal of them
 * and sorts. So walk when feedTotal^2 > n * total; either way a page costs at
 * most about sqrt(n * total) rows, however many users are followed.
 */
function feedIsDense(feedTotal: number, allTotal: number, pageSize: number): boolean {
  return feedTotal * feedTotal > pageSize * allTotal;
}

/** A page read of posts: its scope's kind and plan, and the page's shape. */
type PostShape = PageShape & { kind: PostScope['kind']; dense: boolean };
const postShapeKey = (shape: PostShape) => `${shape.kind} ${shape.dense} ${pageShapeKey(shape)}`;
type ExistsShape = { kind: PostScope['kind']; dense: boolean; op: '<' | '>' };
const existsShapeKey = (shape: ExistsShape) => `${shape.kind} ${shape.dense} ${shape.op}`;

/**
 * A scope of the shape's kind, for its argument (the user 'author', 'feed'
 * and 'mentions' take, the post 'replies' takes; a search's match or words,
 * whichever scopeArgument chose for the shape: a search's query uses one).
 */
const scopeOf = (kind: PostScope['kind'], argument: number | string): PostScope =>
  kind === 'explore'
    ? { kind }
    : kind === 'search'
      ? { kind, match: argument as string, words: argument as string }
      : kind === 'replies'
        ? { kind, postId: argument as number }
        : { kind, userId: argument as number };

/**
 * Orders a page of posts by id; a gathered search (PostgreSQL's, see
 * searchIsDense) by `id + 0`, which no index serves, so that the planner
 * reads the matches from the GIN index and sorts them instead of walking the
 * primary key in search of them.
 */
function orderGathered(query: Knex.QueryBuilder, scope: PostScope, shape: { dense: boolean }, direction: Order): Knex.QueryBuilder {
  return scope.kind === 'search' && !shape.dense ? query.orderByRaw(`posts.id + 0 ${direction}`) : query.orderBy('posts.id', direction);
}

/**
 * One page of posts: chosen from posts alone, then joined to its authors
 * (joined first, SQLite may start from users and sort every post of every author).
 */
function postsPage(shape: PostShape, db: Knex, scope: PostScope, cursor?: number): Knex.QueryBuilder {
  let page: Knex.QueryBuilder;
  if (scope.kind === 'search' && isSqliteKnex(db) && !shape.dense) {
    // FTS5 walks its matches in rowid order and stops at the page: the range, order and limit go inside.
    const found = ftsMatches(db, scope.match, { ...shape, cursor });
    // Driven by the matches (a join), not by a walk of every post testing each against them.
    page = db.from(found.wrap('(', ') AS found')).join('posts', 'posts.id', 'found.rowid').select('posts.*').orderBy('posts.id', shape.direction);
  } else {
    page = inScope(db('posts'), scope, db, shape.dense).select('posts.*').limit(shape.limit);
    orderGathered(page, scope, shape, shape.direction);
    if (shape.op) page.where('posts.id', shape.op, cursor as number);
    else page.offset(shape.offset ?? 0);
  }
  return db.from(page.as('posts')).join('users', 'users.id', 'posts.user_id').select(postColumns(db)).orderBy('posts.id', shape.direction);
}

// Prepared once per shape (reader.ts); the scope's user and the cursor are the arguments.
const exploreFrom = preparedShapes<PostShape, [], PostRow>(postShapeKey, (shape) => (db) => postsPage(shape, db, { kind: 'explore' }));
const exploreBeyond = preparedShapes<PostShape, [number], PostRow>(postShapeKey, (shape) => (db, cursor) => postsPage(shape, db, { kind: 'explore' }, cursor));
const scopedFrom = preparedShapes<PostShape, [number | string], PostRow>(postShapeKey, (shape) => (db, argument) => postsPage(shape, db, scopeOf(shape.kind, argument)));
const scopedBeyond = preparedShapes<PostShape, [number | string, number], PostRow>(postShapeKey, (shape) => (db, argument, cursor) =>
  postsPage(shape, db, scopeOf(shape.kind, argument), cursor),
);
const exploreExists = preparedShapes<ExistsShape, [number], { id: number }>(existsShapeKey, ({ op }) => (db, cursor) =>
  db('posts').where('posts.id', op, cursor).first('posts.id'),
);
const scopedExists = preparedShapes<ExistsShape, [number | string, number], { id: number }>(existsShapeKey, (shape) => (db, argument, cursor) => {
  const nearest = shape.op === '<' ? 'desc' : 'asc';
  if (shape.kind === 'search' && isSqliteKnex(db) && !shape.dense) {
    return db.from(ftsMatches(db, argument as string, { op: shape.op, cursor, direction: nearest, limit: 1 }).wrap('(', ') AS found')).first('found.rowid as id');
  }
  const scope = scopeOf(shape.kind, argument);
  return orderGathered(inScope(db('posts'), scope, db, shape.dense).where('posts.id', shape.op, cursor), scope, shape, nearest).first('posts.id');
});

/**
 * One page of posts, newest first, in the scope (see keyset.ts), given how
 * many posts the scope holds (countPosts).
 */
export async function slicePosts(db: Db, scope: PostScope, window: Window, scopeTotal: number): Promise<Slice<PostRow>> {
  const dense =
    scope.kind === 'feed' ? feedIsDense(scopeTotal, await readTotal(db, 'posts'), window.limit) : scope.kind === 'search' && searchIsDense(scopeTotal);
  const shaped = (range: Parameters<KeysetSource<PostRow>['fetch']>[0]): PostShape => ({ kind: scope.kind, dense, ...pageShapeOf(range) });
  return slice<PostRow>(
    {
      fetch: (range) => {
        const shape = shaped(range);
        if (scope.kind === 'explore') return range.beyond ? exploreBeyond(shape).rows(db, range.beyond.id) : exploreFrom(shape).rows(db);
        const argument = scopeArgument(scope, db, dense);
        return range.beyond ? scopedBeyond(shape).rows(db, argument, range.beyond.id) : scopedFrom(shape).rows(db, argument);
      },
      exists: async (op, id) => {
        const shape = { kind: scope.kind, dense, op };
        const found = scope.kind === 'explore' ? await exploreExists(shape).row(db, id) : await scopedExists(shape).row(db, scopeArgument(scope, db, dense), id);
        return found !== undefined;
      },
      id: (row) => row.id,
    },
    orderOf(scope),
    window,
  );
}

/** A search's total counts at most this many posts: counting every post of a common word would cost as much as reading them. */
export const MAX_SEARCH_TOTAL = 10_000;

const searchCount = preparedSelect<[string], { total: number }>((db, match) =>
  isSqliteKnex(db)
    ? db.from(ftsMatches(db, match, { direction: 'desc', limit: MAX_SEARCH_TOTAL }).wrap('(', ') AS found')).count({ total: '*' }).first()
    : db.from(matchingTsquery(db('posts'), match).select('posts.id').limit(MAX_SEARCH_TOTAL).as('found')).count({ total: '*' }).first(),
);

const mentionCount = preparedSelect<[number], { total: number }>((db, userId) => db('mentions').where('user_id', userId).count({ total: '*' }).first());

const replyCount = preparedSelect<[number], { reply_count: number }>((db, postId) => db('posts').where('id', postId).first('reply_count'));

const postCount = preparedSelect<[number], { post_count: number }>((db, userId) =>
  db('users').where('id', userId).first('post_count'),
);

/**
 * The user's own count plus those of the users it follows, each found
 * through an index (an OR over both made PostgreSQL scan every user).
 */
const feedCount = preparedSelect<[number], { total: number }>((db, userId) => {
  const counts = db('followers')
    .join('users', 'users.id', 'followers.followed_id')
    .where('followers.follower_id', userId)
    .select('users.post_count as posts')
    .unionAll(db('users').where('id', userId).select('post_count as posts'));
  return db.from(counts.as('counts')).sum({ total: 'posts' }).first();
});

/** How many posts a scope holds, from counters rather than a scan. */
export async function countPosts(db: Db, scope: PostScope): Promise<number> {
  switch (scope.kind) {
    case 'explore':
      return readTotal(db, 'posts');
    case 'author': {
      const row = await postCount.row(db, scope.userId);
      return Number(row?.post_count ?? 0);
    }
    case 'feed': {
      const row = await feedCount.row(db, scope.userId);
      return Number(row?.total ?? 0);
    }
    case 'replies': {
      const row = await replyCount.row(db, scope.postId);
      return Number(row?.reply_count ?? 0);
    }
    case 'mentions': {
      const row = await mentionCount.row(db, scope.userId);
      return Number(row?.total ?? 0);
    }
    case 'search': {
      const row = await searchCount.row(db, scope.match);
      return Number(row?.total ?? 0);
    }
  }
}

const postById = preparedSelect<[number], PostRow>((db, id) =>
  db('posts').join('users', 'users.id', 'posts.user_id').where('posts.id', id).first(postColumns(db)),
);

export function findPost(db: ReadSource, id: number): Promise<PostRow | undefined> {
  return postById.row(db, id);
}

/** The posts of these ids that exist, in no order (for what refers to several posts at once). */
export async function findPosts(db: Db, ids: number[]): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  return db.knex('posts').join('users', 'users.id', 'posts.user_id').whereIn('posts.id', [...new Set(ids)]).select(postColumns(db.knex));
}

/** The columns a post's representation shows (what its ETag covers). */
const POST_VERSION = ['body', 'timestamp', 'user_id', 'username', 'email', 'in_reply_to', 'reply_count', 'like_count'] as const;

/**
 * Writes a post by `author` and counts it for its author and in the total,
 * in one transaction, with the Idempotency-Key it was created under, if any,
 * stamped now (or `at`, for demo data). As a reply (`inReplyTo`), it also
 * counts in that post's reply_count, whose row it holds first (after the
 * author's: users before posts). Missing when the author's account is gone
 * (deleted while the request was on its way); dangling when the post it
 * replies to is not there.
 */
export async function insertPost(
  db: Db,
  author: { id: number; username: string; email: string },
  body: string,
  { creation, at: timestamp = new Date(), inReplyTo = null }: { creation?: IdempotentCreation; at?: Date; inReplyTo?: number | null } = {},
): Promise<Outcome<PostRow>> {
  try {
    const text = searchText(body);
    const outcome = await transaction(db, async (trx): Promise<Outcome<{ id: number; mentions: MentionedUser[] }>> => {
      // The author's row first (users before posts), held before anything is written: a dangling reply writes nothing.
      if ((await lockRows(trx, 'users', [author.id])) === 0) return missing;
      if (inReplyTo !== null) {
        if ((await lockRows(trx, 'posts', [inReplyTo])) === 0) return { status: 'dangling', field: 'in_reply_to' };
        await trx('posts').where({ id: inReplyTo }).increment('reply_count', 1);
      }
      const [row] = await trx('posts').insert({ user_id: author.id, body, search_text: text, timestamp, in_reply_to: inReplyTo }).returning('id');
      const { id } = row as { id: number };
      await trx('users').where({ id: author.id }).increment('post_count', 1);
      await adjustTotal(trx, 'posts', 1);
      await recordIdempotency(trx, creation, id);
      await recordEvent(trx, { type: 'post', user_id: author.id, post_id: id }, timestamp);
      await recordTerms(trx, text);
      const mentions = await recordMentions(trx, id, body);
      // The author of the post replied to is told of the reply (and not also of a mention in it).
      const repliedTo = inReplyTo === null ? undefined : ((await trx('posts').where({ id: inReplyTo }).first('user_id')) as { user_id: number }).user_id;
      await notify(
        trx,
        [
          ...(repliedTo === undefined ? [] : [{ user_id: repliedTo, type: 'reply' as const, actor_id: author.id, post_id: id }]),
          ...mentions.filter((user) => user.id !== repliedTo).map((user) => ({ user_id: user.id, type: 'mention' as const, actor_id: author.id, post_id: id })),
        ],
        timestamp,
      );
      return done({ id, mentions });
    });
    if (outcome.status !== 'done') return outcome;
    // Represented from what was written: read back, it could already be gone with its author.
    const { username, email } = author;
    const { id, mentions } = outcome.row;
    return done({ id, user_id: author.id, body, timestamp, username, email, in_reply_to: inReplyTo, reply_count: 0, like_count: 0, mentions });
  } catch (error) {
    if (isForeignKeyViolation(error)) return missing;
    throw error;
  }
}

/**
 * Runs `write` on a post in a transaction that holds its author's row, then
 * its own (users before posts, the order every change of counts takes:
 * deleting the post and deleting its author then take turns instead of each
 * waiting for the other), once it is known to be there and to be the
 * version `expected` (an If-Match), when one is.
 */
async function changePost<T>(db: Db, post: PostRow, expected: PostRow | undefined, write: (trx: Knex, current: PostRow) => Promise<T>): Promise<Outcome<T>> {
  return transaction(db, async (trx) => {
    await lockRows(trx, 'users', [post.user_id]); // a post never changes author
    if ((await lockRows(trx, 'posts', [post.id])) === 0) return missing;
    const current = (await findPost(trx, post.id))!;
    if (!sameVersion(current, expected, POST_VERSION)) return changed;
    return done(await write(trx, current));
  });
}

/** Replaces a post's body; answers the post as it now is. */
export function editPost(db: Db, post: PostRow, body: string, expected?: PostRow): Promise<Outcome<PostRow>> {
  return changePost(db, post, expected, async (trx, current) => {
    const text = searchText(body);
    await trx('posts').where({ id: post.id }).update({ body, search_text: text });
    await recordTerms(trx, text);
    // What it mentioned before goes; what it mentions now is recorded. Only
    // those newly mentioned are told, and those no longer mentioned untold.
    const before: number[] = (await trx('mentions').where({ post_id: post.id }).pluck('user_id')).map(Number);
    await trx('mentions').where({ post_id: post.id }).delete();
    const mentions = await recordMentions(trx, post.id, body);
    for (const userId of before.filter((id) => !mentions.some((user) => user.id === id))) {
      await withdraw(trx, { user_id: userId, type: 'mention', actor_id: post.user_id, post_id: post.id });
    }
    const added = mentions.filter((user) => !before.includes(user.id));
    await notify(trx, added.map((user) => ({ user_id: user.id, type: 'mention' as const, actor_id: post.user_id, post_id: post.id })));
    return { ...current, body, mentions };
  });
}

/** Deletes a post and uncounts it for its author and in the total. */
export function deletePost(db: Db, post: PostRow, expected?: PostRow): Promise<Outcome<PostRow>> {
  return changePost(db, post, expected, async (trx, current) => {
    // Its replies stay, their in_reply_to set to null by the database.
    await trx('posts').where({ id: post.id }).delete();
    if (current.in_reply_to !== null) await trx('posts').where({ id: current.in_reply_to }).decrement('reply_count', 1);
    await trx('users').where({ id: post.user_id }).decrement('post_count', 1);
    await adjustTotal(trx, 'posts', -1);
    await recordEvent(trx, { type: 'delete', user_id: post.user_id, post_id: post.id });
    return current;
  });
}

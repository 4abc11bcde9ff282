import { searchText } from '../../src/search.js';
import bcrypt from 'bcrypt';
import type { Knex } from 'knex';

/**
 * The benchmark's data, written in bulk (run only by `npm run bench`, never
 * by `npm run seed`). Sizes come from the environment:
 *   BENCH_USERS (10,000), BENCH_POSTS (100,000), BENCH_FOLLOWS (200,000).
 * Besides the random graph, three users have known shapes:
 *   user 1 is followed by every other user (the "hub"),
 *   user 2 follows 1,000 users, user 3 follows 10.
 * And one post: post 1 (the "hub post") is liked by every user, and every
 * tenth post replies to it. Every post says "Post number <n>, about nothing
 * in particular.", so "particular" is in every post and "<n>" in one
 * (and starts the numbers of ten others, for a search whose last word it is);
 * post 4242 also says "serendipitously", a word in one post at every scale.
 * Every user's password is "bench-password".
 */
export const BENCH_PASSWORD = 'bench-password';

const RARE_POST = 4242;

const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** A small deterministic generator, so that two runs build the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function insertInChunks(db: Knex, table: string, rows: object[], chunk: number) {
  for (let i = 0; i < rows.length; i += chunk) await db(table).insert(rows.slice(i, i + chunk));
}

export async function seed(db: Knex): Promise<void> {
  const users = size('BENCH_USERS', 10_000);
  const posts = size('BENCH_POSTS', 100_000);
  const follows = size('BENCH_FOLLOWS', 200_000);
  const next = random(42);
  const pick = () => 1 + Math.floor(next() * users);
  const hash = await bcrypt.hash(BENCH_PASSWORD, Number(process.env.BCRYPT_ROUNDS ?? 12));
  const now = Date.now();

  await db.transaction(async (trx) => {
    for (const table of ['likes', 'tokens', 'search_terms', 'posts', 'followers', 'users']) await trx(table).delete();
    const userRows = Array.from({ length: users }, (_, i) => ({
      id: i + 1,
      username: `user${i + 1}`,
      email: `user${i + 1}@example.com`,
      password_hash: hash,
      about_me: `I am user ${i + 1}.`,
      last_seen: new Date(now),
    }));
    await insertInChunks(trx, 'users', userRows, 100);

    const edges = new Set<string>();
    const add = (a: number, b: number) => a !== b && edges.add(`${a}:${b}`);
    for (let u = 2; u <= users; u += 1) add(u, 1);
    for (let k = 0; k < 1000 && k < users - 2; k += 1) add(2, 4 + k);
    for (let k = 0; k < 10 && k < users - 3; k += 1) add(3, 4 + k * 7);
    while (edges.size < follows + users) add(pick(), pick());
    const edgeRows = [...edges].map((edge) => {
      const [follower, followed] = edge.split(':').map(Number);
      return { follower_id: follower, followed_id: followed };
    });
    await insertInChunks(trx, 'followers', edgeRows, 400);

    const start = now - posts * 1000;
    const postRows = Array.from({ length: posts }, (_, i) => {
      // One post, the same at every scale, holds a word no other post starts with.
      const body = `Post number ${i + 1}, about nothing in particular${i + 1 === RARE_POST ? ', serendipitously' : ''}.`;
      const inReplyTo = i > 0 && i % 10 === 0 ? 1 : null;
      return { id: i + 1, user_id: pick(), body, search_text: searchText(body), timestamp: new Date(start + i * 1000), in_reply_to: inReplyTo };
    });
    await insertInChunks(trx, 'posts', postRows, 200);
    // The words posts hold, as the API records them, for searches' last words.
    const terms = new Set(postRows.flatMap((row) => row.search_text.split(' ')));
    await insertInChunks(trx, 'search_terms', [...terms].map((term) => ({ term })), 400);
    await insertInChunks(trx, 'likes', Array.from({ length: users }, (_, i) => ({ user_id: i + 1, post_id: 1, liked_at: new Date(now) })), 300);

    // Counters once, by counting: the API keeps them from here on.
    await trx.raw(`UPDATE users SET
      follower_count = (SELECT COUNT(*) FROM followers WHERE followed_id = users.id),
      followed_count = (SELECT COUNT(*) FROM followers WHERE follower_id = users.id),
      post_count = (SELECT COUNT(*) FROM posts WHERE user_id = users.id)`);
    await trx.raw(`UPDATE posts SET
      reply_count = (SELECT COUNT(*) FROM posts AS r WHERE r.in_reply_to = posts.id),
      like_count = (SELECT COUNT(*) FROM likes WHERE likes.post_id = posts.id)
      WHERE id = 1`);
    await trx('totals').where({ name: 'users' }).update({ value: users });
    await trx('totals').where({ name: 'posts' }).update({ value: posts });
  });
  if (db.client.config.client === 'pg') {
    // Explicit ids leave the sequence behind; new users must not collide.
    await db.raw(`SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT MAX(id) FROM users))`);
    await db.raw(`SELECT setval(pg_get_serial_sequence('posts', 'id'), (SELECT MAX(id) FROM posts))`);
  }
  await db.raw('ANALYZE');
}

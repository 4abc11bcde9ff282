import type { Knex } from 'knex';

/** How many rows a query selects (PostgreSQL counts as text, SQLite as a number). */
export async function rowCount(query: Knex.QueryBuilder): Promise<number> {
  const [row] = await query.count({ n: '*' });
  return Number((row as { n: number | string }).n);
}

/**
 * Every count the database keeps beside its rows, compared with the rows:
 * each user's post_count, follower_count, followed_count and unread_message_count (the messages received after its
 * read marker), each post's reply_count and like_count, and the users
 * and posts totals. Returns what differs (empty when all agree), so a race,
 * a fault or a fuzzed request that left a count behind shows which one.
 */
export async function countMismatches(db: Knex): Promise<string[]> {
  const users = await db('users').select(
    'id',
    'post_count',
    'follower_count',
    'followed_count',
    'unread_message_count',
    db('posts').count('*').whereRaw('posts.user_id = users.id').as('posts'),
    db('followers').count('*').whereRaw('followers.followed_id = users.id').as('followers'),
    db('followers').count('*').whereRaw('followers.follower_id = users.id').as('followed'),
    db('messages').count('*').whereRaw('messages.recipient_id = users.id AND messages.id > users.last_read_message_id').as('unread'),
  );
  const mismatches: string[] = [];
  for (const user of users) {
    for (const [counter, rows] of [
      ['post_count', 'posts'],
      ['follower_count', 'followers'],
      ['followed_count', 'followed'],
      ['unread_message_count', 'unread'],
    ] as const) {
      if (Number(user[counter]) !== Number(user[rows])) mismatches.push(`user ${user.id}: ${counter} ${user[counter]}, ${rows} ${user[rows]}`);
    }
  }
  const posts = await db('posts').select(
    'id',
    'reply_count',
    'like_count',
    db('posts as r').count('*').whereRaw('r.in_reply_to = posts.id').as('replies'),
    db('likes').count('*').whereRaw('likes.post_id = posts.id').as('likes'),
  );
  for (const post of posts) {
    if (Number(post.reply_count) !== Number(post.replies)) mismatches.push(`post ${post.id}: reply_count ${post.reply_count}, replies ${post.replies}`);
    if (Number(post.like_count) !== Number(post.likes)) mismatches.push(`post ${post.id}: like_count ${post.like_count}, likes ${post.likes}`);
  }
  for (const table of ['users', 'posts']) {
    const rows = await rowCount(db(table));
    const { value } = await db('totals').where({ name: table }).first('value');
    if (Number(value) !== rows) mismatches.push(`totals.${table} ${value}, rows ${rows}`);
  }
  return mismatches;
}

import bcrypt from 'bcrypt';
import type { Knex } from 'knex';

/**
 * A few users who follow each other, to try the API with: each one's
 * password is "<username>-password".
 */
export async function seed(db: Knex): Promise<void> {
  const names = ['miguel', 'susan', 'alice', 'bob'];
  const now = new Date();
  await db.transaction(async (trx) => {
    await trx('tokens').delete();
    await trx('followers').delete();
    await trx('users').delete();
    const users = await trx('users')
      .insert(
        await Promise.all(
          names.map(async (username) => ({
            username,
            email: `${username}@example.com`,
            password_hash: await bcrypt.hash(`${username}-password`, 10),
            about_me: `Hello, my name is ${username[0]!.toUpperCase()}${username.slice(1)}!`,
            last_seen: now,
          })),
        ),
      )
      .returning(['id', 'username']);
    const id = (name: string) => users.find((u: { username: string }) => u.username === name).id as number;
    const edges = [
      ['susan', 'miguel'],
      ['alice', 'miguel'],
      ['bob', 'miguel'],
      ['miguel', 'susan'],
      ['alice', 'susan'],
    ] as const;
    await trx('followers').insert(edges.map(([follower, followed]) => ({ follower_id: id(follower), followed_id: id(followed) })));
    for (const [follower, followed] of edges) {
      await trx('users').where({ id: id(follower) }).increment('followed_count', 1);
      await trx('users').where({ id: id(followed) }).increment('follower_count', 1);
    }
  });
}

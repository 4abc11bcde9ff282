import bcrypt from 'bcrypt';
import type { Knex } from 'knex';
import { throughKnex } from '../src/data/db.js';
import { like } from '../src/data/likes.js';
import { insertPost } from '../src/data/posts.js';
import { follow, insertUser, usernameTaken, emailTaken, findUserByUsername } from '../src/data/users.js';

/**
 * A small, believable Microblog: the seed chapter's own accounts (miguel,
 * susan, alice) and a few more, with posts and follows. Safe to run twice:
 * a user that exists already is left as it is (posts are written only for
 * users this run creates), and following twice changes nothing.
 *
 * Log in as alice with the password "dog", as in the seed's HTTPie session;
 * every other demo user's password is "<username>-demo".
 */
const PEOPLE = [
  { username: 'miguel', about_me: "Hello! I'm the author of the Flask Mega-Tutorial." },
  { username: 'susan', about_me: 'Hello, my name is Susan!' },
  { username: 'alice', about_me: 'Hello, my name is Alice!', password: 'dog' },
  { username: 'bob', about_me: 'Backend developer. Coffee first.' },
  { username: 'carol', about_me: 'Mobile apps, mostly Kotlin these days.' },
  { username: 'dave', about_me: 'I run the servers so you do not have to.' },
  { username: 'erin', about_me: 'Designer who writes CSS for fun.' },
  { username: 'frank', about_me: 'Just here to read the feed.' },
];

const POSTS: Record<string, string[]> = {
  miguel: [
    'New chapter of the Mega-Tutorial is out: APIs!',
    'REST is a set of principles, not a standard. Discuss.',
    'Hypermedia links in JSON: nobody agrees on a format, so pick one and be consistent.',
    'Tokens should expire. Revocation should be instant.',
  ],
  susan: ['First post from the API!', 'Pagination with cursors is so much nicer than page numbers.', 'Weekend project: a tiny client for this microblog.'],
  alice: ['Hello, world!', 'Just registered with HTTPie, as the tutorial says.', 'Following Miguel for the Flask tips.'],
  bob: ['Coffee count today: 3', 'Wrote a migration that ran twice. It was fine. Idempotency matters.', 'PostgreSQL in production, SQLite on my laptop.'],
  carol: ['The generated TypeScript client just worked.', 'Offline-first means retrying POSTs safely.'],
  dave: ['Put nginx in front of it and sleep well.', 'Graceful shutdown: finish what you started.'],
  erin: ['The docs page renders the contract. Nice.', 'Identicons are underrated.'],
  frank: [],
};

/** Replies written by users this run creates: [author, body, the author and body of the post it replies to]. */
const REPLIES: [string, string, [string, string]][] = [
  ['susan', '@miguel Bookmarked. The pagination part is gold.', ['miguel', 'New chapter of the Mega-Tutorial is out: APIs!']],
  ['bob', 'A standard would be nice, though.', ['miguel', 'REST is a set of principles, not a standard. Discuss.']],
  ['alice', 'Principles age better than standards.', ['miguel', 'REST is a set of principles, not a standard. Discuss.']],
  ['dave', 'And a migration lock, so it never runs twice at once.', ['bob', 'Wrote a migration that ran twice. It was fine. Idempotency matters.']],
];

/** Likes by users this run creates: [who, the author and body of the post]. */
const LIKES: [string, [string, string]][] = [
  ['alice', ['miguel', 'New chapter of the Mega-Tutorial is out: APIs!']],
  ['susan', ['miguel', 'New chapter of the Mega-Tutorial is out: APIs!']],
  ['bob', ['miguel', 'New chapter of the Mega-Tutorial is out: APIs!']],
  ['carol', ['susan', 'Pagination with cursors is so much nicer than page numbers.']],
  ['miguel', ['dave', 'Graceful shutdown: finish what you started.']],
  ['erin', ['alice', 'Hello, world!']],
];

const FOLLOWS: [string, string][] = [
  ['susan', 'miguel'], ['alice', 'miguel'], ['bob', 'miguel'], ['carol', 'miguel'], ['dave', 'miguel'],
  ['erin', 'miguel'], ['frank', 'miguel'], ['miguel', 'susan'], ['alice', 'susan'], ['bob', 'alice'],
  ['carol', 'alice'], ['susan', 'bob'], ['dave', 'bob'], ['frank', 'carol'], ['frank', 'erin'], ['erin', 'carol'],
];

export async function seed(knex: Knex): Promise<void> {
  const db = throughKnex(knex);
  const created = new Set<string>();
  for (const person of PEOPLE) {
    const email = `${person.username}@example.com`;
    if ((await usernameTaken(db, person.username)) || (await emailTaken(db, email))) continue;
    await insertUser(db, {
      username: person.username,
      email,
      password_hash: await bcrypt.hash(person.password ?? `${person.username}-demo`, 10),
      about_me: person.about_me,
      last_seen: new Date(),
    });
    created.add(person.username);
  }

  // Posts spread over the last two days, oldest first, so ids follow time.
  const writes = Object.entries(POSTS)
    .filter(([username]) => created.has(username))
    .flatMap(([username, bodies]) => bodies.map((body, i) => ({ username, body, order: i * PEOPLE.length + username.length })))
    .sort((a, b) => a.order - b.order);
  const start = Date.now() - 48 * 3600 * 1000;
  for (const [i, write] of writes.entries()) {
    const author = await findUserByUsername(db, write.username);
    await insertPost(db, author!, write.body, { at: new Date(start + i * (48 * 3600 * 1000) / Math.max(writes.length, 1)) });
  }

  // A post of the demo's, by its author and text.
  const postOf = async ([username, body]: [string, string]) =>
    db.knex('posts').join('users', 'users.id', 'posts.user_id').where({ 'users.username': username, 'posts.body': body }).first('posts.id');
  for (const [username, body, to] of REPLIES.filter(([username]) => created.has(username))) {
    const [author, parent] = [await findUserByUsername(db, username), await postOf(to)];
    if (author && parent) await insertPost(db, author, body, { inReplyTo: parent.id });
  }
  for (const [username, post] of LIKES.filter(([username]) => created.has(username))) {
    const [user, liked] = [await findUserByUsername(db, username), await postOf(post)];
    if (user && liked) await like(db, user.id, liked.id, new Date());
  }

  for (const [follower, followed] of FOLLOWS) {
    const [a, b] = [await findUserByUsername(db, follower), await findUserByUsername(db, followed)];
    if (a && b && (created.has(follower) || created.has(followed))) await follow(db, a.id, b.id);
  }
}

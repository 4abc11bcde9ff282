import { loadUser, ownUser } from '../access.js';
import { deleteUser, follow, insertUser, isFollowing, listFollowUsers, listUsers, listUsersNamed, unfollow, updateUser, type FollowList, type NewUserRow, type UserRow } from '../data/users.js';
import { badRequest, notFound } from '../errors.js';
import type { Handlers } from '../http/operation.js';
import { createOnce, idempotencyKeyReused, idempotentCreation, replayedHeader } from '../idempotency.js';
import { written } from '../outcomes.js';
import { Page, type PageRequest } from '../pagination.js';
import { versionToChange } from '../preconditions.js';
import { userRepresentation, userUrl } from '../representations.js';
import type { Services } from '../services.js';

const notYourself = () => badRequest('cannot_follow_yourself', 'you cannot follow yourself', [{ in: 'path', field: 'target_id', message: 'must not be your own id' }]);

/** The profile fields an update names; the password goes through Auth.passwordChange. */
const profileChanges = ({ username, email, about_me }: { username?: string; email?: string; about_me?: string | null }) => ({
  ...(username !== undefined && { username }),
  ...(email !== undefined && { email }),
  ...(about_me !== undefined && { about_me }),
});

/** A registration's row: never the password, only its hash. */
const newUserRow = ({ username, email, about_me }: { username: string; email: string; about_me?: string | null }, passwordHash: string): NewUserRow => ({
  username,
  email,
  about_me: about_me ?? null,
  password_hash: passwordHash,
  last_seen: new Date(),
});

/** The operations the contract tags `users`: accounts, and whom they follow. */
export function usersHandlers({ db, auth, tags }: Services): Handlers<
  | 'listUsers' | 'createUser' | 'getUser' | 'getMe' | 'updateUser' | 'deleteUser'
  | 'listFollowers' | 'listFollowed' | 'checkFollowing' | 'followUser' | 'unfollowUser'
> {
  /** One page of a user's followers or followed users; the total is the user's own counter. */
  async function followList(list: FollowList, id: number, query: PageRequest, requesterId: number) {
    const user = await loadUser(db, id);
    const page = new Page(query, 'asc');
    const slice = await listFollowUsers(db, list, user.id, 'asc', page.window);
    const total = list === 'followers' ? user.follower_count : user.followed_count;
    return page.reply(slice.rows.map((row) => userRepresentation(row, requesterId)), `${userUrl(user.id)}/${list}`, slice, total);
  }

  /** The version of `user` an If-Match names, for a change to find. */
  const versionOf = (ifMatch: string | undefined, user: UserRow) => versionToChange(ifMatch, user, tags.user(userRepresentation(user, user.id)), `user ${user.id}`);

  /** A registration again under its Idempotency-Key: only the one who knows the password gets the account back. */
  async function registeredAgain(id: number, password: string): Promise<UserRow> {
    const user = await loadUser(db, id);
    if (!(await auth.passwordMatches(user, password))) throw idempotencyKeyReused();
    return user;
  }

  return {
    async listUsers({ query, requester }) {
      const { username, ...paging } = query;
      const page = new Page(paging, 'asc', username === undefined ? {} : { username });
      const { slice, total } = username === undefined ? await listUsers(db, 'asc', page.window) : await listUsersNamed(db, username, page.window);
      return page.reply(slice.rows.map((row) => userRepresentation(row, requester.user.id)), '/api/users', slice, total);
    },

    async createUser({ body: { password, ...identity }, headers }) {
      // Anyone may register, so a replay is checked against the password, which is never stored in the key's record.
      const creation = idempotentCreation(headers['Idempotency-Key'], 'users', identity);
      const { created, replayed } = await createOnce(
        db,
        creation,
        async (key) => written(await insertUser(db, newUserRow(identity, await auth.hashNewPassword(password)), key), 'user'),
        (id) => registeredAgain(id, password),
      );
      return { status: 201, headers: { Location: userUrl(created.id), ...replayedHeader(replayed) }, body: userRepresentation(created) };
    },

    async getUser({ params, requester }) {
      return { status: 200, body: userRepresentation(await loadUser(db, params.id), requester.user.id) };
    },

    async getMe({ requester }) {
      return { status: 200, body: userRepresentation(requester.user, requester.user.id) };
    },

    async updateUser({ params, body, requester, headers }) {
      const user = await ownUser(db, params.id, requester, 'you can only change your own user');
      const expected = versionOf(headers['If-Match'], user);
      const changes = { ...profileChanges(body), ...(await auth.passwordChange(user, body)) };
      const updated = written(await updateUser(db, user.id, changes, { expected, keepSessionId: requester.sessionId }), `user ${user.id}`);
      return { status: 200, body: userRepresentation(updated, requester.user.id) };
    },

    async deleteUser({ params, requester, headers }) {
      const user = await ownUser(db, params.id, requester, 'you can only delete your own account');
      written(await deleteUser(db, user.id, versionOf(headers['If-Match'], user)), `user ${user.id}`);
      return { status: 204, body: undefined };
    },

    listFollowers: ({ params, query, requester }) => followList('followers', params.id, query, requester.user.id),
    listFollowed: ({ params, query, requester }) => followList('followed', params.id, query, requester.user.id),

    async checkFollowing({ params }) {
      if (!(await isFollowing(db, params.id, params.target_id))) throw notFound('not_following', `user ${params.id} does not follow user ${params.target_id}`);
      return { status: 204, body: undefined };
    },

    async followUser({ params, requester }) {
      const user = await ownUser(db, params.id, requester, 'you can only change whom you follow');
      if (params.target_id === user.id) throw notYourself();
      written(await follow(db, user.id, params.target_id), `user ${params.target_id}`);
      return { status: 204, body: undefined };
    },

    // Idempotent for every pair: nobody follows themselves, so unfollowing yourself changes nothing.
    async unfollowUser({ params, requester }) {
      const user = await ownUser(db, params.id, requester, 'you can only change whom you follow');
      written(await unfollow(db, user.id, params.target_id), `user ${params.target_id}`);
      return { status: 204, body: undefined };
    },
  };
}

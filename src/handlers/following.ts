import { isForeignKeyViolation } from '../data/db.js';
import { follow, isFollowing, listFollowUsers, unfollow } from '../data/users.js';
import { badRequest, notFound } from '../errors.js';
import type { Handlers } from '../http/operation.js';
import { Page, type PageRequest } from '../pagination.js';
import { userRepresentation, userUrl } from '../representations.js';
import type { Services } from '../services.js';
import { loadUser, ownUser } from './users.js';

const notYourself = () =>
  badRequest('you cannot follow yourself', [{ in: 'path', field: 'target_id', message: 'must not be your own id' }]);

export function followingHandlers({ db }: Services): Handlers<
  'listFollowers' | 'listFollowed' | 'checkFollowing' | 'followUser' | 'unfollowUser'
> {
  /** One page of a user's followers or followed users; the total is the user's own counter. */
  async function relatedUsers(list: 'followers' | 'followed', id: number, query: PageRequest, requesterId: number) {
    const user = await loadUser(db, id);
    const page = new Page(query, 'asc');
    const slice = await listFollowUsers(db, list, user.id, 'asc', page.window);
    const total = list === 'followers' ? user.follower_count : user.followed_count;
    const items = slice.rows.map((row) => userRepresentation(row, requesterId));
    return page.reply(items, `${userUrl(user.id)}/${list}`, slice, total);
  }

  return {
    listFollowers: ({ params, query, requester }) => relatedUsers('followers', params.id, query, requester.user.id),
    listFollowed: ({ params, query, requester }) => relatedUsers('followed', params.id, query, requester.user.id),

    async checkFollowing({ params }) {
      if (!(await isFollowing(db, params.id, params.target_id))) {
        throw notFound(`user ${params.id} does not follow user ${params.target_id}`);
      }
      return { status: 204, body: undefined };
    },

    async followUser({ params, requester }) {
      const user = await ownUser(db, params.id, requester, 'you can only change whom you follow');
      if (params.target_id === user.id) throw notYourself();
      const target = await loadUser(db, params.target_id);
      try {
        await follow(db, user.id, target.id);
      } catch (error) {
        // The target left between the lookup and the insert.
        if (isForeignKeyViolation(error)) throw notFound(`user ${target.id} does not exist`);
        throw error;
      }
      return { status: 204, body: undefined };
    },

    // Idempotent for every pair: nobody follows themselves, so unfollowing yourself changes nothing.
    async unfollowUser({ params, requester }) {
      const user = await ownUser(db, params.id, requester, 'you can only change whom you follow');
      const target = await loadUser(db, params.target_id);
      await unfollow(db, user.id, target.id);
      return { status: 204, body: undefined };
    },
  };
}

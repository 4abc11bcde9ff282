import { invalidToken, type Requester } from '../auth.js';
import { isForeignKeyViolation, lockRows, transaction, type Db } from '../data/db.js';
import {
  countPosts,
  deletePost,
  findPost,
  insertPost,
  slicePosts,
  updatePostBody,
  type PostRow,
  type PostScope,
} from '../data/posts.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { requireCurrent } from '../http/entity-tags.js';
import { createOnce } from '../http/idempotency.js';
import type { Handlers } from '../http/operation.js';
import { Page, type PageRequest } from '../pagination.js';
import { postRepresentation, postUrl, userUrl } from '../representations.js';
import type { Services } from '../services.js';
import { loadUser } from './users.js';

export const MAX_POST_CHARACTERS = 280;

/** The body as stored: trimmed, then 1 to 280 characters (code points, not UTF-16 units). */
function postBody(raw: string): string {
  const body = raw.trim();
  if ([...body].length > MAX_POST_CHARACTERS) {
    const message = `must be at most ${MAX_POST_CHARACTERS} characters`;
    throw badRequest(`body field "body" ${message}`, [{ in: 'body', field: 'body', message }]);
  }
  return body;
}

async function loadPost(db: Db, id: number): Promise<PostRow> {
  const post = await findPost(db, id);
  if (!post) throw notFound(`post ${id} does not exist`);
  return post;
}

/**
 * Runs `change` on a post while its row is locked (404 when there is none),
 * so that the checks `change` makes before writing still hold when it writes.
 * Its author's row is locked first, as every change of a user's counts does
 * (users before posts): deleting the post and deleting its author then take
 * turns instead of each waiting for the other.
 */
async function changingPost<T>(db: Db, id: number, change: (trx: Db, post: PostRow) => Promise<T>): Promise<T> {
  const { user_id: authorId } = await loadPost(db, id); // a post never changes author
  const outcome = await transaction(db, async (trx) => {
    await lockRows(trx, 'users', [authorId]);
    if ((await lockRows(trx, 'posts', [id])) === 0) return { found: false as const };
    return { found: true as const, result: await change(trx, (await findPost(trx, id))!) };
  });
  if (!outcome.found) throw notFound(`post ${id} does not exist`);
  return outcome.result;
}

function ownPost(post: PostRow, requester: Requester, action: string): PostRow {
  if (post.user_id !== requester.user.id) throw forbidden(`you can only ${action} your own posts`);
  return post;
}

export function postsHandlers({ db, tags }: Services): Handlers<
  'listPosts' | 'createPost' | 'getPost' | 'updatePost' | 'deletePost' | 'listUserPosts' | 'getFeed'
> {
  async function postCollection(scope: PostScope, query: PageRequest, path: string) {
    const page = new Page(query, 'desc');
    const total = await countPosts(db, scope);
    const slice = await slicePosts(db, scope, page.window, total);
    return page.reply(slice.rows.map(postRepresentation), path, slice, total);
  }

  return {
    async listPosts({ query }) {
      return postCollection({ kind: 'explore' }, query, '/api/posts');
    },

    async listUserPosts({ params, query }) {
      const user = await loadUser(db, params.id);
      return postCollection({ kind: 'author', userId: user.id }, query, `${userUrl(user.id)}/posts`);
    },

    async getFeed({ query, requester }) {
      return postCollection({ kind: 'feed', userId: requester.user.id }, query, '/api/feed');
    },

    async createPost({ body, requester, ctx }) {
      const created = (post: PostRow) => ({ status: 201 as const, headers: { Location: postUrl(post.id) }, body: postRepresentation(post) });
      const { id: authorId, username, email } = requester.user;
      return createOnce(
        ctx,
        db,
        `posts:user:${authorId}`,
        body,
        async (record) => {
          const text = postBody(body.body);
          const timestamp = new Date();
          try {
            // Represented from what was written: read back, it could already be gone with its author.
            return created({ id: await insertPost(db, authorId, text, timestamp, record), user_id: authorId, body: text, timestamp, username, email });
          } catch (error) {
            // The author's account was deleted while this request was on its way.
            if (isForeignKeyViolation(error)) throw invalidToken();
            throw error;
          }
        },
        async (id) => created(await loadPost(db, id)),
      );
    },

    async getPost({ params }) {
      return { status: 200, body: postRepresentation(await loadPost(db, params.id)) };
    },

    async updatePost({ params, body, requester, ctx }) {
      const text = postBody(body.body);
      const updated = await changingPost(db, params.id, async (trx, post) => {
        ownPost(post, requester, 'edit');
        requireCurrent(ctx, tags.post(postRepresentation(post)), `post ${post.id}`);
        await updatePostBody(trx, post.id, text);
        return { ...post, body: text };
      });
      return { status: 200, body: postRepresentation(updated) };
    },

    async deletePost({ params, requester, ctx }) {
      await changingPost(db, params.id, async (trx, post) => {
        ownPost(post, requester, 'delete');
        requireCurrent(ctx, tags.post(postRepresentation(post)), `post ${post.id}`);
        await deletePost(trx, post);
      });
      return { status: 204, body: undefined };
    },
  };
}

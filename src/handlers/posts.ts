import { loadPost, loadUser, ownPost, ownUser } from '../access.js';
import { isLiked, like, listLikedPosts, listLikers, unlike } from '../data/likes.js';
import { invalidToken, type Requester } from '../auth.js';
import { countPosts, deletePost, editPost, insertPost, orderOf, searchScope, slicePosts, type PostRow, type PostScope } from '../data/posts.js';
import type { IdempotentCreation } from '../data/idempotency.js';
import { invalid, notFound } from '../errors.js';
import type { Handlers } from '../http/operation.js';
import { createOnce, idempotentCreation, replayedHeader } from '../idempotency.js';
import { written } from '../outcomes.js';
import { Page, type PageRequest } from '../pagination.js';
import { versionToChange } from '../preconditions.js';
import { searchWords } from '../search.js';
import { postRepresentation, postUrl, userRepresentation, userUrl } from '../representations.js';
import type { Services } from '../services.js';

export const MAX_POST_CHARACTERS = 280;

/** The body as stored: trimmed, then 1 to 280 characters (code points, not UTF-16 units). */
export function postBody(raw: string): string {
  const body = raw.trim();
  if ([...body].length > MAX_POST_CHARACTERS) {
    const message = `must be at most ${MAX_POST_CHARACTERS} characters`;
    throw invalid(`body field "body" ${message}`, [{ in: 'body', field: 'body', message }]);
  }
  return body;
}

/** The operations the contract tags `posts`: the explore page, each user's posts, the feed, a post, its replies and its likes. */
export function postsHandlers({ db, tags }: Services): Handlers<
  | 'listPosts' | 'createPost' | 'getPost' | 'updatePost' | 'deletePost' | 'listUserPosts' | 'getFeed' | 'listReplies'
  | 'checkLiked' | 'likePost' | 'unlikePost' | 'listLikedPosts' | 'listLikers' | 'listMentions'
> {
  async function postCollection(scope: PostScope, query: PageRequest, path: string, filters: Record<string, string> = {}) {
    const page = new Page(query, orderOf(scope), filters);
    const total = await countPosts(db, scope);
    const slice = await slicePosts(db, scope, page.window, total);
    return page.reply(slice.rows.map(postRepresentation), path, slice, total);
  }

  /** The requester's new post; when the account was deleted while the request was on its way, its token is no longer valid. */
  async function publish(requester: Requester, body: string, inReplyTo: number | undefined, creation?: IdempotentCreation): Promise<PostRow> {
    const outcome = await insertPost(db, requester.user, body, { creation, inReplyTo: inReplyTo ?? null });
    if (outcome.status === 'missing') throw invalidToken();
    return written(outcome, 'post');
  }

  /** The version of `post` an If-Match names, for a change to find. */
  const versionOf = (ifMatch: string | undefined, post: PostRow) => versionToChange(ifMatch, post, tags.post(postRepresentation(post)), `post ${post.id}`);

  return {
    async listPosts({ query: { q, ...paging } }) {
      if (q === undefined) return postCollection({ kind: 'explore' }, paging, '/api/posts');
      const words = searchWords(q);
      if (words.length === 0) throw invalid('q must hold a letter or a digit', [{ in: 'query', field: 'q', message: 'must hold a letter or a digit' }]);
      return postCollection(await searchScope(db, words), paging, '/api/posts', { q });
    },

    async listUserPosts({ params, query }) {
      const user = await loadUser(db, params.id);
      return postCollection({ kind: 'author', userId: user.id }, query, `${userUrl(user.id)}/posts`);
    },

    getFeed: ({ query, requester }) => postCollection({ kind: 'feed', userId: requester.user.id }, query, '/api/feed'),

    async listMentions({ params, query }) {
      const user = await loadUser(db, params.id);
      return postCollection({ kind: 'mentions', userId: user.id }, query, `${userUrl(user.id)}/mentions`);
    },

    async listReplies({ params, query }) {
      const post = await loadPost(db, params.id);
      return postCollection({ kind: 'replies', postId: post.id }, query, `${postUrl(post.id)}/replies`);
    },

    async createPost({ body, requester, headers }) {
      const text = postBody(body.body);
      const creation = idempotentCreation(headers['Idempotency-Key'], `posts:user:${requester.user.id}`, body);
      const { created, replayed } = await createOnce(db, creation, (key) => publish(requester, text, body.in_reply_to, key), (id) => loadPost(db, id));
      return { status: 201, headers: { Location: postUrl(created.id), ...replayedHeader(replayed) }, body: postRepresentation(created) };
    },

    async checkLiked({ params }) {
      if (!(await isLiked(db, params.id, params.post_id))) throw notFound('not_liked', `user ${params.id} does not like post ${params.post_id}`);
      return { status: 204, body: undefined };
    },

    async likePost({ params, requester }) {
      const user = await ownUser(db, params.id, requester, 'you can only change what you like');
      written(await like(db, user.id, params.post_id, new Date()), `post ${params.post_id}`);
      return { status: 204, body: undefined };
    },

    async unlikePost({ params, requester }) {
      const user = await ownUser(db, params.id, requester, 'you can only change what you like');
      written(await unlike(db, user.id, params.post_id), `post ${params.post_id}`);
      return { status: 204, body: undefined };
    },

    async listLikedPosts({ params, query }) {
      const user = await loadUser(db, params.id);
      const page = new Page(query, 'desc');
      const { slice, total } = await listLikedPosts(db, user.id, page.window);
      // The list's cursors are its likes' ids, not the posts'.
      const positions = { ...slice, rows: slice.rows.map((row) => ({ id: row.like_id })) };
      return page.reply(slice.rows.map(postRepresentation), `${userUrl(user.id)}/liked`, positions, total);
    },

    async listLikers({ params, query, requester }) {
      const post = await loadPost(db, params.id);
      const page = new Page(query, 'asc');
      const slice = await listLikers(db, post.id, 'asc', page.window);
      return page.reply(slice.rows.map((row) => userRepresentation(row, requester.user.id)), `${postUrl(post.id)}/likers`, slice, post.like_count);
    },

    async getPost({ params }) {
      return { status: 200, body: postRepresentation(await loadPost(db, params.id)) };
    },

    async updatePost({ params, body, requester, headers }) {
      const text = postBody(body.body);
      const post = await ownPost(db, params.id, requester, 'edit');
      const edited = written(await editPost(db, post, text, versionOf(headers['If-Match'], post)), `post ${post.id}`);
      return { status: 200, body: postRepresentation(edited) };
    },

    async deletePost({ params, requester, headers }) {
      const post = await ownPost(db, params.id, requester, 'delete');
      written(await deletePost(db, post, versionOf(headers['If-Match'], post)), `post ${post.id}`);
      return { status: 204, body: undefined };
    },
  };
}

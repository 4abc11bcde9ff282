import { MAX_PASSWORD_BYTES, type Requester } from '../auth.js';
import { type Db, isUniqueViolation, transaction } from '../data/db.js';
import { deleteOtherTokens } from '../data/tokens.js';
import {
  deleteUser,
  emailTaken,
  findUserById,
  insertUser,
  listUsers,
  updateUser,
  usernameTaken,
  type UserChanges,
  type UserRow,
} from '../data/users.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { requireCurrent } from '../http/entity-tags.js';
import { createOnce, idempotencyKeyReused } from '../http/idempotency.js';
import type { Handlers } from '../http/operation.js';
import { Page } from '../pagination.js';
import { userRepresentation, userUrl } from '../representations.js';
import type { Services } from '../services.js';

export async function loadUser(db: Db, id: number): Promise<UserRow> {
  const user = await findUserById(db, id);
  if (!user) throw notFound(`user ${id} does not exist`);
  return user;
}

/**
 * The user at `id`, when it is the requester: 404 when there is no such
 * user, 403 when it is someone else.
 */
export async function ownUser(db: Db, id: number, requester: Requester, forbiddenMessage: string): Promise<UserRow> {
  if (id === requester.user.id) return requester.user;
  await loadUser(db, id);
  throw forbidden(forbiddenMessage);
}

/** The seed's messages when a username or email belongs to someone else. */
async function ensureAvailable(db: Db, wanted: { username?: string; email?: string }, exceptId = 0) {
  if (wanted.username !== undefined && (await usernameTaken(db, wanted.username, exceptId))) {
    throw badRequest('please use a different username', [{ in: 'body', field: 'username', message: 'is taken' }]);
  }
  if (wanted.email !== undefined && (await emailTaken(db, wanted.email, exceptId))) {
    throw badRequest('please use a different email address', [{ in: 'body', field: 'email', message: 'is taken' }]);
  }
}

/**
 * Runs a write that may lose a race to another request claiming the same
 * username or email: the unique index refuses it, and the same check that
 * runs before the write explains why.
 */
async function claimingIdentity<T>(
  db: Db,
  wanted: { username?: string; email?: string },
  exceptId: number,
  write: () => Promise<T>,
): Promise<T> {
  await ensureAvailable(db, wanted, exceptId);
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) await ensureAvailable(db, wanted, exceptId);
    throw error;
  }
}

function checkPasswordLength(password: string) {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) {
    throw badRequest(`the password must be at most ${MAX_PASSWORD_BYTES} bytes as UTF-8`, [
      { in: 'body', field: 'password', message: `must be at most ${MAX_PASSWORD_BYTES} bytes as UTF-8` },
    ]);
  }
}

export function usersHandlers({ db, auth, tags }: Services): Handlers<
  'listUsers' | 'createUser' | 'getUser' | 'getMe' | 'updateUser' | 'deleteUser'
> {
  return {
    async listUsers({ query, requester }) {
      const page = new Page(query, 'asc');
      const { slice, total } = await listUsers(db, 'asc', page.window);
      const items = slice.rows.map((row) => userRepresentation(row, requester.user.id));
      return page.reply(items, '/api/users', slice, total);
    },

    async createUser({ body, ctx }) {
      const created = (user: UserRow) => ({ status: 201 as const, headers: { Location: userUrl(user.id) }, body: userRepresentation(user) });
      const { password, ...identity } = body;
      return createOnce(
        ctx,
        db,
        'users',
        // Anyone may register, so a replay answers only the one who knows the password.
        identity,
        async (record) => {
          checkPasswordLength(password);
          const passwordHash = await auth.hashPassword(password);
          const row = { username: body.username, email: body.email, password_hash: passwordHash, about_me: body.about_me ?? null, last_seen: new Date() };
          return created(await claimingIdentity(db, body, 0, () => insertUser(db, row, record)));
        },
        async (id) => {
          const user = await loadUser(db, id);
          if (!(await auth.passwordMatches(user, password))) {
            throw idempotencyKeyReused();
          }
          return created(user);
        },
      );
    },

    async getUser({ params, requester }) {
      const user = await loadUser(db, params.id);
      return { status: 200, body: userRepresentation(user, requester.user.id) };
    },

    async getMe({ requester }) {
      return { status: 200, body: userRepresentation(requester.user, requester.user.id) };
    },

    async updateUser({ params, body, requester, ctx }) {
      const user = await ownUser(db, params.id, requester, 'you can only change your own user');

      const changes: UserChanges = {};
      if (body.username !== undefined) changes.username = body.username;
      if (body.email !== undefined) changes.email = body.email;
      if (body.about_me !== undefined) changes.about_me = body.about_me;
      if (body.password !== undefined) {
        checkPasswordLength(body.password);
        if (body.current_password === undefined) {
          throw badRequest('current_password is required to change the password', [
            { in: 'body', field: 'current_password', message: 'is required with password' },
          ]);
        }
        if (!(await auth.passwordMatches(user, body.current_password))) {
          throw badRequest('current_password is incorrect', [
            { in: 'body', field: 'current_password', message: 'is incorrect' },
          ]);
        }
        changes.password_hash = await auth.hashPassword(body.password);
      } else if (body.current_password !== undefined) {
        throw badRequest('current_password is only used together with password', [
          { in: 'body', field: 'current_password', message: 'needs password' },
        ]);
      }

      const updated = await claimingIdentity(db, changes, user.id, () =>
        transaction(db, async (trx) => {
          const row = await updateUser(trx, user.id, changes, (current) =>
            requireCurrent(ctx, tags.user(userRepresentation(current, requester.user.id)), `user ${user.id}`),
          );
          // A new password ends every other session: a stolen token dies with the old password.
          if (changes.password_hash && requester.tokenId !== undefined) {
            await deleteOtherTokens(trx, user.id, requester.tokenId);
          }
          return row;
        }),
      );
      // The account was deleted while this request was on its way.
      if (!updated) throw notFound(`user ${user.id} does not exist`);
      return { status: 200, body: userRepresentation(updated, requester.user.id) };
    },

    async deleteUser({ params, requester, ctx }) {
      await ownUser(db, params.id, requester, 'you can only delete your own account');
      await deleteUser(db, params.id, (current) => requireCurrent(ctx, tags.user(userRepresentation(current, requester.user.id)), `user ${params.id}`));
      return { status: 204, body: undefined };
    },
  };
}

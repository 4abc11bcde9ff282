import type { Session } from '../auth.js';
import { listSessions, type SessionRow } from '../data/tokens.js';
import { notFound } from '../errors.js';
import type { Handlers } from '../http/operation.js';
import { Page } from '../pagination.js';
import { isoTime, userUrl } from '../representations.js';
import type { Services } from '../services.js';

/** A session's tokens as the contract's Token. */
function tokenRepresentation({ token, refreshToken, expiresAt, scope, user }: Session) {
  const expiresIn = Math.max(0, Math.round((expiresAt.getTime() - Date.now()) / 1000));
  const _links = { me: '/api/me', user: userUrl(user.id) };
  return { token, expires_at: expiresAt.toISOString(), expires_in: expiresIn, refresh_token: refreshToken, scope, _links };
}

/** A session as its user sees it in GET /api/tokens. */
const sessionRepresentation = (row: SessionRow, currentId: number | undefined) => ({
  id: row.id,
  scope: row.scope,
  created: isoTime(row.created_at),
  last_used: isoTime(row.last_used_at),
  user_agent: row.user_agent,
  current: row.id === currentId,
  expires: isoTime(row.expires_at),
});

/** The operations the contract tags `tokens`: logging in and out, refreshing, and the requester's sessions. */
export function tokensHandlers({ db, auth }: Services): Handlers<'createToken' | 'refreshToken' | 'listSessions' | 'revokeToken' | 'deleteSession'> {
  return {
    async createToken({ requester, body, headers }) {
      const session = await auth.startSession(requester.user, body?.scope ?? 'read write', headers['User-Agent']);
      return { status: 200, body: tokenRepresentation(session) };
    },

    async refreshToken({ body, headers }) {
      return { status: 200, body: tokenRepresentation(await auth.refresh(body.refresh_token, headers['User-Agent'])) };
    },

    async listSessions({ query, requester }) {
      const page = new Page(query, 'desc');
      const { slice, total } = await listSessions(db, requester.user.id, 'desc', page.window, new Date());
      return page.reply(slice.rows.map((row) => sessionRepresentation(row, requester.sessionId)), '/api/tokens', slice, total);
    },

    async revokeToken({ requester }) {
      await auth.endSession(requester);
      return { status: 204, body: undefined };
    },

    async deleteSession({ params, requester }) {
      if (!(await auth.endSession(requester, params.id))) throw notFound('session_not_found', `you have no session ${params.id}`);
      return { status: 204, body: undefined };
    },
  };
}

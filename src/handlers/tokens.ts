import type { Handlers } from '../http/operation.js';
import { userUrl } from '../representations.js';
import type { Services } from '../services.js';

export function tokensHandlers({ auth }: Services): Handlers<'createToken' | 'revokeToken'> {
  return {
    async createToken({ requester }) {
      const { token, expiresAt } = await auth.issueToken(requester.user);
      const expiresIn = Math.round((expiresAt.getTime() - Date.now()) / 1000);
      const _links = { me: '/api/me', user: userUrl(requester.user.id) };
      return { status: 200, body: { token, expires_at: expiresAt.toISOString(), expires_in: expiresIn, _links } };
    },

    async revokeToken({ requester }) {
      await auth.revoke(requester);
      return { status: 204, body: undefined };
    },
  };
}

import type { Handlers } from '../http/operation.js';
import type { Services } from '../services.js';

export function tokensHandlers({ auth }: Services): Handlers<'createToken' | 'revokeToken'> {
  return {
    async createToken({ viewer }) {
      const { token, expiresAt } = await auth.issueToken(viewer.user);
      const expiresIn = Math.round((expiresAt.getTime() - Date.now()) / 1000);
      return { status: 200, body: { token, expires_at: expiresAt.toISOString(), expires_in: expiresIn } };
    },

    async revokeToken({ viewer }) {
      await auth.revoke(viewer);
      return { status: 204, body: undefined };
    },
  };
}

import { ApiError } from '../errors.js';
import type { Handlers } from '../http/operation.js';
import type { Services } from '../services.js';
import type { StreamHub } from '../streams/hub.js';

/** How long a client refused for having too many streams is asked to wait (one of them may have closed by then). */
const RETRY_AFTER_S = 5;

/** The operations the contract tags `streams`: the requester's live events. */
export function streamsHandlers({ inFlight }: Services, hub: StreamHub): Handlers<'streamUser'> {
  return {
    async streamUser({ requester, headers, ctx }) {
      const { user, tokenId, tokenExpiresAt } = requester;
      if (!hub.hasRoomFor(user.id)) {
        throw new ApiError(429, 'too_many_streams', `you have ${hub.streamsOf(user.id)} streams open, the most a user may; close one first`, { 'Retry-After': String(RETRY_AFTER_S) });
      }
      const lastEventId = headers['Last-Event-ID'];
      const after = lastEventId === undefined ? await hub.latestStart() : Number(lastEventId);
      // The token was checked a moment ago; the hub checks it again once the stream is open (hub.ts).
      const stream = hub.open(user.id, { id: tokenId!, expiresAt: tokenExpiresAt! }, after);
      // Open for as long as the client stays: not a request a shutdown waits for (the hub ends it after them).
      inFlight.detach(ctx);
      ctx.req.socket.setNoDelay(true);
      // A stream dropped (its client did not read) is not ended, which Koa would pass on: the connection goes with it.
      stream.body.once('close', () => {
        if (!ctx.res.writableEnded) ctx.res.destroy();
      });
      return { status: 200, headers: { 'X-Accel-Buffering': 'no' }, body: stream.body };
    },
  };
}

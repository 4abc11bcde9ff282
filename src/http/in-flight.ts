import type Koa from 'koa';
import onFinished from 'on-finished';

const counts = new WeakMap<Koa, { running: number; waiters: (() => void)[] }>();

/**
 * Counts the requests in flight: one ends when its handler has returned and
 * its response has been sent (or its client has hung up). A client that hangs
 * up does not stop a handler, and Koa writes the response only after the
 * handlers return, so a clean shutdown must wait for both.
 */
export function trackInFlight(app: Koa): Koa.Middleware {
  const state = { running: 0, waiters: [] as (() => void)[] };
  counts.set(app, state);
  const done = () => {
    state.running -= 1;
    if (state.running === 0) state.waiters.splice(0).forEach((wake) => wake());
  };
  return async (ctx, next) => {
    state.running += 1;
    try {
      await next();
    } finally {
      // Runs when Koa has written the response, or at once if the socket is gone.
      onFinished(ctx.res, done);
    }
  };
}

/** Resolves when no request is being handled, or after `timeoutMs`; true if drained. */
export function whenIdle(app: Koa, timeoutMs: number): Promise<boolean> {
  const state = counts.get(app);
  if (!state || state.running === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    state.waiters.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

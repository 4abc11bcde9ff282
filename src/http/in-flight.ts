import type Koa from 'koa';
import onFinished from 'on-finished';

interface Life {
  running: number;
  waiters: (() => void)[];
  draining: boolean;
}

const lives = new WeakMap<Koa, Life>();

/**
 * Counts the requests in flight: one ends when its handler has returned and
 * its response has been sent (or its client has hung up). A client that hangs
 * up does not stop a handler, and Koa writes the response only after the
 * handlers return, so a clean shutdown must wait for both.
 */
export function trackInFlight(app: Koa): Koa.Middleware {
  const life: Life = { running: 0, waiters: [], draining: false };
  lives.set(app, life);
  const done = () => {
    life.running -= 1;
    if (life.running === 0) life.waiters.splice(0).forEach((wake) => wake());
  };
  return async (ctx, next) => {
    life.running += 1;
    try {
      await next();
    } finally {
      // Runs when Koa has written the response, or at once if the socket is gone.
      onFinished(ctx.res, done);
    }
  };
}

/**
 * Marks the app as shutting down (the readiness probe fails from now on) and
 * resolves when no request is being handled, or after `timeoutMs`; true if
 * drained.
 */
export function drain(app: Koa, timeoutMs: number): Promise<boolean> {
  const life = lives.get(app);
  if (!life) return Promise.resolve(true);
  life.draining = true;
  if (life.running === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    life.waiters.push(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** True once drain() has been called: the app finishes what it has and takes nothing new. */
export function isDraining(app: Koa): boolean {
  return lives.get(app)?.draining ?? false;
}

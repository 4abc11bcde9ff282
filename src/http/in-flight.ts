import type Koa from 'koa';
import onFinished from 'on-finished';

/**
 * The requests in flight: one ends when its handler has returned and its
 * response has been sent (or its client has hung up). A client that hangs up
 * does not stop a handler, and Koa writes the response only after the
 * handlers return, so a clean shutdown must wait for both.
 */
export class InFlight {
  private running = 0;
  private waiters: (() => void)[] = [];
  private shuttingDown = false;
  /** Requests no longer counted (detach): a stream open for hours is not a request a shutdown waits for. */
  private readonly detached = new WeakSet<object>();

  private done(): void {
    this.running -= 1;
    if (this.running === 0) this.waiters.splice(0).forEach((wake) => wake());
  }

  /** Counts each request from its start until its response is sent. */
  middleware(): Koa.Middleware {
    return async (ctx, next) => {
      this.running += 1;
      try {
        await next();
      } finally {
        // Runs when Koa has written the response, or at once if the socket is gone.
        onFinished(ctx.res, () => {
          if (!this.detached.has(ctx.res)) this.done();
        });
      }
    };
  }

  /** Stops counting a request in flight (a live stream: the shutdown ends it itself, after the others). */
  detach(ctx: Koa.Context): void {
    if (this.detached.has(ctx.res)) return;
    this.detached.add(ctx.res);
    this.done();
  }

  /**
   * Marks the app as shutting down (the readiness probe fails from now on)
   * and resolves when no request is being handled, or after `timeoutMs`;
   * true if drained.
   */
  drain(timeoutMs: number): Promise<boolean> {
    this.shuttingDown = true;
    if (this.running === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** True once drain() has been called: the app finishes what it has and takes nothing new. */
  get draining(): boolean {
    return this.shuttingDown;
  }
}

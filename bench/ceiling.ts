import Koa from 'koa';

/**
 * The ceiling: a bare Koa server answering a constant JSON document (of the
 * size of a user representation) behind an in-memory token check. Nothing
 * real can be faster on this stack; every figure is a ratio to this one.
 */
const document = process.env.CEILING_DOCUMENT ?? '{}';
const tokens = new Set((process.env.CEILING_TOKENS ?? '').split(','));
const app = new Koa();
app.use((ctx) => {
  const token = ctx.get('authorization').replace(/^Bearer /, '');
  if (!tokens.has(token)) {
    ctx.status = 401;
    ctx.body = { error: 'Unauthorized', message: 'a bearer token is required' };
    return;
  }
  ctx.type = 'application/json';
  ctx.body = document;
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ceiling listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

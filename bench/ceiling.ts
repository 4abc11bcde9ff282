import { readFileSync } from 'node:fs';
import Koa from 'koa';

/**
 * The ceiling: a bare Koa server answering constant JSON documents behind an
 * in-memory token check. `GET /<name>` answers the document of that name from
 * CEILING_DOCUMENTS (a JSON file of name to text: each endpoint's own answer,
 * so the ceiling sends as many bytes as the endpoint it is compared with).
 * Nothing real can be faster on this stack; every figure is a ratio to this one.
 */
const documents = JSON.parse(readFileSync(process.env.CEILING_DOCUMENTS ?? '/dev/null', 'utf8') || '{}') as Record<string, string>;
const tokens = new Set((process.env.CEILING_TOKENS ?? '').split(','));
const app = new Koa();
app.use((ctx) => {
  const token = ctx.get('authorization').replace(/^Bearer /, '');
  if (!tokens.has(token)) {
    ctx.status = 401;
    ctx.body = { error: 'Unauthorized', message: 'a bearer token is required' };
    return;
  }
  const document = documents[ctx.path.slice(1)];
  if (document === undefined) {
    ctx.status = 404;
    ctx.body = { error: 'Not Found', message: 'no such document' };
    return;
  }
  ctx.type = 'application/json';
  ctx.body = document;
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ceiling listening'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

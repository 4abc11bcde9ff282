import Router from '@koa/router';
import { Readable } from 'node:stream';
import type Koa from 'koa';
import type { Operation } from 'openapi-backend';
import { insufficientScope, type Requester } from '../auth.js';
import type { Contract, ContractResponse } from '../contract.js';
import { ApiError, notFound } from '../errors.js';
import type { Services } from '../services.js';
import { notModified, tagOf } from './entity-tags.js';
import type { HandlerTable, OperationId, OperationRequest } from './operation.js';
import { LIMITED_BEFORE_SECURITY } from '../limits/policies.js';
import { compileRequestValidators, requestCheck } from './request-validation.js';
import type { Serializer } from './serializers.js';

type AnyHandler = (request: OperationRequest<OperationId>) => Promise<{ status: number; headers?: unknown; body: unknown }>;

/** An OpenAPI path template as @koa/router writes it: `/api/users/{id}` → `/api/users/:id`. */
const routePath = (template: string) => template.replace(/\{([^}]+)\}/g, ':$1');

/** Who sent a request, by the security scheme the operation declares; undefined where it declares none. */
type Authenticate = (ctx: Koa.Context) => Promise<Requester | undefined>;

/**
 * The scope a bearer token needs for an operation, from the contract (see
 * bearerAuth there): `read` for GET (and HEAD), and for an operation that
 * says `x-token-scope: read`; `write` for everything else.
 */
function scopeNeeded(operation: Operation): 'read' | 'write' {
  const declared = (operation as { 'x-token-scope'?: string })['x-token-scope'];
  return operation.method.toLowerCase() === 'get' || declared === 'read' ? 'read' : 'write';
}

function authentication(operation: Operation, services: Services): Authenticate {
  const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (schemes.length === 0) return async () => undefined;
  if (schemes.length > 1) throw new Error(`${operation.operationId}: one security scheme per operation is supported, not ${schemes.join(', ')}`);
  const { auth, rateLimits } = services;
  switch (schemes[0]) {
    case 'bearerAuth': {
      const needed = scopeNeeded(operation);
      return async (ctx) => {
        const requester = await auth.bearer(ctx.get('authorization') || undefined);
        ctx.state.userId = requester.user.id;
        // Every authenticated call counts against its token's budget, refused or not.
        ctx.set(rateLimits.call(requester.tokenId!));
        if (!requester.scope?.split(' ').includes(needed)) throw insufficientScope(needed);
        return requester;
      };
    }
    case 'basicAuth':
      return async (ctx) => {
        const requester = await auth.basic(ctx.get('authorization') || undefined);
        ctx.state.userId = requester.user.id;
        return requester;
      };
    default:
      throw new Error(`${operation.operationId}: unknown security scheme ${schemes[0]}`);
  }
}

/** The declared headers a request sent, by the names the contract gives them. */
function declaredHeaders(ctx: Koa.Context, names: string[]): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const name of names) {
    const value = ctx.get(name);
    if (value !== '') sent[name] = value;
  }
  return sent;
}

/** The media type each declared response is sent as, by status. */
function mediaTypes(operation: Operation): Map<number, string> {
  const byStatus = new Map<number, string>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const [type] = Object.keys((response as ContractResponse).content ?? {});
    if (type) byStatus.set(Number(status), type === 'application/json' ? 'application/json; charset=utf-8' : type);
  }
  return byStatus;
}

/**
 * One operation of the contract as one Koa middleware, assembled at start-up
 * from what the contract says of it: the limit counted before its security
 * (logins, registrations), its security scheme (and the token's budget), its
 * integers, body and validators, its handler, and the serializer of each
 * response it declares, with the ETag and 304 where the response has one.
 */
function operationPipeline(operation: Operation, handler: AnyHandler, services: Services, validators: ReturnType<typeof compileRequestValidators>, serializers: Map<string, Serializer>): Koa.Middleware {
  const operationId = operation.operationId as OperationId;
  const route = operation.path;
  const limitFirst = LIMITED_BEFORE_SECURITY[operationId];
  const authenticate = authentication(operation, services);
  const check = requestCheck(operation, validators(operationId), services.config.maxBodyBytes);
  const types = mediaTypes(operation);
  // The header parameters it declares, by the contract's names (Node's are lower-case).
  const headerNames = ((operation.parameters ?? []) as { in: string; name: string }[]).filter((p) => p.in === 'header').map((p) => p.name);
  const tagged = new Set(Object.entries(operation.responses ?? {}).filter(([, r]) => (r as ContractResponse).headers?.ETag).map(([status]) => Number(status)));

  return async function operationMiddleware(ctx) {
    ctx.state.operationId = operationId;
    ctx.state.route = route;
    if (limitFirst) ctx.set(await services.rateLimits[limitFirst](ctx.ip));
    const requester = await authenticate(ctx);
    const parts = await check(ctx);
    const reply = await handler({
      params: parts.path as never,
      query: parts.query as never,
      headers: declaredHeaders(ctx, headerNames) as never,
      body: parts.requestBody as never,
      ctx,
      get requester(): Requester {
        if (!requester) throw new Error(`${operationId} has no authenticated requester`);
        return requester;
      },
    });
    // Koa fills an empty response with its status text ("See Other"), but
    // the contract declares no body: mark it empty before setting the status.
    if (reply.body === undefined) ctx.body = null;
    ctx.status = reply.status;
    if (reply.headers) ctx.set(reply.headers as Record<string, string>);
    if (reply.body === undefined) return;
    const serialize = serializers.get(`${operationId} ${reply.status}`);
    // Text and bytes as they are, and a stream (text/event-stream) as it comes; objects by their schema's serializer.
    const payload = typeof reply.body === 'string' || Buffer.isBuffer(reply.body) || reply.body instanceof Readable ? reply.body : serialize!(reply.body);
    // The declared media type, unless the handler chose one of several.
    if (!ctx.response.get('Content-Type')) ctx.type = types.get(reply.status) ?? 'application/json; charset=utf-8';
    ctx.body = payload;
    if (tagged.has(reply.status) && !(payload instanceof Readable)) {
      const tag = tagOf(payload);
      ctx.set('ETag', tag);
      if (notModified(ctx, tag)) {
        ctx.status = 304;
        ctx.body = null;
      }
    }
  };
}

/**
 * The contract as Koa middleware: every operation of openapi.yaml mounted on
 * @koa/router as its own pipeline (GET answers HEAD too), 405 with `Allow`
 * for a method a path does not support (OPTIONS answers with `Allow`), and
 * 404 for a path outside the contract.
 */
export function contractRouter(contract: Contract, services: Services, handlers: HandlerTable, serializers: Map<string, Serializer>): Koa.Middleware[] {
  const validators = compileRequestValidators(contract);
  const router = new Router();
  const missing: string[] = [];
  for (const operation of contract.operations) {
    const handler = (handlers as Record<string, AnyHandler>)[operation.operationId as string];
    if (!handler) {
      missing.push(operation.operationId as string);
      continue;
    }
    const pipeline = operationPipeline(operation, handler, services, validators, serializers);
    router.register(routePath(operation.path), [operation.method.toUpperCase()], pipeline);
  }
  if (missing.length > 0) throw new Error(`openapi.yaml operations without a handler: ${missing.join(', ')}`);

  const outsideTheContract: Koa.Middleware = async (ctx, next) => {
    await next();
    if (ctx.state.operationId !== undefined) return;
    const allow = ctx.response.get('Allow');
    if (ctx.method === 'OPTIONS' && allow) return;
    if (allow) throw new ApiError(405, 'method_not_allowed', `${ctx.method} is not supported at ${ctx.path}; use ${allow}`, { Allow: allow });
    throw notFound('not_found', `no resource at ${ctx.path}`);
  };
  return [outsideTheContract, router.routes() as Koa.Middleware, router.allowedMethods() as Koa.Middleware];
}

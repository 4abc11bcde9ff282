import type Koa from 'koa';
import type { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { OpenAPIBackend, OpenAPIValidator, type Context, type Document, type Operation } from 'openapi-backend';
import type { Viewer } from '../auth.js';
import { OPERATION_METHODS, type Contract } from '../contract.js';
import { ApiError } from '../errors.js';
import type { Services } from '../services.js';
import { integerParameters, nonDecimalIntegers, type IntegerParameter } from './decimal-integers.js';
import { readJsonBody, type BodyRules } from './json-body.js';
import { precompileRoutes } from './matcher.js';
import { installRequestParser } from './request-parser.js';
import type { HandlerTable, OperationId, OperationRequest } from './operation.js';
import { validationError, invalidParameters } from './validation.js';

// ajv-formats is CommonJS: its default import is the plugin itself.
const addFormats = ajvFormats as unknown as typeof ajvFormats.default;

const API_ROOT = '/';

type AnyHandler = (request: OperationRequest<OperationId>) => Promise<{ status: number; headers?: unknown; body: unknown }>;

/** Koa's view of a request, which openapi-backend routes and validates. */
interface RoutedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

/** The media type each declared response is sent as, looked up once. */
function mediaTypes(operations: Operation[]): Map<string, Map<number, string>> {
  const byOperation = new Map<string, Map<number, string>>();
  for (const operation of operations) {
    const byStatus = new Map<number, string>();
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const [mediaType] = Object.keys((response as { content?: object }).content ?? {});
      if (mediaType) byStatus.set(Number(status), mediaType);
    }
    byOperation.set(operation.operationId as string, byStatus);
  }
  return byOperation;
}

/**
 * The contract as Koa middleware: openapi-backend matches each request to an
 * operation of openapi.yaml, runs its security handler, reads and validates
 * the body and parameters, and calls the handler registered for its
 * operationId. Anything the contract does not describe is a 404 or a 405.
 */
export async function contractRouter(
  contract: Contract,
  services: Services,
  handlers: HandlerTable,
): Promise<Koa.Middleware> {
  const ajvOpts = { allErrors: true, useDefaults: true, verbose: true };
  const customizeAjv = (ajv: Ajv) => {
    addFormats(ajv);
    ajv.addFormat('password', true);
    return ajv;
  };
  const api = new OpenAPIBackend({
    definition: structuredClone(contract.document) as unknown as Document,
    apiRoot: API_ROOT,
    strict: true,
    coerceTypes: true,
    // Built below, for requests only.
    validate: false,
  });
  await api.init();
  // openapi-backend compiles validators for every response too, which the
  // server never uses (the tests validate every response they receive):
  // about 30 MB of a server's memory. Compile the request validators alone.
  const validator = new OpenAPIValidator({
    definition: api.definition,
    router: api.router,
    ajvOpts,
    customizeAjv,
    coerceTypes: true,
    lazyCompileValidators: true,
  });
  validator.preCompileRequestValidators();
  api.validator = validator;
  api.validate = true;

  // The router rebuilds its operation list on every call, and its path
  // patterns on every match; neither changes after init.
  const operations = api.router.getOperations();
  api.router.getOperations = () => operations;
  precompileRoutes(api.router);
  installRequestParser(api.router);
  const responseMediaTypes = mediaTypes(operations);

  const missing = operations.map((op) => op.operationId as string).filter((id) => !(id in handlers));
  if (missing.length > 0) throw new Error(`openapi.yaml operations without a handler: ${missing.join(', ')}`);

  // What each operation takes, looked up once: its integer parameters, and the media types of its body.
  const integers = new Map<string, IntegerParameter[]>();
  const bodies = new Map<string, BodyRules>();
  for (const operation of operations) {
    integers.set(operation.operationId as string, integerParameters(operation));
    const content = (operation.requestBody as { content?: Record<string, unknown> } | undefined)?.content;
    if (content) bodies.set(operation.operationId as string, { mediaTypes: Object.keys(content), maxBytes: services.config.maxBodyBytes });
  }

  // The requester's id is kept for the request log; a token's calls are counted.
  const identified = async (ctx: Koa.Context, viewer: Promise<Viewer>) => {
    const known = await viewer;
    ctx.state.userId = known.user.id;
    if (known.tokenId !== undefined) await services.rateLimits.call(ctx, known.tokenId);
    return known;
  };
  api.registerSecurityHandler('bearerAuth', (_c: Context, ctx: Koa.Context) =>
    identified(ctx, services.auth.bearer(ctx.get('authorization') || undefined)),
  );
  api.registerSecurityHandler('basicAuth', (_c: Context, ctx: Koa.Context) =>
    identified(ctx, services.auth.basic(ctx.get('authorization') || undefined)),
  );

  api.register({
    notFound(_c: Context, ctx: Koa.Context) {
      throw new ApiError(404, `no resource at ${ctx.path}`);
    },

    methodNotAllowed(c: Context, ctx: Koa.Context) {
      const request = c.request as unknown as RoutedRequest;
      const allowed = OPERATION_METHODS.filter((method) => {
        try {
          return api.router.matchOperation({ ...request, method } as never, true) !== undefined;
        } catch {
          return false;
        }
      }).map((method) => method.toUpperCase());
      throw new ApiError(405, `${ctx.method} is not supported at ${ctx.path}; use ${allowed.join(', ')}`, {
        Allow: allowed.join(', '),
      });
    },

    async postRoutingHandler(c: Context, ctx: Koa.Context) {
      if (!c.operation) return; // a 404 or 405 follows
      ctx.state.operationId = c.operation.operationId;
      ctx.state.route = c.operation.path;
      // Counted before any password is hashed or compared.
      if (c.operation.operationId === 'createToken') await services.rateLimits.loginAttempt(ctx);
      if (c.operation.operationId === 'createUser') await services.rateLimits.registration(ctx);
    },

    // Once the requester is known, check the integers and read the body: an
    // anonymous request to a protected operation gets its 401 without the
    // body being read at all.
    async postSecurityHandler(c: Context, ctx: Koa.Context) {
      const needsAuth = (c.operation.security ?? []).length > 0;
      if (needsAuth && !c.security?.authorized) return;
      const operationId = c.operation.operationId as string;
      const notDecimal = nonDecimalIntegers(integers.get(operationId) ?? [], {
        path: c.request.params,
        query: c.request.query as Record<string, unknown>,
      });
      if (notDecimal.length > 0) throw invalidParameters(notDecimal);
      const body = bodies.get(operationId);
      if (body) (ctx.state.routedRequest as RoutedRequest).body = await readJsonBody(ctx, body);
    },

    unauthorizedHandler(c: Context) {
      const failure = Object.values(c.security ?? {}).find(
        (result): result is { error: unknown } => typeof result === 'object' && result !== null && 'error' in result,
      );
      // A security handler refuses with an ApiError (401, 429); anything else
      // it threw (the database is down) is not the client's fault, and must not
      // look like a bad token: rendered as what it is.
      throw failure?.error ?? new ApiError(401, 'authentication failed');
    },

    validationFail(c: Context) {
      throw validationError(c.validation.errors ?? []);
    },
  });

  for (const [operationId, handler] of Object.entries(handlers) as [OperationId, AnyHandler][]) {
    const types = responseMediaTypes.get(operationId);
    api.register(operationId, async (c: Context, ctx: Koa.Context) => {
      const reply = await handler(operationRequest(c, ctx));
      // Koa fills an empty response with its status text ("See Other"), but
      // the contract declares no body: mark it empty before setting the status.
      if (reply.body === undefined) ctx.body = null;
      ctx.status = reply.status;
      if (reply.headers) ctx.set(reply.headers as Record<string, string>);
      if (reply.body !== undefined) {
        // The declared media type, unless the handler chose one of several.
        const type = types?.get(reply.status);
        if (type && !ctx.response.get('Content-Type')) ctx.type = type;
        ctx.body = reply.body;
      }
    });
  }

  return async (ctx) => {
    const request: RoutedRequest = {
      method: ctx.method,
      path: ctx.path,
      query: ctx.query,
      headers: ctx.headers,
    };
    ctx.state.routedRequest = request;
    await api.handleRequest(request as never, ctx);
  };
}

function operationRequest(c: Context, ctx: Koa.Context): OperationRequest<OperationId> {
  return {
    // Coerced by validation (integers), as the request parser keeps them.
    params: c.request.params as never,
    query: c.request.query as never,
    body: c.request.requestBody as never,
    ctx,
    get viewer(): Viewer {
      const viewer = (c.security?.bearerAuth ?? c.security?.basicAuth) as Viewer | undefined;
      if (!viewer?.user) throw new Error(`${c.operation.operationId} has no authenticated requester`);
      return viewer;
    },
  };
}

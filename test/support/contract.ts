import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'chai';
import { OpenAPIValidator, type Operation } from 'openapi-backend';
import { parse as parseYaml } from 'yaml';
import { loadContract } from '../../src/contract.js';
import { contractFormats } from '../../src/http/request-validation.js';


/** A response as the test client saw it. */
export interface SeenResponse {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

/** The server's own dereferenced copy of the contract, and response validators compiled from it. */
const contract = await loadContract();
const validator = new OpenAPIValidator({
  definition: contract.api.definition,
  router: contract.api.router,
  ajvOpts: { allErrors: true, strict: false },
  customizeAjv: contractFormats,
  lazyCompileValidators: true,
});
const api = { router: contract.api.router, definition: contract.api.definition, validateResponse: validator.validateResponse.bind(validator) };

const schemaValidators = new Map<string, ValidateFunction>();

/** Checks a value against one of the contract's schemas (components/schemas): what a stream event's data must be. */
export function checkSchema(name: string, value: unknown, where: string): void {
  let validate = schemaValidators.get(name);
  if (!validate) {
    const schema = api.definition.components?.schemas?.[name];
    expect(schema, `openapi.yaml has a schema ${name}`).to.not.equal(undefined);
    validate = contractFormats(new Ajv({ strict: false, allErrors: true })).compile(schema as object);
    schemaValidators.set(name, validate);
  }
  expect(validate(value), `${where}: ${name} ${JSON.stringify(validate.errors)}`).to.equal(true);
}

/** Every operation of the contract, dereferenced, with its path's parameters. */
export function contractOperations(): Operation[] {
  return api.router.getOperations();
}

const errorSchema = (api.definition.components?.schemas?.Error ?? {}) as object;
const validateError = contractFormats(new Ajv({ strict: false, allErrors: true })).compile(errorSchema);

/** Each error code's status, from the table in the ErrorCode schema's description, where partners read it. */
export const statusOfCode: ReadonlyMap<string, number> = new Map(
  [...String((api.definition.components?.schemas?.ErrorCode as { description?: string }).description).matchAll(/^\| `(\w+)` \| (\d{3}) \|/gm)].map(
    ([, code, status]) => [code!, Number(status)],
  ),
);

/** An error's code is one the contract documents for its status. */
function checkErrorCode(res: SeenResponse & { body?: any }, where: string): void {
  if (res.status < 400 || typeof res.body?.error !== 'string') return;
  const code = res.body?.code;
  expect(statusOfCode.get(code), `${where}: the status the contract documents for code ${code}`).to.equal(res.status);
}

// Header values are text: integers and booleans are read from it, as a client would.
const headerAjv = contractFormats(new Ajv({ strict: false, allErrors: true, coerceTypes: true }));
const headerValidators = new WeakMap<object, ValidateFunction>();

/** Every declared header that is present matches its schema, and every required one is present. */
function checkHeaders(declared: Record<string, { required?: boolean; schema?: object }>, headers: Headers, where: string): void {
  for (const [name, header] of Object.entries(declared)) {
    const value = headers.get(name);
    if (value === null) {
      expect(header.required ?? false, `${where}: required header ${name} is missing`).to.equal(false);
      continue;
    }
    const schema = header.schema ?? {};
    let validate = headerValidators.get(schema);
    if (!validate) {
      validate = headerAjv.compile({ type: 'object', properties: { value: schema } });
      headerValidators.set(schema, validate);
    }
    expect(validate({ value }), `${where}: header ${name}: ${value} ${JSON.stringify(validate.errors)}`).to.equal(true);
  }
}

function mediaType(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]!.trim();
}

function matchOperation(method: string, url: URL): Operation | undefined {
  try {
    return api.router.matchOperation({ method, path: url.pathname, headers: {}, query: {} }, true);
  } catch {
    return undefined;
  }
}

/**
 * Checks one response against openapi.yaml: the status is declared for the
 * operation, every declared header is present and valid, and the body has the
 * declared media type and matches its schema. A request outside the contract
 * may only get the contract's 404 or 405.
 */
export function checkAgainstContract(method: string, url: URL, res: SeenResponse): void {
  const where = `${method} ${url.pathname}${url.search} → ${res.status}`;
  // HEAD is GET without the body (RFC 9110, 9.3.2): its headers are GET's.
  if (method === 'HEAD') {
    expect(res.text, `${where}: HEAD has no body`).to.equal('');
    const operation = matchOperation('GET', url);
    if (!operation) {
      expect([404, 405], `${where}: only 404/405 lie outside the contract`).to.include(res.status);
      return;
    }
    const declared = operation.responses?.[String(res.status)] as { headers?: Record<string, { required?: boolean; schema?: object }> } | undefined;
    expect(declared, `${where}: status not declared for ${operation.operationId}`).to.not.equal(undefined);
    checkHeaders(declared?.headers ?? {}, res.headers, where);
    return;
  }
  // OPTIONS lists a path's methods in Allow (README, the contract's description).
  if (method === 'OPTIONS' && res.status === 200) {
    expect(res.headers.get('allow'), `${where}: Allow`).to.match(/^[A-Z]+(, [A-Z]+)*$/);
    expect(res.text, `${where}: no body`).to.equal('');
    return;
  }
  const operation = matchOperation(method, url);
  if (!operation) {
    expect([404, 405], `${where}: only 404/405 lie outside the contract`).to.include(res.status);
    if (res.status === 405) expect(res.headers.get('allow'), `${where}: Allow header`).to.match(/^[A-Z]+(, [A-Z]+)*$/);
    if (mediaType(res.headers) === 'text/html') {
      expect(res.text, where).to.match(/^<!doctype html>/);
    } else {
      expect(mediaType(res.headers), where).to.equal('application/json');
      expect(validateError(res.body), `${where}: ${JSON.stringify(validateError.errors)}`).to.equal(true);
      checkErrorCode(res, where);
    }
    return;
  }

  const declared = operation.responses?.[String(res.status)] as
    | { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean; schema?: object }> }
    | undefined;
  expect(declared, `${where}: status not declared for ${operation.operationId}`).to.not.equal(undefined);

  checkHeaders(declared?.headers ?? {}, res.headers, where);
  if (res.headers.get('content-encoding')) expect(Object.keys(declared?.headers ?? {}), `${where}: Content-Encoding declared`).to.include('Content-Encoding');

  const contentTypes = Object.keys(declared?.content ?? {});
  if (contentTypes.length === 0) {
    expect(res.text, `${where}: no body declared`).to.equal('');
    return;
  }
  expect(contentTypes, `${where}: Content-Type`).to.include(mediaType(res.headers));
  // A YAML body is held to its schema as the document a YAML parser reads.
  const decoded = { 'application/json': () => res.body, 'application/yaml': () => parseYaml(res.text) as unknown }[mediaType(res.headers)];
  if (decoded) {
    const bodyCheck = api.validateResponse(decoded(), operation, res.status);
    expect(bodyCheck.errors ?? [], `${where}: body ${res.text.slice(0, 500)}`).to.deep.equal([]);
    checkErrorCode(res, where);
  } else {
    expect(res.text.length, `${where}: body`).to.be.greaterThan(0);
  }
}

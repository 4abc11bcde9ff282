import { readFileSync } from 'node:fs';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import { parse } from 'yaml';

/** openapi.yaml, the single source of truth. */
export const contractPath = new URL('../openapi.yaml', import.meta.url);

/** An OpenAPI response object, its $refs resolved. */
export interface ContractResponse {
  description?: string;
  headers?: Record<string, { required?: boolean; schema?: Record<string, unknown> }>;
  content?: Record<string, { schema?: Record<string, unknown> }>;
}

/** openapi.yaml, read and dereferenced once at start-up; every consumer shares this copy. */
export interface Contract {
  /** The file as written, served as YAML. */
  yaml: string;
  /** The same document as an object, its $refs in place, served as JSON. */
  document: { openapi: string; info: Record<string, unknown>; paths: Record<string, unknown> };
  /** openapi-backend's dereferenced copy: its router and every operation come from it. */
  api: OpenAPIBackend;
  /** Every operation, $refs resolved, with its method and path template. */
  operations: Operation[];
  /** A response of components/responses, $refs resolved. */
  response(name: string): ContractResponse;
}

let loaded: Promise<Contract> | undefined;

async function load(): Promise<Contract> {
  const yaml = readFileSync(contractPath, 'utf8');
  const document = parse(yaml) as Contract['document'];
  // openapi-backend dereferences the definition it is given in place: its own copy.
  const api = new OpenAPIBackend({ definition: structuredClone(document) as unknown as Document, apiRoot: '/', strict: true, validate: false });
  await api.init();
  const operations = api.router.getOperations();
  const responses = (api.definition.components?.responses ?? {}) as Record<string, ContractResponse>;
  return {
    yaml,
    document,
    api,
    operations,
    response(name) {
      const response = responses[name];
      if (!response) throw new Error(`openapi.yaml has no components/responses/${name}`);
      return response;
    },
  };
}

/** The contract, loaded once per process. */
export function loadContract(): Promise<Contract> {
  loaded ??= load();
  return loaded;
}

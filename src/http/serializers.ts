import fastJson from 'fast-json-stringify';
import type { Operation } from 'openapi-backend';
import type { Contract, ContractResponse } from '../contract.js';
import type { Post, User } from '../representations.js';
import { entityTag } from './entity-tags.js';

/** Turns a value into the JSON text of one declared response. */
export type Serializer = (value: unknown) => string;

/** Keywords of OpenAPI's schema dialect that JSON Schema (draft 7) does not have, or that only annotate. */
const ANNOTATIONS = new Set(['nullable', 'example', 'discriminator', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly']);

/**
 * An OpenAPI 3.0 schema as JSON Schema draft 7, for fast-json-stringify:
 * `nullable: true` becomes a type list with "null", and annotations go.
 * Every schema is copied (openapi-backend's dereferenced schemas are shared).
 */
export function draft7(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(draft7);
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    // The property map's keys are names, not keywords.
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, draft7(property)]));
      continue;
    }
    out[key] = draft7(value);
  }
  if (source.nullable === true && typeof source.type === 'string') out.type = [source.type, 'null'];
  return out;
}

/**
 * A serializer for every JSON response of every operation, compiled at
 * start-up from the contract's schema for it (fast-json-stringify): it writes
 * only the properties the contract declares, and fails (a 500, which the
 * tests catch) on a required one that is missing.
 */
export function compileSerializers(operations: Operation[]): Map<string, Serializer> {
  const serializers = new Map<string, Serializer>();
  for (const operation of operations) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const schema = (response as ContractResponse).content?.['application/json']?.schema;
      if (schema) serializers.set(`${operation.operationId} ${status}`, fastJson(draft7(schema) as object) as Serializer);
    }
  }
  return serializers;
}

/** A serializer for one of the contract's schemas (components/schemas), for JSON that is not a whole response (a stream event's data). */
export function schemaSerializer(contract: Contract, name: string): Serializer {
  const schema = contract.api.definition.components?.schemas?.[name];
  if (!schema) throw new Error(`openapi.yaml has no schema ${name}`);
  return fastJson(draft7(schema) as object) as Serializer;
}

/** The ETag of a user or a post as GET answers it: the tag of the bytes its serializer writes. */
export interface RepresentationTags {
  user(representation: User): string;
  post(representation: Post): string;
}

export function representationTags(serializers: Map<string, Serializer>): RepresentationTags {
  const of = (key: string) => {
    const serialize = serializers.get(key);
    if (!serialize) throw new Error(`openapi.yaml declares no JSON for ${key}`);
    return (representation: unknown) => entityTag(serialize(representation));
  };
  return { user: of('getUser 200'), post: of('getPost 200') };
}

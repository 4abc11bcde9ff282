import { STATUS_CODES } from 'node:http';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { loadContract } from '../src/contract.js';
import { contractFormats } from '../src/http/request-validation.js';

type Schema = Record<string, unknown>;
type Media = { schema?: Schema; example?: unknown; examples?: Record<string, { value?: unknown }> };

/** The contract with every $ref resolved: the server's own copy. */
const { api } = await loadContract();
const ajv = contractFormats(new Ajv({ strict: false, allErrors: true }));

function examplesOf(media: Media): unknown[] {
  if (media.example !== undefined) return [media.example];
  if (media.examples) return Object.values(media.examples).map((e) => e.value);
  return media.schema?.example !== undefined ? [media.schema.example] : [];
}

describe('examples in openapi.yaml', () => {
  const bodies: [string, Media][] = [];
  for (const operation of api.router.getOperations()) {
    const requestBody = operation.requestBody as { content?: Record<string, Media> } | undefined;
    for (const [type, media] of Object.entries(requestBody?.content ?? {})) {
      bodies.push([`${operation.operationId} request (${type})`, media]);
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      for (const [type, media] of Object.entries((response as { content?: Record<string, Media> }).content ?? {})) {
        bodies.push([`${operation.operationId} ${status} (${type})`, media]);
      }
    }
  }

  it('covers every request and response body of every operation', () => {
    expect(bodies.length).to.be.greaterThan(90);
  });

  for (const [where, media] of bodies) {
    it(`${where} has an example that matches its schema`, () => {
      const examples = examplesOf(media);
      expect(examples, 'no example').to.not.be.empty;
      const validate = ajv.compile(media.schema ?? {});
      for (const example of examples) {
        expect(validate(example), JSON.stringify(validate.errors)).to.equal(true);
      }
    });
  }

  for (const [name, schema] of Object.entries((api.definition.components?.schemas ?? {}) as Record<string, Schema>)) {
    if (schema.example === undefined) continue;
    it(`the example of schema ${name} matches it`, () => {
      const validate = ajv.compile(schema);
      expect(validate(schema.example), JSON.stringify(validate.errors)).to.equal(true);
    });
  }
});

describe('error codes in openapi.yaml', () => {
  const errorCode = api.definition.components?.schemas?.ErrorCode as { enum: string[]; description: string };
  const rows = [...errorCode.description.matchAll(/^\| `(\w+)` \| (\d{3}) \| (.+) \|$/gm)];

  it('documents each code of the enum once, with its status and meaning', () => {
    expect(rows.map(([, code]) => code)).to.deep.equal(errorCode.enum);
    for (const [, code, status, meaning] of rows) {
      expect(Number(status), code).to.be.within(400, 599);
      expect(meaning!.length, code).to.be.greaterThan(10);
    }
  });

  it('gives every error example a code documented for its status', () => {
    const statusOf = new Map(rows.map(([, code, status]) => [code, Number(status)]));
    for (const [name, response] of Object.entries((api.definition.components?.responses ?? {}) as Record<string, { content?: Record<string, Media> }>)) {
      const example = response.content?.['application/json']?.example as { code?: string; error?: string } | undefined;
      if (!example?.code) continue;
      const status = Number(Object.entries(STATUS_CODES).find(([, phrase]) => phrase === example.error)?.[0]);
      expect(statusOf.get(example.code), `${name}: ${example.code}`).to.equal(status);
    }
  });
});

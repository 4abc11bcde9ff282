#!/usr/bin/env node
// Writes client/src/schema.ts (the contract's types, by openapi-typescript)
// and client/src/operations.ts (what the transport needs to know of the
// operations) from openapi.yaml, leaving out the infrastructure operations:
// those tagged `documentation` (the docs pages) and `health` (the probes)
// are for browsers and load balancers, not for apps. With --check, fails
// when the files are not what the contract makes (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

/** The tags of operations the client leaves out (the contract's tags say so too). */
export const INFRASTRUCTURE_TAGS = ['documentation', 'health'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const contract = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
const idempotentPosts = [];
for (const [path, item] of Object.entries(contract.paths)) {
  for (const method of METHODS) {
    const operation = item[method];
    if (!operation) continue;
    if (operation.tags?.some((tag) => INFRASTRUCTURE_TAGS.includes(tag))) delete item[method];
    else if (method === 'post' && operation.parameters?.some((p) => p.$ref === '#/components/parameters/IdempotencyKey')) idempotentPosts.push(path);
  }
  if (!METHODS.some((method) => item[method])) delete contract.paths[path];
}
contract.tags = contract.tags.filter((tag) => !INFRASTRUCTURE_TAGS.includes(tag.name));

const banner = '// Generated from openapi.yaml by client/scripts/generate.mjs (npm run generate); do not edit.\n';
const files = {
  'schema.ts': `${banner}${astToString(await openapiTS(contract))}`,
  'operations.ts': `${banner}
/** The contract's version these types were made from. */
export const CONTRACT_VERSION = ${JSON.stringify(contract.info.version)};

/** POSTs that take an Idempotency-Key: the client sends one, so that it may send them again after a network failure. */
export const IDEMPOTENT_POSTS: readonly RegExp[] = [
${idempotentPosts.map((path) => `  /^${path.replace(/\//g, '\\/').replace(/\{\w+\}/g, '[^/]+')}$/,`).join('\n')}
];
`,
};

const check = process.argv.includes('--check');
let stale = false;
for (const [name, text] of Object.entries(files)) {
  const file = new URL(`../src/${name}`, import.meta.url);
  if (!check) writeFileSync(file, text);
  else if (readFileSync(file, 'utf8') !== text) {
    console.error(`client/src/${name} is not what openapi.yaml makes: run npm run generate`);
    stale = true;
  }
}
if (stale) process.exit(1);

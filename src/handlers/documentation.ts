import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { notFound } from '../errors.js';
import type { Contract } from '../contract.js';
import { splitOverview } from '../docs/guide.js';
import type { Handlers } from '../http/operation.js';

const require = createRequire(import.meta.url);
const swaggerUi = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const own = (file: string) => new URL(`../docs/${file}`, import.meta.url);

/** The files the documentation page loads, read once at start-up. */
function loadAssets(): Map<string, { body: Buffer; type: string }> {
  const asset = (file: string | URL, type: string) => ({ body: readFileSync(file), type });
  return new Map(Object.entries({
    'swagger-ui.css': asset(path.join(swaggerUi, 'swagger-ui.css'), 'text/css'),
    'swagger-ui-bundle.js': asset(path.join(swaggerUi, 'swagger-ui-bundle.js'), 'text/javascript'),
    'favicon-32x32.png': asset(path.join(swaggerUi, 'favicon-32x32.png'), 'image/png'),
    'docs.js': asset(own('docs.js'), 'text/javascript'),
  }));
}

export function documentationHandlers(contract: Contract): Handlers<'getHome' | 'getDocs' | 'getDocsAsset'> {
  const home = readFileSync(own('home.html'), 'utf8');
  // The guide ends with the table of error codes (the ErrorCode schema's), where a reader of the Errors section looks for it.
  const components = (contract.document as { components?: { schemas?: Record<string, { description?: string }> } }).components;
  const errorCodes = components?.schemas?.ErrorCode?.description ?? '';
  const { intro, guideHtml } = splitOverview(`${String(contract.document.info.description ?? '')}\n## Error codes\n${errorCodes}`);
  // The introduction as JSON inside the page: "<" escaped, so that no text of it can end the element.
  const page = readFileSync(own('index.html'), 'utf8')
    .replace('<!-- intro -->', () => JSON.stringify(intro).replace(/</g, '\\u003c'))
    .replace('<!-- guide -->', () => guideHtml);
  const assets = loadAssets();
  return {
    async getHome() {
      return { status: 200, body: home };
    },
    async getDocs() {
      return { status: 200, body: page };
    },
    async getDocsAsset({ params }) {
      const asset = assets.get(params.asset);
      if (!asset) throw notFound('not_found', `the documentation has no file ${params.asset}`);
      const { body, type } = asset;
      // openapi-typescript types every file as a string; Koa sends the Buffer as is.
      return { status: 200, headers: { 'Content-Type': type }, body: body as unknown as string };
    },
  };
}

import type { Contract } from '../contract.js';
import type { Handlers } from '../http/operation.js';

export function contractHandlers(contract: Contract): Handlers<'getContractJson' | 'getContractYaml' | 'getApiRoot'> {
  const json = contract.document;
  const root = {
    version: String(contract.document.info.version),
    _links: {
      self: '/api',
      users: '/api/users',
      posts: '/api/posts',
      feed: '/api/feed',
      me: '/api/me',
      tokens: '/api/tokens',
      docs: '/api/docs',
      openapi: '/api/openapi.json',
    },
  };
  return {
    async getApiRoot({ ctx }) {
      // The same URL answers people and programs differently: say so to caches.
      ctx.vary('Accept');
      if (ctx.accepts('json', 'html') === 'html') return { status: 303, headers: { Location: '/api/docs' }, body: undefined };
      return { status: 200, body: root };
    },
    async getContractJson() {
      return { status: 200, body: json };
    },
    async getContractYaml() {
      return { status: 200, body: contract.yaml };
    },
  };
}

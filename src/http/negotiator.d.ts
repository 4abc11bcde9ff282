// negotiator 1.x ships no types, and @types/negotiator describes 0.6,
// without the server preference (`preferred`) this server needs: only what
// compression.ts uses.
declare module 'negotiator' {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The best of `available` for the request's Accept-Encoding; on equal quality, the first of `preferred`. */
    encoding(available: string[], options?: { preferred?: string[] }): string | undefined;
  }
}

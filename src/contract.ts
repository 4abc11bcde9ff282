import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** openapi.yaml, the single source of truth, read once at start-up. */
export const contractPath = new URL('../openapi.yaml', import.meta.url);

export interface Contract {
  /** The file as written. */
  yaml: string;
  /** The same document as an object (with its $refs in place). */
  document: { openapi: string; info: Record<string, unknown>; paths: Record<string, unknown> };
}

export function loadContract(): Contract {
  const yaml = readFileSync(contractPath, 'utf8');
  return { yaml, document: parse(yaml) };
}

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

/** An operation of the contract, as written (its $refs in place). */
export interface ContractOperation {
  operationId: string;
  responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
}

/** The HTTP methods an OpenAPI path item can hold operations under (the ones this API uses). */
export const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every operation of the contract. */
export function operationsOf(contract: Contract): ContractOperation[] {
  const methods: readonly string[] = OPERATION_METHODS;
  return Object.values(contract.document.paths as Record<string, Record<string, ContractOperation>>).flatMap((item) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([, operation]) => operation),
  );
}

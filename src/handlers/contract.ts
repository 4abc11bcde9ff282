import type { Contract } from '../contract.js';
import type { Handlers } from '../http/operation.js';

export function contractHandlers(contract: Contract): Handlers<'getContractJson' | 'getContractYaml'> {
  const json = contract.document;
  return {
    async getContractJson() {
      return { status: 200, body: json };
    },
    async getContractYaml() {
      return { status: 200, body: contract.yaml };
    },
  };
}

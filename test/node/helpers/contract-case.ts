/**
 * One case of the contract test (contract.test.ts): a request to an implemented operation, the
 * status it must answer with, and an optional check of the body. The tables of cases by
 * resource area are in test/node/contract/.
 */
import type { OperationId } from '../../../dev/mock-api/scopes';
import type { SeedFacts } from '../../../dev/mock-api/seed/index';
import type { CallInit, Json, TestApi } from './api';

export interface Case {
  op: OperationId;
  name: string;
  status: number;
  request: (f: SeedFacts, api: TestApi) => Promise<[string, CallInit?]> | [string, CallInit?];
  check?: (body: Json, f: SeedFacts, api: TestApi) => void | Promise<void>;
}

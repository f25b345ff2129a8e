/**
 * Response validation against the real contract (api/dialstack.openapi.json, loaded as is)
 * with ajv's JSON Schema 2020-12 dialect — OpenAPI 3.1's.
 *
 * One relaxation, matching the mock's: DialPlanNode.config's `oneOf` has overlapping branches
 * (no discriminator, several branches without required fields), so every real node matches
 * several branches; it is checked as `anyOf` plus a per-type check (see contract-defects.test.ts).
 */
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Json } from './api';

export const SPEC_PATH = new URL('../../../api/dialstack.openapi.json', import.meta.url);
export const rawSpec = JSON.parse(readFileSync(SPEC_PATH, 'utf8'));

const SPEC_ID = 'https://contract.test/dialstack-openapi.json';

export function createContractAjv(relaxDialPlanNode: boolean) {
  const spec = structuredClone(rawSpec);
  spec.$id = SPEC_ID;
  if (relaxDialPlanNode) {
    const config = spec.components.schemas.DialPlanNode.properties.config;
    config.anyOf = config.oneOf;
    delete config.oneOf;
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('date-time-local', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/);
  ajv.addFormat('time-local', /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
  ajv.addSchema(spec);
  return { ajv, spec };
}

const { ajv, spec } = createContractAjv(true);
const cache = new Map<string, ValidateFunction>();

export function validatorAt(pointer: string): ValidateFunction {
  let validate = cache.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
    cache.set(pointer, validate);
  }
  return validate;
}

const escape = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');

export interface OperationRef {
  operationId: string;
  method: string;
  path: string;
}

export function operationById(operationId: string): OperationRef {
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (op && op.operationId === operationId) return { operationId, method, path };
    }
  }
  throw new Error(`no operation ${operationId}`);
}

/**
 * The JSON schema pointer for a documented response, or undefined when the contract doesn't
 * declare that status (or declares it without a JSON body).
 */
export function responseSchemaPointer(operationId: string, status: number): string | undefined {
  const { method, path } = operationById(operationId);
  const responses = spec.paths[path][method].responses;
  const response = responses[String(status)];
  if (!response) return undefined;
  let base = `/paths/${escape(path)}/${method}/responses/${status}`;
  let node = response;
  if (response.$ref) {
    base = response.$ref.slice(1);
    node = base
      .split('/')
      .slice(1)
      .reduce((n: Json, p: string) => n[p.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  }
  if (!node.content?.['application/json']?.schema) return undefined;
  return `${base}/content/${escape('application/json')}/schema`;
}

export function declaredStatuses(operationId: string): number[] {
  const { method, path } = operationById(operationId);
  return Object.keys(spec.paths[path][method].responses).map(Number);
}

/**
 * Asserts `body` matches the contract for (operation, status). Errors not declared for the
 * operation (e.g. a 400 on a list endpoint) must still match the Error schema.
 */
export function assertMatchesContract(operationId: string, status: number, body: unknown): void {
  let pointer = responseSchemaPointer(operationId, status);
  if (!pointer && status >= 400) pointer = '/components/schemas/Error';
  if (!pointer) {
    if (body !== undefined && body !== '')
      throw new Error(
        `${operationId} ${status}: contract declares no JSON body, got ${JSON.stringify(body).slice(0, 200)}`,
      );
    return;
  }
  const validate = validatorAt(pointer);
  if (!validate(body)) {
    throw new Error(
      `${operationId} ${status} does not match the contract (${pointer}):\n${JSON.stringify(validate.errors, null, 2).slice(0, 2000)}\nbody: ${JSON.stringify(body).slice(0, 800)}`,
    );
  }
}

export function assertMatchesSchema(name: string, value: unknown): void {
  const validate = validatorAt(`/components/schemas/${name}`);
  if (!validate(value))
    throw new Error(`${name}: ${JSON.stringify(validate.errors, null, 2).slice(0, 1500)}`);
}

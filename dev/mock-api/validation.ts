/**
 * Request validation against the contract (ajv, JSON Schema 2020-12 — OpenAPI 3.1's dialect):
 * query parameters (typed from their string form first) and JSON bodies. Failures become 400s
 * whose `details` map each offending field to a message: `{ "limit": "must be <= 100" }`.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { contract, type ContractOperation } from './contract';
import { ApiError, validationError } from './errors';
import type { OperationId } from './scopes';

const ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults: true });
addFormats(ajv);
// Formats the contract uses beyond ajv-formats'.
ajv.addFormat('date-time-local', /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/);
ajv.addFormat('time-local', /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/);
ajv.addSchema(contract as unknown as object);

const compiled = new Map<string, ValidateFunction>();

/** A validator for a JSON pointer into contract-schemas.json, e.g. `/components/schemas/DialPlan`. */
export function validatorAt(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${contract.$id}#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

export const schemaValidator = (name: string) => validatorAt(`/components/schemas/${name}`);

function fieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part),
      '',
    );
}

/** ajv errors → `{ field: message }`, first message per field, combinator noise dropped. */
export function detailsFrom(
  errors: readonly ErrorObject[] | null | undefined,
  prefix = '',
  root = 'body',
): Record<string, string> {
  const details: Record<string, string> = {};
  for (const error of errors ?? []) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
    let field = fieldPath(error.instancePath);
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      field = field ? `${field}.${missing}` : missing;
      message = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      field = field ? `${field}.${extra}` : extra;
      message = 'is not a known field';
    } else if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      message = `must be one of: ${allowed.map((v) => (v === null ? 'null' : String(v))).join(', ')}`;
    }
    const key = prefix
      ? field
        ? `${prefix}${field.startsWith('[') ? '' : '.'}${field}`
        : prefix
      : field || root;
    if (!(key in details)) details[key] = message;
  }
  return details;
}

type QueryValue = string | number | boolean | string[];

/**
 * The query string typed and validated against the operation's parameters. `page` (the
 * pagination cursor) is left to the pagination module; any other unknown parameter is a 400.
 */
export function parseQuery(
  id: OperationId,
  op: ContractOperation,
  url: URL,
): Record<string, QueryValue> {
  const properties = (op.query?.properties ?? {}) as Record<string, { type?: string | string[] }>;
  const isList = 'limit' in properties;
  const query: Record<string, QueryValue> = {};
  const unknown: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    if (key === 'page' && isList) continue;
    const property = properties[key];
    if (!property) {
      unknown[key] = 'is not a parameter of this endpoint';
      continue;
    }
    const values = url.searchParams.getAll(key);
    if (property.type === 'array') {
      query[key] = values;
      continue;
    }
    const raw = values[0]!;
    if (property.type === 'integer' && /^-?\d+$/.test(raw)) query[key] = Number(raw);
    else if (property.type === 'boolean' && (raw === 'true' || raw === 'false'))
      query[key] = raw === 'true';
    else query[key] = raw;
  }
  if (Object.keys(unknown).length) throw validationError('Invalid query parameters', unknown);
  if (op.query) {
    const validate = validatorAt(`/operations/${id}/query`);
    if (!validate(query))
      throw validationError('Invalid query parameters', detailsFrom(validate.errors, '', 'query'));
  }
  return query;
}

/** The JSON body, validated against the operation's request-body schema. */
export async function parseBody(
  id: OperationId,
  op: ContractOperation,
  request: Request,
): Promise<unknown> {
  if (!op.body) return undefined;
  const text = await request.text();
  if (!text.trim()) {
    if (op.body.required)
      throw validationError('A JSON request body is required', { body: 'is required' });
    return {};
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON', 'invalid_json', {
      body: 'is not valid JSON',
    });
  }
  const validate = validatorAt(`/operations/${id}/body/schema`);
  if (!validate(body)) throw validationError('Invalid request body', detailsFrom(validate.errors));
  return body;
}

/** Validates a value against a named contract schema; throws a 400 naming fields under `prefix`. */
export function assertSchema(name: string, value: unknown, prefix: string): void {
  const validate = schemaValidator(name);
  if (!validate(value))
    throw validationError('Invalid request body', detailsFrom(validate.errors, prefix));
}

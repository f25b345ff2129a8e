/**
 * Generates `contract-schemas.json` — the slice of the OpenAPI contract the mock validates
 * requests with — from the repository's copy of the contract, `api/dialstack.openapi.json`:
 *
 *     npx tsx dev/mock-api/extract-schemas.ts
 *
 * The output is committed (like `src/api/schema.d.ts`) so that the handlers can import it in the
 * browser too. `test/node/contract-schemas.test.ts` fails when it is stale.
 *
 * Only operations listed in `scopes.ts` are kept, with their query/path parameters and JSON
 * request body, plus the closure of `components.schemas` they reference (documentation-only
 * keywords stripped). `$ref`s keep their `#/components/schemas/…` form and resolve against the
 * output document itself (its `$id`).
 *
 * One deliberate deviation, recorded in the output's `notes`: `DialPlanNode.config` is a `oneOf`
 * of six config schemas that have no discriminator and overlap (several have no required field),
 * so a valid node matches more than one branch and strict `oneOf` rejects every dial plan. The
 * extract turns it into `anyOf`; the dial-plan routes then validate each node's config against
 * the schema for its `type`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IMPLEMENTED_OPERATIONS } from './scopes';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const CONTRACT_ID = 'https://mock.dialstack.invalid/contract-schemas.json';

const DOC_KEYWORDS = new Set([
  'description',
  'example',
  'examples',
  'externalDocs',
  'xml',
  'title',
]);
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drops documentation keywords and vendor extensions; keeps property names intact. */
function clean(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(clean);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DOC_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if ((key === 'properties' || key === 'patternProperties') && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, clean(sub)]));
    } else {
      out[key] = clean(value);
    }
  }
  return out;
}

function collectRefs(node: Json, into: Set<string>): void {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, into));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value);
      else collectRefs(value, into);
    }
  }
}

function resolveRef(spec: JsonObject, ref: string): JsonObject {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  let node: Json = spec;
  for (const part of ref.slice(2).split('/')) {
    if (!isObject(node)) throw new Error(`unresolvable $ref ${ref}`);
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!isObject(node)) throw new Error(`unresolvable $ref ${ref}`);
  return node;
}

function deref(spec: JsonObject, node: JsonObject): JsonObject {
  return typeof node.$ref === 'string' ? resolveRef(spec, node.$ref) : node;
}

export interface ExtractedOperation {
  method: string;
  path: string;
  query: JsonObject | null;
  pathParams: string[];
  body: { required: boolean; schema: JsonObject } | null;
  responses: Record<string, string | null>;
}

export function extractContract(spec: JsonObject): JsonObject {
  const paths = spec.paths as JsonObject;
  const found = new Map<string, ExtractedOperation>();

  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op) || typeof op.operationId !== 'string') continue;
      if (!(IMPLEMENTED_OPERATIONS as string[]).includes(op.operationId)) continue;

      const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]
        .filter(isObject)
        .map((p) => deref(spec, p));
      const queryParams = params.filter((p) => p.in === 'query');
      const query: JsonObject | null = queryParams.length
        ? {
            type: 'object',
            properties: Object.fromEntries(
              queryParams.map((p) => [String(p.name), clean(p.schema ?? {})]),
            ),
            required: queryParams.filter((p) => p.required === true).map((p) => String(p.name)),
          }
        : null;

      let body: ExtractedOperation['body'] = null;
      if (isObject(op.requestBody)) {
        const requestBody = deref(spec, op.requestBody);
        const content = requestBody.content;
        const json = isObject(content) ? content['application/json'] : undefined;
        if (isObject(json) && isObject(json.schema)) {
          body = {
            required: requestBody.required === true,
            schema: clean(json.schema) as JsonObject,
          };
        }
      }

      const responses: Record<string, string | null> = {};
      for (const [status, response] of Object.entries((op.responses ?? {}) as JsonObject)) {
        const ref = isObject(response) && typeof response.$ref === 'string' ? response.$ref : null;
        responses[status] = ref ? ref.split('/').pop()! : null;
      }

      found.set(op.operationId, {
        method: method.toUpperCase(),
        path,
        query,
        pathParams: params.filter((p) => p.in === 'path').map((p) => String(p.name)),
        body,
        responses,
      });
    }
  }

  const missing = IMPLEMENTED_OPERATIONS.filter((id) => !found.has(id));
  if (missing.length) throw new Error(`operations not in the contract: ${missing.join(', ')}`);

  // Closure of referenced component schemas.
  const schemas = (spec.components as JsonObject).schemas as JsonObject;
  const wanted = new Set<string>();
  const queue: string[] = [];
  const enqueue = (node: Json) => {
    const refs = new Set<string>();
    collectRefs(node, refs);
    for (const ref of refs) {
      const name = ref.replace('#/components/schemas/', '');
      if (!wanted.has(name)) {
        wanted.add(name);
        queue.push(name);
      }
    }
  };
  const operations: JsonObject = {};
  for (const id of IMPLEMENTED_OPERATIONS) {
    const op = found.get(id)!;
    operations[id] = op as unknown as JsonObject;
    enqueue(op as unknown as Json);
  }
  // The route handlers also validate dial-plan node configs and build seed data from these.
  for (const name of ['DialPlan', 'DialPlanNode', 'CallLog', 'Voicemail', 'Error'])
    enqueue({ $ref: `#/components/schemas/${name}` });
  while (queue.length) enqueue(schemas[queue.shift()!]);

  const kept: JsonObject = {};
  for (const name of [...wanted].sort()) {
    if (!(name in schemas)) throw new Error(`missing component schema ${name}`);
    kept[name] = clean(schemas[name]);
  }

  const node = kept.DialPlanNode as JsonObject;
  const config = (node.properties as JsonObject).config as JsonObject;
  if (Array.isArray(config.oneOf)) {
    config.anyOf = config.oneOf;
    delete config.oneOf;
  }

  const responses = (spec.components as JsonObject).responses as JsonObject;
  const errors: JsonObject = {};
  for (const [name, response] of Object.entries(responses)) {
    if (isObject(response) && typeof response.description === 'string')
      errors[name] = response.description;
  }

  return {
    $id: CONTRACT_ID,
    info: {
      generatedFrom: 'api/dialstack.openapi.json',
      title: ((spec.info as JsonObject).title as string) ?? '',
      version: ((spec.info as JsonObject).version as string) ?? '',
    },
    notes: [
      'Generated by dev/mock-api/extract-schemas.ts; do not edit.',
      'DialPlanNode.config: contract oneOf relaxed to anyOf (overlapping branches); routes validate config by node type.',
    ],
    operations,
    errors,
    components: { schemas: kept },
  };
}

export const CONTRACT_SOURCE = fileURLToPath(
  new URL('../../api/dialstack.openapi.json', import.meta.url),
);
export const CONTRACT_OUTPUT = fileURLToPath(new URL('./contract-schemas.json', import.meta.url));

/** The file's exact contents: the extract, formatted with the repo's Prettier config. */
export async function renderContract(spec: JsonObject): Promise<string> {
  const options = (await resolveConfig(CONTRACT_OUTPUT)) ?? {};
  return format(JSON.stringify(extractContract(spec)), { ...options, parser: 'json' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const spec = JSON.parse(readFileSync(CONTRACT_SOURCE, 'utf8')) as JsonObject;
  writeFileSync(CONTRACT_OUTPUT, await renderContract(spec));
  console.log(`wrote ${CONTRACT_OUTPUT}`);
}

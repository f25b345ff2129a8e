/**
 * Degraded data derived from the contract (`api/dialstack.openapi.json`): every JSON response the
 * page reads from the mock API — each list and detail an element asks for — is rewritten on its
 * way to the element, by its operation's 200 schema:
 *
 * - `minimal`: every property the schema does not list as `required` is dropped, recursively
 *   (into arrays, `allOf` merges and the `oneOf`/`anyOf` branch the value fits best);
 * - and, in both modes, every string whose schema is an `enum` becomes a value the enum does not
 *   have (`future_<value>`), as a newer API would send.
 *
 * `full` keeps every property and only changes the enum values. The mock answers as usual (its
 * real data, its ids, its pagination); only the body the element sees changes. `stats` counts
 * what was changed, per operation, so a test can prove the degradation reached the element's
 * own requests (a positive control: without it, a test that "still renders" could be reading
 * untouched data).
 */

type Schema = Record<string, unknown>;
export type DegradeMode = 'minimal' | 'full';

interface Operation {
  /** `GET /v1/calls/{call_id}`. */
  name: string;
  pattern: RegExp;
  /** Path parameters in the template: literal paths win over templates that also match. */
  params: number;
  schema: Schema;
}

let contract: { components: { schemas: Record<string, Schema> } } | undefined;
let operations: Operation[] = [];

/** Loads the contract (served by the test server from the repository). */
export async function loadContract(): Promise<void> {
  if (contract) return;
  const response = await fetch('/api/dialstack.openapi.json', { cache: 'no-store' });
  const doc = (await response.json()) as {
    paths: Record<string, Record<string, Schema>>;
    components: { schemas: Record<string, Schema> };
  };
  contract = doc;
  operations = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    const get = methods.get as
      { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> } | undefined;
    const schema = get?.responses?.['200']?.content?.['application/json']?.schema;
    if (!schema) continue;
    const source = path
      .split('/')
      .map((part) =>
        /^\{.+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/');
    operations.push({
      name: `GET ${path}`,
      pattern: new RegExp(`^${source}$`),
      params: (path.match(/\{/g) ?? []).length,
      schema,
    });
  }
  operations.sort((a, b) => a.params - b.params);
}

function resolve(schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let depth = 0; typeof current.$ref === 'string' && depth < 20; depth++) {
    const name = /^#\/components\/schemas\/(.+)$/.exec(current.$ref)?.[1];
    current = (name && contract?.components.schemas[name]) || {};
  }
  return current;
}

/** `allOf` merged into one object schema (properties and required lists together). */
function merged(schema: Schema): Schema {
  if (!Array.isArray(schema.allOf)) return schema;
  const parts = (schema.allOf as Schema[]).map((part) => merged(resolve(part)));
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const part of [schema, ...parts]) {
    Object.assign(properties, part.properties ?? {});
    required.push(...((part.required as string[] | undefined) ?? []));
  }
  return { ...schema, allOf: undefined, type: 'object', properties, required };
}

const typeOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'integer'
          : 'number'
        : typeof value;

/** How well `value` fits `schema`: -1 = not at all; else how many of its keys the schema names. */
function fit(value: unknown, schema: Schema): number {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  const actual = typeOf(value);
  if (
    types.length > 0 &&
    !types.includes(actual) &&
    !(actual === 'integer' && types.includes('number'))
  )
    return -1;
  if ('const' in schema && schema.const !== value) return -1;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return -1;
  if (actual !== 'object') return 0;
  const object = value as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  if (((schema.required as string[] | undefined) ?? []).some((key) => !(key in object))) return -1;
  let score = 0;
  for (const [key, item] of Object.entries(object)) {
    const property = properties[key];
    if (!property) {
      if (schema.additionalProperties === false) return -1;
      continue;
    }
    const inner = resolve(property);
    if (('const' in inner || Array.isArray(inner.enum)) && fit(item, inner) < 0) return -1;
    score++;
  }
  return score;
}

export interface DegradeStats {
  /** Optional properties dropped. */
  dropped: number;
  /** Enum values replaced by unknown ones. */
  enums: number;
}

function degradeValue(
  value: unknown,
  raw: Schema,
  mode: DegradeMode,
  stats: DegradeStats,
): unknown {
  let schema = merged(resolve(raw));
  const branches = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (Array.isArray(branches)) {
    const scored = branches
      .map((branch) => merged(resolve(branch)))
      .map((branch) => ({ branch, score: fit(value, branch) }))
      .filter(({ score }) => score >= 0)
      .sort((a, b) => b.score - a.score);
    if (!scored[0]) return value;
    schema = scored[0].branch;
  }
  if (Array.isArray(schema.enum) && typeof value === 'string') {
    stats.enums++;
    let unknown = `future_${value}`;
    while (schema.enum.includes(unknown)) unknown = `future_${unknown}`;
    return unknown;
  }
  if (Array.isArray(value)) {
    const items = schema.items as Schema | undefined;
    return items ? value.map((item) => degradeValue(item, items, mode, stats)) : value;
  }
  if (value && typeof value === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (mode === 'minimal' && !required.has(key)) {
        stats.dropped++;
        continue;
      }
      const property = properties[key] ?? (schema.additionalProperties as Schema | undefined);
      out[key] =
        property && typeof property === 'object' ? degradeValue(item, property, mode, stats) : item;
    }
    return out;
  }
  return value;
}

/** The contract operation (`GET /v1/calls/{call_id}`) a pathname answers, if any. */
export function operationFor(pathname: string): string | undefined {
  return operations.find((op) => op.pattern.test(pathname))?.name;
}

/** `body` (the JSON of a 200 to `GET pathname`) degraded by its operation's schema, or undefined. */
export function degradeBody(
  pathname: string,
  body: unknown,
  mode: DegradeMode,
): { body: unknown; operation: string; stats: DegradeStats } | undefined {
  const operation = operations.find((op) => op.pattern.test(pathname));
  if (!operation) return undefined;
  const stats = { dropped: 0, enums: 0 };
  return {
    body: degradeValue(body, operation.schema, mode, stats),
    operation: operation.name,
    stats,
  };
}

/** What the wrapper changed while active, per operation (`GET /v1/calls`: its totals). */
export const degraded = new Map<string, DegradeStats>();
let active: DegradeMode | undefined;

/** Degrades every JSON 200 to `GET /v1/…` until `stopDegrading()`. */
export function startDegrading(mode: DegradeMode): void {
  degraded.clear();
  active = mode;
}

export function stopDegrading(): void {
  active = undefined;
}

const realFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await realFetch(input, init);
  const mode = active;
  if (!mode) return response;
  const request = input instanceof Request ? input : undefined;
  const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
  const url = new URL(request?.url ?? String(input), location.href);
  if (
    method !== 'GET' ||
    response.status !== 200 ||
    url.origin !== location.origin ||
    !url.pathname.startsWith('/v1/') ||
    !(response.headers.get('Content-Type') ?? '').includes('application/json')
  )
    return response;
  const text = await response.text();
  let result: ReturnType<typeof degradeBody>;
  try {
    result = degradeBody(url.pathname, JSON.parse(text), mode);
  } catch {
    result = undefined;
  }
  const headers = new Headers(response.headers);
  headers.delete('Content-Length');
  if (result) {
    const totals = degraded.get(result.operation) ?? { dropped: 0, enums: 0 };
    totals.dropped += result.stats.dropped;
    totals.enums += result.stats.enums;
    degraded.set(result.operation, totals);
  }
  return new Response(result ? JSON.stringify(result.body) : text, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
};

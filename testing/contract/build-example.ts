/**
 * Build a value from an OpenAPI schema's examples: the schema's own `example` when it has one,
 * else an object/array assembled from its parts. Used to check that our zod contract accepts
 * every example the official contract gives.
 */
type JsonSchema = {
  $ref?: string;
  example?: unknown;
  examples?: unknown[];
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  allOf?: JsonSchema[];
  enum?: unknown[];
};

export type ContractDocument = { components: { schemas: Record<string, JsonSchema> }; paths: Record<string, Record<string, unknown>> };

export function buildExample(schema: JsonSchema, doc: ContractDocument, depth = 0): unknown {
  if (depth > 8) return undefined;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    const target = doc.components.schemas[name];
    return target ? buildExample(target, doc, depth + 1) : undefined;
  }
  if (schema.example !== undefined && !isContainer(schema)) return schema.example;
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => buildExample(s, doc, depth + 1) as object));
  if (schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(schema.properties)) {
      const value = buildExample(prop, doc, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (schema.items) {
    const item = buildExample(schema.items, doc, depth + 1);
    return item === undefined ? [] : [item];
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.enum?.length) return schema.enum[0];
  return undefined;
}

/** Objects with properties are assembled from their parts so nested examples get checked too. */
function isContainer(schema: JsonSchema) {
  return Boolean(schema.properties || schema.items || schema.allOf);
}

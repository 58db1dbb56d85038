import contractJson from './instantly-v2-contract.json';
import { RESTORED_PROPERTIES, type Restoration } from './restored-properties';

/**
 * The vendored Instantly contract with the properties its prose stripper dropped put back
 * (ADR 003). Tests validate emulator and client against this, never against the raw file.
 */
export type ContractSchema = Record<string, unknown> & { properties?: Record<string, unknown> };
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, ContractSchema> };
};

/** Resolves a JSON pointer such as `#/paths/~1api~1v2~1accounts/get`. */
export function resolvePointer(doc: unknown, pointer: string): unknown {
  const segments = pointer
    .replace(/^#\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  return segments.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    doc,
  );
}

function restore(doc: OpenApiDocument, r: Restoration): void {
  const parent = resolvePointer(doc, r.parent) as ContractSchema | undefined;
  if (!parent || typeof parent !== 'object')
    throw new Error(`Contract restoration "${r.what}": ${r.parent} does not exist`);
  const properties = (parent.properties ??= {});
  if (r.property in properties)
    throw new Error(`Contract restoration "${r.what}": ${r.property} is already present`);
  properties[r.property] = structuredClone(r.schema);
}

export function loadContract(): OpenApiDocument {
  const doc = structuredClone(contractJson) as unknown as OpenApiDocument;
  for (const restoration of RESTORED_PROPERTIES) restore(doc, restoration);
  return doc;
}

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { loadContract } from './load-contract';
import { REASON_PHRASES } from '../../server/emulator/http-errors';

/**
 * Validators for the (restored) official contract's response schemas, per operation and status,
 * for tests: `validatorFor('GET /api/v2/inbox-placement-analytics', 200)(body)`. A status the
 * contract does not list is checked against the generic error shape.
 */
const contract = loadContract();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

type Op = { responses: Record<string, { content?: { 'application/json'?: { schema: object } } }> };

/** "METHOD /path" for every operation of the contract. */
export function contractOperations(): string[] {
  return Object.entries(contract.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
}

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
export function validatorFor(operation: string, status: number) {
  const key = `${operation} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    const [method, path] = operation.split(' ') as [string, string];
    const op = contract.paths[path]?.[method.toLowerCase()] as Op;
    const listed = op.responses[String(status)]?.content?.['application/json']?.schema;
    const schema = listed ?? {
      type: 'object',
      required: ['statusCode', 'error', 'message'],
      properties: {
        statusCode: { const: status },
        error: { const: REASON_PHRASES[status] },
        message: { type: 'string' },
      },
    };
    validate = ajv.compile({ ...schema, components: contract.components });
    validators.set(key, validate);
  }
  return validate;
}

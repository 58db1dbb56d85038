import { describe, expect, it } from 'vitest';
import vendored from './instantly-v2-contract.json';
import { loadContract, resolvePointer, type ContractSchema } from './load-contract';
import { RESTORED_PROPERTIES } from './restored-properties';

describe('loadContract', () => {
  it('puts back exactly the properties the vendored file lost', () => {
    const contract = loadContract();
    for (const r of RESTORED_PROPERTIES) {
      const before = resolvePointer(vendored, r.parent) as ContractSchema;
      const after = resolvePointer(contract, r.parent) as ContractSchema;
      expect(before.properties?.[r.property], `${r.what}: ${r.property}`).toBeUndefined();
      expect(after.properties?.[r.property]).toEqual(r.schema);
    }
    expect(RESTORED_PROPERTIES.map((r) => `${r.what}.${r.property}`)).toEqual([
      'create body.description',
      'create body.tags',
      'GET one response.description',
      'GET one response.tags',
      'GET one metadata.tags',
      'InboxPlacementTest.description',
      'InboxPlacementTest.tags',
      'SpamAssassin rule.description',
      'CustomTag.description',
      'account item.tags',
    ]);
  });

  it('every property a schema requires is defined again (the SpamAssassin rule lists description)', () => {
    const rule = resolvePointer(loadContract(), RESTORED_PROPERTIES[7]?.parent ?? '') as ContractSchema & {
      required: string[];
    };
    expect(rule.required.every((name) => name in (rule.properties ?? {}))).toBe(true);
  });

  it('leaves the vendored document untouched', () => {
    loadContract();
    const test = resolvePointer(vendored, '#/components/schemas/InboxPlacementTest') as ContractSchema;
    expect(test.properties).not.toHaveProperty('description');
  });
});

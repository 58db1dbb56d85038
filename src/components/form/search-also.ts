import {
  defaultOptionsFilter,
  isOptionsGroup,
  type ComboboxItem,
  type ComboboxParsedItem,
  type OptionsFilter,
} from '@mantine/core';

/**
 * A Combobox filter that matches the label, as Mantine's does, and also `extra(value)`: an
 * account's name as well as its email. The options it returns are the original ones.
 */
export function searchAlso(extra: (value: string) => string): OptionsFilter {
  return ({ options, search, limit }) => {
    const originals = new Map<string, ComboboxItem>();
    const widen = (item: ComboboxItem): ComboboxItem => {
      originals.set(item.value, item);
      return { ...item, label: `${item.label} ${extra(item.value)}` };
    };
    const searchable = options.map((o) => (isOptionsGroup(o) ? { ...o, items: o.items.map(widen) } : widen(o)));
    // Mantine types its default filter over any primitive value; every value here is a string.
    const matched = defaultOptionsFilter({ options: searchable, search, limit }) as ComboboxParsedItem[];
    const restore = (item: ComboboxItem): ComboboxItem => originals.get(item.value) ?? item;
    return matched.map((o) => (isOptionsGroup(o) ? { ...o, items: o.items.map(restore) } : restore(o)));
  };
}

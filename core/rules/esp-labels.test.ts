import { describe, expect, it } from 'vitest';
import {
  describeLabel,
  espCodeFromLabel,
  geoCodeFromSubRegion,
  groupEspOptions,
  labelCodes,
  labelKey,
  recipientTypeCode,
  shortLabels,
} from './esp-labels';

const label = (esp: string, type = 'Professional', sub_region = 'US', region = 'North America') => ({
  region,
  sub_region,
  type,
  esp,
});

describe('code lookups', () => {
  it.each([
    ['Google', 1],
    ['google', 1],
    ['Outlook', 2],
    ['OUTLOOK', 2],
    ['Microsoft', 2],
    ['AirMail', 8],
    ['Web.de', 12],
    ['web.de', 12],
    ['Libero', 13],
    ['Libero.it', 13],
    [' Google ', 1],
    ['Yahoo', null],
    ['', null],
  ])('espCodeFromLabel(%j) = %s', (esp, code) => {
    expect(espCodeFromLabel(esp)).toBe(code);
  });

  it.each([
    ['US', 1],
    ['us', 1],
    ['IT', 2],
    ['DE', 3],
    ['FR', 4],
    ['United States', 1],
    ['Germany', 3],
    ['ES', null],
  ])('geoCodeFromSubRegion(%j) = %s', (subRegion, code) => {
    expect(geoCodeFromSubRegion(subRegion)).toBe(code);
  });

  it.each([
    ['Professional', 1],
    ['personal', 2],
    ['Business', null],
  ])('recipientTypeCode(%j) = %s', (type, code) => {
    expect(recipientTypeCode(type)).toBe(code);
  });

  it('labelCodes maps a whole label, or null if any part is unknown', () => {
    expect(labelCodes(label('Outlook', 'Personal', 'DE', 'Europe'))).toEqual({ esp: 2, geo: 3, type: 2 });
    expect(labelCodes(label('Yahoo'))).toBeNull();
    expect(labelCodes(label('Google', 'Professional', 'ES', 'Europe'))).toBeNull();
    expect(labelCodes(label('Google', 'Enterprise'))).toBeNull();
  });
});

describe('labelKey and describeLabel', () => {
  it('builds the stable key in region|sub_region|type|esp order', () => {
    expect(labelKey(label('Google'))).toBe('North America|US|Professional|Google');
  });
  it('describes a label in words', () => {
    expect(describeLabel(label('Google'))).toBe('Google Professional (US)');
    expect(describeLabel(label('Web.de', 'Personal', 'DE', 'Europe'))).toBe('Web.de Personal (DE)');
  });
});

describe('shortLabels', () => {
  it('names the sub-region once when all labels share it, and counts the rest', () => {
    const labels = [
      label('Google'),
      label('Outlook'),
      label('Google', 'Personal'),
      label('AirMail', 'Personal'),
    ];
    expect(shortLabels(labels)).toBe('Google Pro, Outlook Pro (US) +2');
  });
  it('shows every label when they fit', () => {
    expect(shortLabels([label('Google')])).toBe('Google Pro (US)');
    expect(shortLabels([label('Google'), label('Google', 'Personal')])).toBe(
      'Google Pro, Google Personal (US)',
    );
  });
  it('names each sub-region when they differ', () => {
    const labels = [
      label('Google'),
      label('Web.de', 'Personal', 'DE', 'Europe'),
      label('Libero', 'Personal', 'IT', 'Europe'),
    ];
    expect(shortLabels(labels)).toBe('Google Pro (US), Web.de Personal (DE) +1');
  });
  it('counts duplicates once and honours `max`', () => {
    expect(shortLabels([label('Google'), label('Google'), label('Outlook')], 1)).toBe('Google Pro (US) +1');
  });
  it('shows a dash for no labels', () => {
    expect(shortLabels([])).toBe('—');
    expect(shortLabels(null)).toBe('—');
  });
});

describe('groupEspOptions', () => {
  it('groups by region and sub-region, sorted, with country names', () => {
    const options = [
      label('Libero', 'Personal', 'IT', 'Europe'),
      label('Outlook'),
      label('Web.de', 'Personal', 'DE', 'Europe'),
      label('Google', 'Personal'),
      label('Google'),
      label('Google'),
      label('Orange', 'Personal', 'FR', 'Europe'),
    ];
    expect(groupEspOptions(options)).toEqual([
      {
        region: 'Europe',
        subRegions: [
          {
            subRegion: 'FR',
            subRegionLabel: 'France',
            options: [label('Orange', 'Personal', 'FR', 'Europe')],
          },
          {
            subRegion: 'DE',
            subRegionLabel: 'Germany',
            options: [label('Web.de', 'Personal', 'DE', 'Europe')],
          },
          {
            subRegion: 'IT',
            subRegionLabel: 'Italy',
            options: [label('Libero', 'Personal', 'IT', 'Europe')],
          },
        ],
      },
      {
        region: 'North America',
        subRegions: [
          {
            subRegion: 'US',
            subRegionLabel: 'United States',
            options: [label('Google'), label('Google', 'Personal'), label('Outlook')],
          },
        ],
      },
    ]);
  });

  it('puts unknown ESPs after known ones and keeps unknown sub-region codes as their label', () => {
    const options = [
      label('Zoho', 'Professional', 'ES', 'Europe'),
      label('Gmx', 'Personal', 'ES', 'Europe'),
      label('Google', 'Personal', 'ES', 'Europe'),
    ];
    expect(groupEspOptions(options)).toEqual([
      {
        region: 'Europe',
        subRegions: [
          { subRegion: 'ES', subRegionLabel: 'ES', options: [options[2], options[1], options[0]] },
        ],
      },
    ]);
  });

  it('returns [] for no options', () => {
    expect(groupEspOptions([])).toEqual([]);
  });

  it('keeps the first of two options with the same label (the API may list one twice)', () => {
    const first = { ...label('Google'), id: 'first' };
    const again = { ...label('Google'), id: 'again' };
    expect(groupEspOptions([first, again])[0]?.subRegions[0]?.options).toEqual([first]);
  });
});

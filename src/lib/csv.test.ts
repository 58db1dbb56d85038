import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes text and doubles the quotes inside it', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralizes cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe('"\'+1"');
    expect(csvCell('-2')).toBe('"\'-2"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('\tcmd')).toBe('"\'\tcmd"');
    // A leading carriage return: some spreadsheets drop it and read the formula behind it.
    expect(csvCell('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvCell('\rtext')).toBe('"\'\rtext"');
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('writes numbers and booleans bare, and nothing for missing values', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    // SPF / DKIM / DMARC columns: a failed check is `false`, not a blank cell.
    expect(csvCell(false)).toBe('false');
    // Not a number a spreadsheet can read: left blank, never "Infinity".
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('joins a header and rows with CRLF, ending with one', () => {
    expect(toCsv(['Name', 'Count'], [['a', 1], ['b', null]])).toBe('"Name","Count"\r\n"a",1\r\n"b",\r\n');
    expect(toCsv(['Only'], [])).toBe('"Only"\r\n');
    expect(toCsv(['SPF', 'DKIM'], [[true, false]])).toBe('"SPF","DKIM"\r\ntrue,false\r\n');
  });
});

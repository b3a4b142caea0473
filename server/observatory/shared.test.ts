import { describe, expect, it } from 'vitest';
import { csvCell, ResponseMemo } from './shared.ts';

describe('ResponseMemo', () => {
  it('reuses an answer within its time to live, then computes it again', async () => {
    const memo = new ResponseMemo<number>(1_000);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await memo.get('a', compute, 0)).toBe(1);
    expect(await memo.get('a', compute, 999)).toBe(1);
    expect(await memo.get('b', compute, 999)).toBe(2);
    expect(await memo.get('a', compute, 1_000)).toBe(3);
  });

  it('does not keep a failure', async () => {
    const memo = new ResponseMemo<number>(60_000);
    await expect(memo.get('a', async () => Promise.reject(new Error('boom')), 0)).rejects.toThrow('boom');
    expect(await memo.get('a', async () => 7, 1)).toBe(7);
  });
});

describe('CSV cells', () => {
  it('quotes separators and neutralises spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
  });
});

// A chart's data downloaded as CSV never carries a cell that a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { csvOf } from './ChartExport';

describe('chart data as CSV', () => {
  it('writes a formula-like label as text and quotes what needs quoting', () => {
    const text = csvOf([
      { route: '=HYPERLINK("http://evil.example/","x")', count: -3 },
      { route: 'LKA, MYS', count: 4 },
    ]);
    expect(text.split('\n')).toEqual(['route,count', `"'=HYPERLINK(""http://evil.example/"",""x"")",-3`, '"LKA, MYS",4']);
  });
});

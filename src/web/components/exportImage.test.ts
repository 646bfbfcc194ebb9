// Exported maps and charts get safe file names and keep their drawing's size.
import { describe, expect, it } from 'vitest';
import { drawingSize, exportFileName } from './exportImage';

describe('image export', () => {
  it('turns a title into a safe file name with the right extension', () => {
    expect(exportFileName('Coverage: 1 Jan 2005 / Türkiye', 'png')).toBe('coverage-1-jan-2005-turkiye.png');
    expect(exportFileName('flows.svg', 'svg')).toBe('flows.svg');
    expect(exportFileName('***', 'svg')).toBe('image.svg');
  });

  it('sizes the file from the viewBox, not the on-screen size', () => {
    expect(drawingSize('0 0 960 744', { width: 1, height: 1 })).toEqual({ width: 960, height: 744 });
    expect(drawingSize(null, { width: 300, height: 200 })).toEqual({ width: 300, height: 200 });
  });
});

import { icoFromPngs } from '../../scripts/branding/ico';

describe('favicon.ico from PNG images', () => {
  test('header, one directory entry per image and the PNGs after them', () => {
    const small = Buffer.from('png-16');
    const large = Buffer.from('png-256-bytes');
    const ico = icoFromPngs([{ size: 16, png: small }, { size: 256, png: large }]);
    expect(ico.readUInt16LE(2)).toBe(1); // an icon
    expect(ico.readUInt16LE(4)).toBe(2);
    expect(ico.readUInt8(6)).toBe(16);
    expect(ico.readUInt8(6 + 16)).toBe(0); // 256 is written as 0
    const firstOffset = ico.readUInt32LE(6 + 12);
    expect(firstOffset).toBe(6 + 32);
    expect(ico.subarray(firstOffset, firstOffset + small.length).toString()).toBe('png-16');
    expect(ico.readUInt32LE(6 + 16 + 12)).toBe(firstOffset + small.length);
    expect(ico.length).toBe(6 + 32 + small.length + large.length);
  });

  test('sizes outside 1–256 are refused', () => {
    expect(() => icoFromPngs([{ size: 512, png: Buffer.alloc(1) }])).toThrow(/1 to 256/);
  });
});

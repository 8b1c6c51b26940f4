// Just enough of a TrueType file to tell which outline draws a character: the Unicode cmap
// (format 4) and the glyf table's single-component composites (a glyph that is another glyph).
const tableOffset = (font: Buffer, tag: string): number => {
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const at = 12 + i * 16;
    if (font.toString('latin1', at, at + 4) === tag) return font.readUInt32BE(at + 8);
  }
  throw new Error(`no ${tag} table`);
};

/** The glyph the font's Windows Unicode BMP cmap gives a character (0: none). */
export function glyphOf(font: Buffer, char: string): number {
  const code = char.codePointAt(0)!;
  const cmap = tableOffset(font, 'cmap');
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const sub = cmap + font.readUInt32BE(record + 4);
    if (font.readUInt16BE(record) !== 3 || font.readUInt16BE(record + 2) !== 1 || font.readUInt16BE(sub) !== 4)
      continue;
    const segments = font.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      if (font.readUInt16BE(ends + s * 2) < code) continue;
      const start = font.readUInt16BE(starts + s * 2);
      if (start > code) return 0;
      const delta = font.readUInt16BE(deltas + s * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (code + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
  }
  return 0;
}

/** The glyph whose outline draws a character: the one component of a composite placed at 0,0, else its own. */
export function drawnBy(font: Buffer, char: string): number {
  const glyph = glyphOf(font, char);
  const longOffsets = font.readInt16BE(tableOffset(font, 'head') + 50) === 1;
  const loca = tableOffset(font, 'loca');
  const at =
    tableOffset(font, 'glyf') +
    (longOffsets ? font.readUInt32BE(loca + glyph * 4) : font.readUInt16BE(loca + glyph * 2) * 2);
  if (font.readInt16BE(at) !== -1) return glyph;
  const flags = font.readUInt16BE(at + 10);
  const moreComponents = (flags & 0x20) !== 0;
  const words = (flags & 0x1) !== 0;
  const [dx, dy] = words
    ? [font.readInt16BE(at + 14), font.readInt16BE(at + 16)]
    : [font.readInt8(at + 14), font.readInt8(at + 15)];
  return !moreComponents && (flags & 0x2) !== 0 && dx === 0 && dy === 0 ? font.readUInt16BE(at + 12) : glyph;
}

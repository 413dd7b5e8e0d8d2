/**
 * Text that goes into a URL or a QR code must be well formed: `encodeURIComponent` throws on a
 * lone surrogate (half of an emoji, say, cut by a clinic's override), and a QR code would carry
 * bytes no reader can decode. Each lone surrogate becomes U+FFFD, the replacement character.
 */
export function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + text[i + 1];
        i++;
        continue;
      }
      out += '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\ufffd';
    else out += text[i];
  }
  return out;
}

/** The number of bytes `text` takes in UTF-8 (after {@link wellFormed}). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of wellFormed(text)) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

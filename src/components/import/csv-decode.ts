/**
 * Bytes of a CSV file to text: UTF-8 with or without BOM, UTF-16 (LE/BE, by BOM or by the zero bytes of
 * ASCII), and GB18030 (which covers GBK and GB2312) when the bytes are not valid UTF-8. The user can
 * override the guess; TextDecoder does the decoding (it supports 'gb18030').
 */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface Detected {
  encoding: CsvEncoding;
  /** Bytes of byte-order mark to skip. */
  bom: number;
}

/** Guesses the encoding from the first bytes (64 KB are plenty: Excel's exports are uniform). */
export function detectEncoding(bytes: Uint8Array): Detected {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const head = bytes.subarray(0, 65536);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < Math.min(head.length, 4096); i++) if (head[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
  const pairs = Math.min(head.length, 4096) / 2;
  if (oddZeros > pairs / 4 && evenZeros < pairs / 50) return { encoding: 'utf-16le', bom: 0 };
  if (evenZeros > pairs / 4 && oddZeros < pairs / 50) return { encoding: 'utf-16be', bom: 0 };
  try {
    // stream: a multi-byte character cut at the 64 KB boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'gb18030', bom: 0 };
  }
}

/**
 * Decodes in slices, yielding between them, so a 10 MB file never holds the main thread for long.
 * Malformed bytes become U+FFFD (the preview shows them, and the user can pick another encoding).
 */
export async function decodeText(
  bytes: Uint8Array,
  encoding: CsvEncoding,
  yieldNow: () => Promise<void> = () => Promise.resolve(),
  slice = 1 << 20,
): Promise<string> {
  // ignoreBOM false: the decoder drops a byte-order mark matching the encoding.
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += slice) {
    const end = Math.min(bytes.length, at + slice);
    parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
    if (end < bytes.length) await yieldNow();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Decodes a response body with the charset the source declares (Content-Type, or the XML
 * declaration for feeds), defaulting to UTF-8. Some Russian-language feeds still use windows-1251.
 */
export function decodeBody(bytes: Uint8Array, contentType: string): string {
  const label = charsetOf(contentType) ?? xmlDeclaredEncoding(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match ? match[1] : null;
}

function xmlDeclaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return match ? match[1] : null;
}

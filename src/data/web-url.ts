/**
 * What a source link may be: an absolute http:// or https:// address. Anything else
 * (`javascript:`, `data:`, `vbscript:`, a relative path) would run code or point nowhere when a
 * reader clicks it. No zod here, so client code and a fast validator can share the rule.
 */
export function isWebUrl(value: string): boolean {
  let url: URL;
  try {
    // The WHATWG parser drops leading spaces and control characters the way browsers do, so
    // " javascript:…" is read as the browser would read it in an href.
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'http:' || url.protocol === 'https:';
}

export const WEB_URL_MESSAGE = 'must be an absolute http:// or https:// address';

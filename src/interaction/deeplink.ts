// `#event=<id>` deep links. The hash may hold several parameters (`#event=a&other=b`), so two
// timelines on one page can each own one; anything else in it (a host page's `#section`
// anchor, another script's state) is kept verbatim. Updates use replaceState: no history spam.

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The `&`-separated parts of a hash, as written. */
function hashParts(hash: string): string[] {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '');
}

/** The parameter's value when `part` is `name=value`, else undefined. */
function valueOf(part: string, name: string): string | undefined {
  const at = part.indexOf('=');
  if (at < 0 || decode(part.slice(0, at)) !== name) return undefined;
  return decode(part.slice(at + 1));
}

export function readHashParam(name: string, hash = location.hash): string | null {
  for (const part of hashParts(hash)) {
    const value = valueOf(part, name);
    if (value !== undefined) return value;
  }
  return null;
}

/**
 * What a changed hash asks of the parameter: the id it names, null (nothing selected) when the
 * hash is empty, or undefined when it does not mention the parameter: an in-page link such as
 * `#top` or a footnote's `#fn1` is about the page, not about the selection.
 */
export function hashRequest(name: string, hash = location.hash): string | null | undefined {
  if (hashParts(hash).length === 0) return null;
  return readHashParam(name, hash) ?? undefined;
}

/** The hash with the parameter set (in place, or appended) or removed; other parts untouched. */
export function hashWith(name: string, value: string | null, hash = location.hash): string {
  const own = value === null ? null : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  const parts: string[] = [];
  let placed = false;
  for (const part of hashParts(hash)) {
    if (valueOf(part, name) === undefined) parts.push(part);
    else if (own !== null && !placed) {
      parts.push(own);
      placed = true;
    }
  }
  if (own !== null && !placed) parts.push(own);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

export function writeHashParam(name: string, value: string | null): void {
  const hash = hashWith(name, value);
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

export function linkWith(name: string, value: string): string {
  return `${location.origin}${location.pathname}${location.search}${hashWith(name, value)}`;
}

/** A link to an event given where such links start (`https://example.org/article#event=`). */
export function linkFrom(base: string | null, value: string): string | null {
  return base ? `${base}${encodeURIComponent(value)}` : null;
}

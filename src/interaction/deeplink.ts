// `#event=<id>` deep links. The hash may hold several parameters (`#event=a&other=b`), so two
// timelines on one page can each own one. Updates use replaceState: no history spam.

export function readHashParam(name: string, hash = location.hash): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(name);
}

export function hashWith(name: string, value: string | null, hash = location.hash): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (value === null) params.delete(name);
  else params.set(name, value);
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function writeHashParam(name: string, value: string | null): void {
  const hash = hashWith(name, value);
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

export function linkWith(name: string, value: string): string {
  return `${location.origin}${location.pathname}${location.search}${hashWith(name, value)}`;
}

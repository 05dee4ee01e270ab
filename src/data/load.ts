// Fetching a timeline and its source texts. Every failure becomes a reason a reader can see.
import {
  checkTimeline,
  formatError,
  SHAPE_UNEXPLAINED,
  type ValidationError,
} from '../model/check';
import type { Timeline } from '../model/timeline';

export type LoadResult =
  | { ok: true; timeline: Timeline; url: URL }
  | { ok: false; reason: string; errors: ValidationError[] };

export async function loadTimeline(src: string | URL, signal?: AbortSignal): Promise<LoadResult> {
  const url = new URL(src, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, credentials: 'same-origin' });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    return {
      ok: false,
      reason: `The timeline data could not be loaded (network error for ${url.pathname}).`,
      errors: [],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      reason: `The timeline data could not be loaded (HTTP ${response.status} for ${url.pathname}).`,
      errors: [],
    };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    // The parser's own message says where the file breaks, for whoever opens the console.
    console.error(`timeline data: ${url.pathname}: ${String(cause)}`);
    return {
      ok: false,
      reason: `The timeline data is not valid JSON (${url.pathname}).`,
      errors: [],
    };
  }
  return fromJson(json, url);
}

export async function fromJson(json: unknown, url: URL): Promise<LoadResult> {
  let result = checkTimeline(json);
  if (!result.ok && result.errors.some((e) => e.message === SHAPE_UNEXPLAINED)) {
    // Only invalid data pays for loading the schema library that explains the problems.
    try {
      const { validateTimeline } = await import('../model/validate');
      result = validateTimeline(json);
    } catch {
      // The explainer could not be downloaded: the data is still invalid, say so unexplained.
    }
  }
  if (result.ok) return { ok: true, timeline: result.timeline, url };
  for (const error of result.errors) console.error(`timeline data: ${formatError(error)}`);
  const first = result.errors[0];
  const more =
    result.errors.length > 1
      ? ` and ${result.errors.length - 1} more problem${result.errors.length > 2 ? 's' : ''}`
      : '';
  return {
    ok: false,
    reason: `The timeline data has errors: ${first ? formatError(first) : 'unknown problem'}${more}.`,
    errors: result.errors,
  };
}

const textCache = new Map<string, Promise<string>>();

/** A stored source text, relative to the data file; cached per URL. */
export function loadSourceText(file: string, dataUrl: URL): Promise<string> {
  const url = new URL(file, dataUrl).href;
  let text = textCache.get(url);
  if (!text) {
    text = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${file}`);
      return r.text();
    });
    textCache.set(url, text);
    text.catch(() => textCache.delete(url));
  }
  return text;
}

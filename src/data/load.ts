// Fetching a timeline and its source texts. Every failure becomes a reason a reader can see.
import {
  checkTimeline,
  formatError,
  SHAPE_UNEXPLAINED,
  type ValidationError,
} from '../model/check';
import type { Timeline } from '../model/timeline';
import { en, type UiStrings } from '../format/strings';

export type LoadResult =
  | { ok: true; timeline: Timeline; url: URL }
  | {
      ok: false;
      /** in English, as logged; `say` gives it in the reader's language */
      reason: string;
      errors: ValidationError[];
      say: (strings: UiStrings) => string;
    };

function failure(say: (strings: UiStrings) => string, errors: ValidationError[] = []): LoadResult {
  return { ok: false, reason: say(en), errors, say };
}

export async function loadTimeline(src: string | URL, signal?: AbortSignal): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    // An address that is not one ("http://", an empty CMS field, a bad port): said, not thrown.
    return failure((strings) => strings.unreachable(String(src)));
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, credentials: 'same-origin' });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    return failure((strings) => strings.unreachable(url.pathname));
  }
  if (!response.ok) {
    return failure((strings) => strings.unreachable(url.pathname, response.status));
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    // The parser's own message says where the file breaks, for whoever opens the console.
    console.error(`timeline data: ${url.pathname}: ${String(cause)}`);
    return failure((strings) => strings.invalidJsonIn(url.pathname));
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
  const firstText = first ? formatError(first) : 'unknown problem';
  return failure(
    (strings) => strings.dataErrors(firstText, Math.max(0, result.errors.length - 1)),
    result.errors,
  );
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

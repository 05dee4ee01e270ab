// The messages between embed.html (the child, child.ts) and embed.js (the host, host.ts).
// Objects carry `source` so each side can tell them from other scripts' messages. Heights are
// also sent in pym.js's v1 string format, `pymxPYMx<id>xPYMxheightxPYMx<px>`, so pages that
// already use pym.js size the iframe too. Only public data crosses: a height and an event id
// from the child; from the host, an event id and its article's public address (its canonical
// link, else origin and path: never the query or the hash, which may hold a subscriber's token
// or another script's state), so that "Copy link" in the frame links to the article, and which
// slice of the frame the reader's window shows as they scroll (so cards open inside it): the
// frame's origin learns how far the reader has scrolled past it, nothing else of the page.
// Types only: embed.js must stay one self-contained classic script, sharing no chunk with the
// pages, so each side spells out its own few constants.

export type ChildSource = 'cable-timeline';
export type HostSource = 'cable-timeline-host';

export type ChildMessage =
  | { source: ChildSource; type: 'height'; id: string; height: number }
  | { source: ChildSource; type: 'ready'; id: string; selected: string | null }
  | { source: ChildSource; type: 'select'; id: string; selected: string | null };

export type HostMessage =
  | {
      source: HostSource;
      type: 'hello';
      /**
       * What a link to one of the frame's events starts with, its id to be appended: the host
       * article's public address (see above), then `#<the frame's parameter>=`. Null when the
       * frame's deep links are off (`data-hash-param="none"`).
       */
      linkBase: string | null;
    }
  | { source: HostSource; type: 'select'; selected: string | null }
  /**
   * The part of the frame the reader can see, in the frame's own coordinates (a frame sized to
   * its content has no scrolling of its own: the host's window shows a slice of it). Sent as
   * the host scrolls or resizes, so the frame places its cards inside that slice.
   */
  | { source: HostSource; type: 'visible'; top: number; bottom: number };

/** pym.js joins its message parts with this. */
export type PymDelimiter = 'xPYMx';

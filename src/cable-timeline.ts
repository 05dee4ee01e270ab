// One ES module script registers <cable-timeline>: <script type="module" src="cable-timeline.js">.
import { defineCableTimeline } from './element';
import { DEFAULT_LOCALE, warmDateFormat } from './format/dates';

defineCableTimeline();
// A page that calls createTimeline is usually still downloading its data now (see
// warmDateFormat). Not deferred to an idle callback: data that arrives first leaves no idle
// time before the render, which would then pay the same cost itself. ICU's start-up is the
// cost, whatever the locale; the element warms its own locale's formatter too.
warmDateFormat(DEFAULT_LOCALE);

export { CableTimelineElement, defineCableTimeline } from './element';
export type {
  CableTimelineEventMap,
  CableTimelineSelectDetail,
  CableTimelineErrorDetail,
} from './element';
export * from './index';

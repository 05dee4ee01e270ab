// One ES module script registers <cable-timeline>: <script type="module" src="cable-timeline.js">.
import { defineCableTimeline } from './element';

defineCableTimeline();

export { CableTimelineElement, defineCableTimeline } from './element';
export * from './index';

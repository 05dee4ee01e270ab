// element.html: runs before the library defines <cable-timeline>, so no `ready` is missed.
import { recordFirstPaint } from './first-paint.js';

document.querySelector('cable-timeline').addEventListener('ready', recordFirstPaint);

// The player builds its DOM with the shared helper (see ../shared/dom.js).
export { el, replaceChildren, trustedHtml } from '../shared/dom.js';

// A tiny helper to build DOM nodes, shared by every page. Text always goes in as text nodes; only
// the server's sanitized *Html fields are inserted as markup, through trustedHtml().

/** el('p', {class: 'x'}, 'text', childNode) — attributes starting with "on" become listeners. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return element;
}

/** A container holding markup the server has already sanitized (scene text, feedback, debrief). */
export function trustedHtml(tag, className, html) {
  const element = document.createElement(tag);
  element.className = className;
  element.innerHTML = html || '';
  return element;
}

export function replaceChildren(parent, ...children) {
  parent.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined));
}

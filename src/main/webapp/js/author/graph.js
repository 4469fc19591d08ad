// The scenario map: scenes and endings as nodes, choices as arrows (Cytoscape.js, breadthfirst
// layout from the first scene), with the outline beside it as the text alternative that can be
// used instead of the picture. Nodes with errors, unreachable nodes and dead ends are marked in
// both.

const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs';
import { el, replaceChildren } from '../player/dom.js';
import { analyse, isEnding, targetsOf } from './document.js';

const STYLE = [
  { selector: 'node', style: {
    label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '140px', 'font-size': '12px',
    'text-valign': 'center', 'text-halign': 'center', shape: 'round-rectangle', width: '150px', height: '54px',
    'background-color': '#ffffff', 'border-width': 2, 'border-color': '#1f5fa8', color: '#1d2330' } },
  { selector: 'node.ending', style: { 'border-style': 'double', 'border-width': 6, 'border-color': '#1e6b3a' } },
  { selector: 'node.start', style: { 'background-color': '#e8f4ec' } },
  { selector: 'node.flagged', style: { 'border-color': '#b3261e', 'background-color': '#fdf0ef' } },
  { selector: 'node.missing', style: { 'border-style': 'dashed', 'border-color': '#b3261e' } },
  { selector: 'node.selected', style: { 'border-width': 5, 'border-color': '#174a84' } },
  { selector: 'edge', style: {
    width: 2, 'line-color': '#4a5163', 'target-arrow-color': '#4a5163', 'target-arrow-shape': 'triangle',
    'curve-style': 'bezier', label: 'data(label)', 'font-size': '10px', 'text-background-color': '#ffffff',
    'text-background-opacity': 1, 'text-rotation': 'autorotate', color: '#1d2330' } },
];

/** Why a node is flagged, in words (shown in the outline and used for the map's colour). */
export function flagsOf(node, facts, errorNodes) {
  const flags = [];
  if (errorNodes.has(node.id)) {
    flags.push('has errors');
  }
  if (facts.unreachable.has(node.id)) {
    flags.push('cannot be reached');
  }
  if (facts.deadEnds.has(node.id)) {
    flags.push('no way to an ending');
  }
  return flags;
}

export function createMap(container, outline, { onSelect }) {
  let cy = null;
  let failed = false;
  let last = null;
  // Loaded on its own, so that the forms and the outline work even when the map cannot be drawn.
  let cytoscape = null;
  import(CYTOSCAPE)
    .then((module) => {
      cytoscape = module.default;
      if (last) {
        drawMap(...last);
      }
    })
    .catch(() => {
      failed = true;
    });

  function elements(doc, facts, errorNodes, figures) {
    const nodeFigures = new Map((figures?.nodes || []).map((n) => [n.nodeId, n]));
    const items = [];
    for (const node of doc.nodes || []) {
      const f = nodeFigures.get(node.id);
      const counts = figures ? (f && f.reached !== null ? `\n${f.reached} reached` : '\n–') : '';
      items.push({ data: { id: `n:${node.id}`, nodeId: node.id, label: `${node.title || node.id}${counts}` },
        classes: [isEnding(node) ? 'ending' : 'scene', node.id === doc.start ? 'start' : '',
          flagsOf(node, facts, errorNodes).length ? 'flagged' : ''].join(' ') });
    }
    facts.missing.forEach((id) => items.push({ data: { id: `n:${id}`, nodeId: null, label: `missing: ${id}` }, classes: 'missing flagged' }));
    let n = 0;
    for (const node of doc.nodes || []) {
      const f = nodeFigures.get(node.id);
      for (const choice of node.choices || []) {
        const share = figures ? f?.choices?.find((c) => c.choiceId === choice.id)?.percent : undefined;
        for (const target of targetsOf(choice)) {
          n += 1;
          items.push({ data: { id: `e${n}`, source: `n:${node.id}`, target: `n:${target}`,
            label: share !== undefined && share !== null ? `${share}%` : (choice.id || '') } });
        }
      }
    }
    return items;
  }

  let outlineSignature = '';

  function renderOutline(doc, facts, errorNodes, figures, selectedId) {
    // Replacing the buttons while a click is under way (a field's change event fires on the
    // mousedown that leaves it) would swallow the click: redraw only what differs.
    const signature = JSON.stringify([doc.start, doc.nodes, [...errorNodes], [...facts.unreachable],
      [...facts.deadEnds], figures, selectedId]);
    if (signature === outlineSignature) {
      return;
    }
    outlineSignature = signature;
    const nodeFigures = new Map((figures?.nodes || []).map((n) => [n.nodeId, n]));
    const byId = new Map((doc.nodes || []).map((node) => [node.id, node]));
    const items = (doc.nodes || []).map((node) => {
      const flags = flagsOf(node, facts, errorNodes);
      const f = nodeFigures.get(node.id);
      return el('li', {},
        el('button', { type: 'button', class: 'link-button', 'data-node': node.id, 'aria-current': node.id === selectedId ? 'true' : null },
          `${isEnding(node) ? 'Ending' : 'Scene'} “${node.title || node.id}”${node.id === doc.start ? ' (first scene)' : ''}`),
        flags.length ? el('span', { class: 'flag' }, ` — ${flags.join(', ')}`) : null,
        figures && f && f.reached !== null ? el('span', {}, ` — ${f.reached} reached`) : null,
        (node.choices || []).length ? el('ul', {}, node.choices.map((choice) => {
          const share = figures ? f?.choices?.find((c) => c.choiceId === choice.id)?.percent : null;
          return el('li', {},
            `${choice.text || choice.id || 'A choice without text'} → `,
            targetsOf(choice).map((target) => (byId.has(target) ? `“${byId.get(target).title || target}”` : `missing node “${target}”`)).join(' or '),
            share !== null && share !== undefined ? ` (${share}% of choices here)` : '');
        })) : null);
    });
    replaceChildren(outline, el('ul', { class: 'outline-list', 'aria-labelledby': 'outline-heading' }, items));
  }

  function drawMap(doc, facts, errorNodes, figures, selectedId) {
    try {
      if (!cy) {
        cy = cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, boxSelectionEnabled: false });
        cy.on('tap', 'node', (event) => {
          const nodeId = event.target.data('nodeId');
          if (nodeId) {
            onSelect(nodeId);
          }
        });
      }
      cy.elements().remove();
      cy.add(elements(doc, facts, errorNodes, figures));
      cy.nodes().removeClass('selected');
      if (selectedId) {
        cy.getElementById(`n:${selectedId}`).addClass('selected');
      }
      cy.layout({ name: 'breadthfirst', directed: true, roots: cy.getElementById(`n:${doc.start}`).length ? [`n:${doc.start}`] : undefined, spacingFactor: 1.1, padding: 12 }).run();
    } catch {
      // The outline carries the same information when the map cannot be drawn.
      failed = true;
    }
  }

  function draw(doc, { errors = [], figures = null, selectedId = null } = {}) {
    const facts = analyse(doc);
    const errorNodes = new Set(errors.map((error) => error.node).filter(Boolean));
    renderOutline(doc, facts, errorNodes, figures, selectedId);
    last = [doc, facts, errorNodes, figures, selectedId];
    if (cytoscape && !failed) {
      drawMap(...last);
    }
    return facts;
  }

  outline.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-node]');
    if (button) {
      onSelect(button.dataset.node);
    }
  });
  return { draw };
}

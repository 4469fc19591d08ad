// Reading and changing the draft's document tree by JSON pointer, and the facts the map needs:
// where each choice leads, which nodes cannot be reached and which cannot reach an ending.

export function pointerParts(path) {
  return path.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(doc, path) {
  let node = doc;
  for (const part of pointerParts(path)) {
    if (node === undefined || node === null) {
      return undefined;
    }
    node = node[part];
  }
  return node;
}

/** Sets the value at path, creating objects on the way; undefined removes the field. */
export function setAt(doc, path, value) {
  const parts = pointerParts(path);
  let node = doc;
  for (const part of parts.slice(0, -1)) {
    if (node[part] === undefined || node[part] === null) {
      node[part] = {};
    }
    node = node[part];
  }
  const last = parts[parts.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) {
      node.splice(Number(last), 1);
    } else {
      delete node[last];
    }
  } else {
    node[last] = value;
  }
}

/** The node ids a choice may lead to: a plain `next`, or every `goto` of its routes. */
export function targetsOf(choice) {
  if (typeof choice.next === 'string') {
    return [choice.next];
  }
  if (Array.isArray(choice.next)) {
    return choice.next.map((route) => route?.goto).filter((target) => typeof target === 'string');
  }
  return [];
}

export function isEnding(node) {
  return node?.type === 'end';
}

/** Unreachable nodes (from start) and dead ends (scenes with no way to any ending). */
export function analyse(doc) {
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = [];
  for (const node of nodes) {
    for (const choice of node.choices || []) {
      for (const target of targetsOf(choice)) {
        edges.push({ from: node.id, to: target, choice });
      }
    }
  }
  const reachable = new Set();
  const queue = byId.has(doc.start) ? [doc.start] : [];
  while (queue.length) {
    const id = queue.shift();
    if (reachable.has(id)) {
      continue;
    }
    reachable.add(id);
    edges.filter((edge) => edge.from === id && byId.has(edge.to)).forEach((edge) => queue.push(edge.to));
  }
  const canEnd = new Set(nodes.filter(isEnding).map((node) => node.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of edges) {
      if (canEnd.has(edge.to) && !canEnd.has(edge.from)) {
        canEnd.add(edge.from);
        grew = true;
      }
    }
  }
  return {
    edges,
    missing: [...new Set(edges.filter((edge) => !byId.has(edge.to)).map((edge) => edge.to))],
    unreachable: new Set(nodes.filter((node) => !reachable.has(node.id)).map((node) => node.id)),
    deadEnds: new Set(nodes.filter((node) => !isEnding(node) && !canEnd.has(node.id)).map((node) => node.id)),
  };
}

/** Renames a node and every reference to it: the start and each choice's targets. */
export function renameNode(doc, from, to) {
  if (doc.start === from) {
    doc.start = to;
  }
  for (const node of doc.nodes || []) {
    for (const choice of node.choices || []) {
      if (choice.next === from) {
        choice.next = to;
      } else if (Array.isArray(choice.next)) {
        choice.next.forEach((route) => {
          if (route && route.goto === from) {
            route.goto = to;
          }
        });
      }
    }
  }
}

/** An id not used yet, from a base such as "scene". */
export function freshId(doc, base) {
  const used = new Set();
  for (const node of doc.nodes || []) {
    used.add(node.id);
    (node.choices || []).forEach((choice) => used.add(choice.id));
  }
  let n = 1;
  while (used.has(`${base}-${n}`)) {
    n += 1;
  }
  return `${base}-${n}`;
}

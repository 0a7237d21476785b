import { createRequire as __stsRequire } from 'node:module'; const require = __stsRequire(import.meta.url);

// src/scan/group.ts
var MAX_GAP_LINES = 40;
function groupPerFile(perFile) {
  const counter = { next: 1 };
  const all = [];
  for (const list of perFile) {
    assignGroups(list.filter((f) => !f.ignored), counter);
    all.push(...list);
  }
  return all;
}
function assignGroups(findings, counter) {
  const open = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const set = f.set;
    let g = open.get(set);
    if (!g || g.rules.has(f.ruleId) || f.line - g.lastLine > MAX_GAP_LINES) {
      g = { id: `set-${counter.next++}`, rules: /* @__PURE__ */ new Set(), lastLine: f.line };
      open.set(set, g);
    }
    g.rules.add(f.ruleId);
    g.lastLine = f.line;
    f.group = g.id;
  }
}
function groupBy(items, key) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export {
  groupPerFile,
  groupBy
};

// Lays the k routes out as one picture: dagre (layered layout, left to right) decides the columns and the order
// inside a column; the vertical position is the qualification level, so levels 1–8 read up the side.
import dagre from "@dagrejs/dagre";
import type { Route } from "./api";

export const NODE_W = 156;
export const NODE_H = 46;
const GAP = 8;
const EMPTY_BAND = 26;
export const AXIS_W = 44;

export interface PlacedNode { id: string; title: string; level: number; x: number; y: number }
export interface PlacedEdge {
  key: string; from: string; to: string; kind: string; score: number | null;
  /** Every (route, step) that uses this move. */
  refs: [number, number][];
  d: string; labelX: number; labelY: number;
}
export interface Band { level: number; top: number; height: number }
export interface Picture { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[]; bands: Band[] }

export function layout(routes: Route[]): Picture {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 12, ranksep: 44, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const nodes = new Map<string, { id: string; title: string; level: number }>();
  const edges = new Map<string, PlacedEdge>();
  routes.forEach((r, ri) => r.steps.forEach((s, si) => {
    for (const n of [s.from, s.to]) if (!nodes.has(n.id)) { nodes.set(n.id, n); g.setNode(n.id, { width: NODE_W, height: NODE_H }); }
    const key = `${s.from.id}>${s.to.id}`;
    const score = s.kind === "SKILL_OVERLAP" ? s.confidence : null;
    const e = edges.get(key) ?? { key, from: s.from.id, to: s.to.id, kind: s.kind, score, refs: [], d: "", labelX: 0, labelY: 0 };
    e.refs.push([ri, si]);
    edges.set(key, e);
    g.setEdge(s.from.id, s.to.id);
  }));
  dagre.layout(g);

  // Columns are dagre's x; inside a level band, nodes sharing a column are stacked in dagre's y order.
  const placed = [...nodes.values()].map(n => ({ ...n, x: g.node(n.id).x as number, dy: g.node(n.id).y as number, y: 0 }));
  const stack = new Map<string, number>();
  const rows = new Map<number, number>();
  for (const n of [...placed].sort((a, b) => a.dy - b.dy || a.id.localeCompare(b.id))) {
    const slot = `${n.level}@${Math.round(n.x)}`;
    const i = stack.get(slot) ?? 0;
    stack.set(slot, i + 1);
    (n as { row?: number }).row = i;
    rows.set(n.level, Math.max(rows.get(n.level) ?? 0, i + 1));
  }
  const bands: Band[] = [];
  let top = GAP;
  for (let level = 8; level >= 1; level--) {
    const count = rows.get(level) ?? 0;
    const height = count ? count * (NODE_H + GAP) + GAP : EMPTY_BAND;
    bands.push({ level, top, height });
    top += height;
  }
  const bandOf = (level: number) => bands.find(b => b.level === Math.min(8, Math.max(1, level)))!;
  const minX = Math.min(...placed.map(n => n.x));
  for (const n of placed) {
    const b = bandOf(n.level);
    n.x = n.x - minX + AXIS_W + GAP + NODE_W / 2;
    n.y = b.top + GAP + ((n as { row?: number }).row ?? 0) * (NODE_H + GAP) + NODE_H / 2;
  }
  const at = new Map(placed.map(n => [n.id, n]));
  for (const e of edges.values()) {
    const a = at.get(e.from)!, b = at.get(e.to)!;
    const x1 = a.x + NODE_W / 2, x2 = b.x - NODE_W / 2;
    const mid = (x1 + x2) / 2;
    e.d = `M${x1},${a.y} C${mid},${a.y} ${mid},${b.y} ${x2},${b.y}`;
    e.labelX = mid;
    e.labelY = (a.y + b.y) / 2 - 4;
  }
  const width = Math.max(...placed.map(n => n.x + NODE_W / 2)) + GAP;
  return { width, height: top + GAP, nodes: placed.map(({ id, title, level, x, y }) => ({ id, title, level, x, y })), edges: [...edges.values()], bands };
}

/** A title cut into at most two lines for a node box; the full title stays in the tooltip and the step list. */
export function wrap(title: string, max = 21): string[] {
  const words = title.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if ((line + " " + w).trim().length > max && line) { lines.push(line); line = w; } else line = (line + " " + w).trim();
  }
  if (line) lines.push(line);
  if (lines.length > 2) return [lines[0], lines[1].slice(0, max - 1) + "…"];
  return lines.map(l => (l.length > max ? l.slice(0, max - 1) + "…" : l));
}

/**
 * Build-side helpers over TopoJSON: read a package's topology, simplify it along its shared
 * arcs (so neighbouring countries keep one common border), round coordinates for shipping.
 * Node only (fs).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Reads a JSON file shipped in an npm package ("world-atlas/countries-50m.json").
 * Resolved from the project root first: bundled build output lives elsewhere than src/.
 */
export function readPackageJson<T = unknown>(specifier: string): T {
  const roots = [path.join(process.cwd(), 'package.json'), import.meta.url];
  let lastError: unknown;
  for (const root of roots) {
    try {
      const file = createRequire(root).resolve(specifier);
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`cannot read ${specifier}: ${(lastError as Error)?.message ?? lastError}`);
}

/** The same topology with absolute, unquantized arcs and no transform. */
export function decodeArcs(topology: Topology): Topology {
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0], p[1]]);
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
  return { type: 'Topology', objects: topology.objects, arcs, ...(topology.bbox ? { bbox: topology.bbox } : {}) };
}

/**
 * Douglas–Peucker on one polyline (planar, degrees); the end points always stay.
 * The tolerance may vary with place: a point is kept when it strays from the simplified
 * line by more than the tolerance where it lies, so one long coastline arc keeps its detail
 * in the theatre of war and loses it far away.
 */
export function simplifyLine(points: Position[], toleranceAt: number | ((x: number, y: number) => number)): Position[] {
  if (points.length <= 2) return points;
  const tolerance = typeof toleranceAt === 'number' ? () => toleranceAt : toleranceAt;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstRatio = 1; // a point must stray beyond its own tolerance to be kept
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      const d = Math.hypot(ax + t * dx - px, ay + t * dy - py);
      const tol = tolerance(px, py);
      const ratio = tol > 0 ? d / tol : d > 0 ? Infinity : 0;
      if (ratio > worstRatio) {
        worstRatio = ratio;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies every arc of a decoded topology. Shared borders are simplified once, so
 * neighbours still meet. A closed arc (a small island) keeps at least four points so it
 * stays a valid ring.
 */
export function simplifyArcs(topology: Topology, toleranceAt: (x: number, y: number) => number): Topology {
  const arcs = topology.arcs.map((arc) => {
    const simplified = simplifyLine(arc, toleranceAt);
    const closed = arc.length > 1 && arc[0][0] === arc[arc.length - 1][0] && arc[0][1] === arc[arc.length - 1][1];
    if (closed && simplified.length < 4) {
      if (arc.length < 4) return arc;
      const third = Math.floor(arc.length / 3);
      return [arc[0], arc[third], arc[2 * third], arc[arc.length - 1]];
    }
    return simplified;
  });
  return { ...topology, arcs };
}

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** Rounds a ring's positions, drops repeated positions; null when fewer than 4 remain. */
function roundRing(ring: Position[], decimals: number): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0], decimals), round(p[1], decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : null;
}

/**
 * Rounds a (multi)polygon to `decimals` (3 ≈ 100 m), dropping rings that collapse and
 * polygons whose outer ring collapses; null when nothing is left.
 */
export function roundPolygonal(geometry: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const outer = roundRing(rings[0], decimals);
    if (!outer) continue;
    const holes = rings.slice(1).map((r) => roundRing(r, decimals)).filter((r): r is Position[] => r !== null);
    kept.push([outer, ...holes]);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] } : { type: 'MultiPolygon', coordinates: kept };
}

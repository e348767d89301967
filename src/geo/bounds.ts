/**
 * Bounding boxes and one point to stand for a shape. Pure and client-safe: no turf here, so
 * the map island can place a marker for a region or a river without shipping turf's geometry
 * engine. The exports use the same `representativePoint`, so the map and the files agree.
 */
import type { Geometry } from '../data/schema';

export type LonLat = [number, number];
/** Leaflet's LatLngBounds order: [[south, west], [north, east]]. */
export type LatLngBoundsTuple = [[number, number], [number, number]];

/** The box around the positions, padded by padDeg on each side (clamped to the world); null when there are none. */
export function boundsOfPositions(positions: readonly LonLat[], padDeg = 0): LatLngBoundsTuple | null {
  if (positions.length === 0) return null;
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [lon, lat] of positions) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [
    [Math.max(-90, south - padDeg), Math.max(-180, west - padDeg)],
    [Math.min(90, north + padDeg), Math.min(180, east + padDeg)],
  ];
}

/** Every position of a geometry, flat. */
export function positionsOf(geometry: Geometry): LonLat[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/**
 * One point that stands for the geometry and lies on it: a Point is itself; a line gives the
 * point halfway along its length; a polygon gives its centroid when that is inside, otherwise
 * the middle of the widest stretch of the polygon along the centroid's latitude (a crescent's
 * centroid lies outside it). For multi-geometries the largest part (area, or length) is used.
 * Planar maths in degrees: fine for the sizes a gazetteer holds (oblasts, rivers), not for
 * shapes crossing the antimeridian.
 */
export function representativePoint(geometry: Geometry): LonLat {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'LineString':
      return alongHalf(geometry.coordinates);
    case 'MultiLineString':
      return alongHalf(largestBy(geometry.coordinates, lineLength));
    case 'Polygon':
      return pointInPolygon(geometry.coordinates);
    case 'MultiPolygon':
      return pointInPolygon(largestBy(geometry.coordinates, (rings) => Math.abs(ringArea(rings[0]))));
  }
}

function largestBy<T>(items: readonly T[], size: (item: T) => number): T {
  let best = items[0];
  let bestSize = -Infinity;
  for (const item of items) {
    const s = size(item);
    if (s > bestSize) {
      best = item;
      bestSize = s;
    }
  }
  return best;
}

function lineLength(line: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
  return total;
}

function alongHalf(line: readonly LonLat[]): LonLat {
  const half = lineLength(line) / 2;
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1];
    const [x1, y1] = line[i];
    const step = Math.hypot(x1 - x0, y1 - y0);
    if (walked + step >= half && step > 0) {
      const t = (half - walked) / step;
      return [x0 + t * (x1 - x0), y0 + t * (y1 - y0)];
    }
    walked += step;
  }
  return line[0];
}

/** Signed shoelace area in square degrees. */
function ringArea(ring: readonly LonLat[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return a / 2;
}

function ringCentroid(ring: readonly LonLat[]): LonLat {
  let a = 0;
  let cx = 0;
  let cy = 0;
  // Relative to the first vertex, to keep precision for small rings far from 0,0.
  const [ox, oy] = ring[0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xj = ring[j][0] - ox;
    const yj = ring[j][1] - oy;
    const xi = ring[i][0] - ox;
    const yi = ring[i][1] - oy;
    const cross = xj * yi - xi * yj;
    a += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (a === 0) return ring[0];
  return [ox + cx / (3 * a), oy + cy / (3 * a)];
}

/** Even–odd rule over the outer ring and its holes. */
export function isInsideRings(point: LonLat, rings: readonly (readonly LonLat[])[]): boolean {
  const x = point[0];
  const y = point[1];
  let inside = false;
  for (const ring of rings) {
    // Indexed access, no destructuring: this runs over every vertex of a country outline.
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i][0];
      const yi = ring[i][1];
      const xj = ring[j][0];
      const yj = ring[j][1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function pointInPolygon(rings: readonly (readonly LonLat[])[]): LonLat {
  const centroid = ringCentroid(rings[0]);
  if (isInsideRings(centroid, rings)) return centroid;
  // Scan the latitude of the centroid (and, if it misses, the middle latitude): where the
  // horizontal line crosses the rings, consecutive crossings bound stretches inside.
  const ys = rings[0].map((p) => p[1]);
  const middle = (Math.min(...ys) + Math.max(...ys)) / 2;
  for (const y of [centroid[1], middle]) {
    const xs: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
      }
    }
    xs.sort((a, b) => a - b);
    let best: LonLat | null = null;
    let widest = 0;
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const width = xs[k + 1] - xs[k];
      if (width > widest) {
        widest = width;
        best = [(xs[k] + xs[k + 1]) / 2, y];
      }
    }
    if (best) return best;
  }
  return rings[0][0];
}

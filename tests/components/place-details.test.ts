/**
 * Report text is text: hostile strings in every field of a record reach the details as escaped
 * text, never as markup (the same component renders the per-place pages and the map panel).
 */
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import PlaceDetails from '../../src/components/PlaceDetails';
import type { ClientPlace } from '../../src/data/client-atlas';
import type { Incident } from '../../src/data/schema';

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

const place: ClientPlace = {
  id: 'kupiansk',
  name: `Kupiansk ${HOSTILE}`,
  aliases: [HOSTILE],
  kind: 'city',
  country: 'UA',
  admin1: HOSTILE,
  point: [37.61517, 49.71055],
};

const incident: Incident = {
  id: 'kupiansk-control-claim-2025-11-20',
  type: 'control-claim',
  date: '2025-11-20',
  datePrecision: 'day',
  placeIds: ['kupiansk', 'vovchansk'],
  geoPrecision: 'exact',
  title: HOSTILE,
  summary: HOSTILE,
  casualties: { killed: 1 },
  claims: [
    { party: 'RU', by: HOSTILE, stance: 'asserts', subject: 'control', statement: HOSTILE, share: 0.7 },
    { party: 'UA', by: HOSTILE, stance: 'denies', subject: 'control', statement: HOSTILE },
  ],
  sources: [{ outlet: HOSTILE, title: HOSTILE, published: '2025-11-21', url: 'https://example.org/a', quote: HOSTILE }],
};

describe('PlaceDetails', () => {
  const html = renderToStaticMarkup(
    createElement(PlaceDetails, {
      place,
      incidents: [incident],
      headingId: 'h',
      placeHref: (id: string) => `/places/${id}/`,
      placeNames: new Map([['vovchansk', HOSTILE]]),
    }),
  );

  it('escapes hostile text in every field', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('shows claims as asserts vs denies with party, speaker and share', () => {
    expect(html).toMatch(/Asserts.*Russia.*70%.*Denies.*Ukraine/s);
  });

  it('shows casualties, the status word and the source outlet', () => {
    expect(html).toContain('1 killed');
    expect(html).toContain('Contested');
    expect(html).toContain('href="https://example.org/a"');
  });
});

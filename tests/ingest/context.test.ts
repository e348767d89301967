import { describe, expect, it } from 'vitest';
import { agentAfter, coordinatedGroups, datelineEnd, isLocative, isNear, mentionRole } from '../../src/ingest/context';
import type { Sentence } from '../../src/ingest/sentences';
import type { Mention } from '../../src/ingest/toponyms';

function sentence(text: string, paragraphStart = true): Sentence {
  return { index: 0, text, start: 0, paragraph: 0, section: 0, paragraphStart, headline: false };
}

function mention(text: string, surface: string, occurrence = 0, via: Mention['via'] = 'name'): Mention {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(surface, start + 1);
  if (start === -1) throw new Error(`${surface} not in ${text}`);
  const possessive = /^['’]s\b/.test(text.slice(start + surface.length));
  const end = start + surface.length + (possessive ? 2 : 0);
  return { sentence: 0, start, end, surface: text.slice(start, end), name: surface, via, possessive };
}

const role = (text: string, surface: string, capital = true, occurrence = 0, via: Mention['via'] = 'name') =>
  mentionRole(mention(text, surface, occurrence, via), sentence(text), capital).role;

describe('datelines', () => {
  it.each([
    ['KYIV, Ukraine (AP) — Russian drones struck Odesa overnight.', 'KYIV, Ukraine (AP) — '],
    ['MOSCOW: Russia’s defense ministry said on Wednesday', 'MOSCOW: '],
    ['TEHRAN, May 20 (MNA) – Head of Wagner Group said', 'TEHRAN, May 20 (MNA) – '],
    ['Kyiv (Reuters) - Ukraine said on Monday', 'Kyiv (Reuters) - '],
  ])('%s', (text, dateline) => {
    expect(datelineEnd(sentence(text))).toBe(dateline.length);
    expect(role(text, text.split(/[ ,:(]/)[0])).toBe('dateline');
  });

  it('is only at the start of a paragraph, and not an ordinary sentence', () => {
    expect(datelineEnd(sentence('KYIV, Ukraine (AP) — Drones.', false))).toBe(0);
    expect(datelineEnd(sentence('Kyiv was hit again — officials said.'))).toBe(0);
  });
});

describe('metonyms', () => {
  it.each([
    ['Kyiv said it would respond.', 'Kyiv'],
    ['Moscow denied targeting civilians.', 'Moscow'],
    ['Moscow has repeatedly denied the claims.', 'Moscow'],
    ['Kyiv would be required to give up the entire Donbas region.', 'Kyiv'],
    ['the US and Russia have agreed that Kyiv should give up a vast tract', 'Kyiv'],
    ['Washington has been secretly forming a plan with Russia.', 'Washington'],
    ['he was ready for "honest" work with Washington on a plan', 'Washington'],
    ['a peace between Moscow and Kyiv', 'Moscow'],
    ['It is a desperate but effective move by Moscow to dominate', 'Moscow'],
    ['The deal would ask Kyiv to cede control', 'Kyiv'],
    ["Moscow's offensive in eastern Ukraine", 'Moscow'],
    ['Moscow is back on the offensive in eastern Ukraine.', 'Moscow'],
    ['Much of the city has been destroyed as Moscow tries to seize it back.', 'Moscow'],
    ['the Kremlin said earlier.', 'the Kremlin'],
  ])('%s — %s', (text, surface) => expect(role(text, surface, true, 0, surface.includes('Kremlin') ? 'institution' : 'name')).toBe('metonym'));

  it('sees "Washington and Kyiv will work together" as two metonyms', () => {
    const text = 'Washington and Kyiv will work together on air defence.';
    const mentions = [mention(text, 'Washington'), mention(text, 'Kyiv')];
    expect(mentionRole(mentions[1], sentence(text), true).role).toBe('metonym');
    // The list carries the metonymy to Washington (draft.ts does this with coordinatedGroups).
    expect(coordinatedGroups(mentions, text)).toEqual([[0, 1]]);
  });

  it('leaves places where something happened as sites', () => {
    expect(role('Russian drones struck Kyiv overnight.', 'Kyiv')).toBe('site');
    expect(role('after meeting US army secretary Daniel Driscoll in Kyiv that Ukraine', 'Kyiv')).toBe('site');
    expect(role('Kyiv was hit by missiles.', 'Kyiv')).toBe('site');
    expect(role('Crimea, Luhansk and Donetsk will be recognised as de facto Russian', 'Donetsk', false)).toBe('site');
    expect(role('Kupiansk is under the control of Ukraine\'s defence forces.', 'Kupiansk', false)).toBe('site');
  });

  it('treats towns as metonyms only with verbs of saying', () => {
    expect(role('Kharkiv said three people died.', 'Kharkiv', false)).toBe('metonym');
    expect(role('Kharkiv came under attack.', 'Kharkiv', false)).toBe('site');
  });

  it('knows ships named after cities, and names used as modifiers', () => {
    expect(role('a mother submarine, Belgorod, which can launch drones', 'Belgorod', false)).toBe('vessel');
    expect(role('the US president is again dancing the Moscow jig.', 'Moscow')).toBe('attributive');
    expect(role('Kyiv Mayor Vitali Klitschko said', 'Kyiv')).toBe('attributive');
    expect(role('the Sumy Regional Military Administration reported', 'Sumy', false)).toBe('attributive');
  });
});

describe('agentAfter', () => {
  it('tells agents from patients', () => {
    expect(agentAfter(' will work together', false)).toBe(true);
    expect(agentAfter(' will be recognised as Russian', false)).toBe(false);
    expect(agentAfter(' has been hit', false)).toBe(false);
    expect(agentAfter(', which denied it, said', false)).toBe(true);
    expect(agentAfter(' came under attack', true)).toBe(false);
  });
});

describe('near and locative', () => {
  it('reads "near/off/outside X" and "the X sector" as near', () => {
    const text = 'heavy fighting in the Pokrovsk sector and near Toretsk, off Limerick';
    expect(isNear(mention(text, 'Pokrovsk'), text)).toBe(true);
    expect(isNear(mention(text, 'Toretsk'), text)).toBe(true);
    expect(isNear(mention(text, 'Limerick'), text)).toBe(true);
  });
  it('reads "in/over/across X" as locative', () => {
    const text = 'drones crashed in Poland and over Romania';
    expect(isLocative(mention(text, 'Poland'), text)).toBe(true);
    expect(isLocative(mention(text, 'Romania'), text)).toBe(true);
    expect(isLocative(mention('Poland said it would respond', 'Poland'), 'Poland said it would respond')).toBe(false);
  });
});

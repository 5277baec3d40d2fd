import { describe, expect, it } from 'vitest';
import { linkName, speakerKey } from '../../../src/analysis/quotes/link';
import type { Entity } from '../../../src/analysis/types';

function person(id: string, name: string, articles: string[]): Entity {
  return { id, name, type: 'person', aliases: [], mentions: articles.map((article) => ({ article, span: { start: 0, end: name.length } })) };
}

describe('linkName', () => {
  it('links a full name to the namesake mentioned in the article asking, whichever article asked first', () => {
    // Two different people called Dana Okafor; the busier one would win without the article's preference.
    const minister = person('person:dana-okafor-1', 'Dana Okafor', ['a1', 'a3', 'a4']);
    const striker = person('person:dana-okafor-2', 'Dana Okafor', ['a2']);
    const entities = [minister, striker];
    expect(linkName('Dana Okafor', 'a1', entities)?.id).toBe(minister.id);
    expect(linkName('Dana Okafor', 'a2', entities)?.id).toBe(striker.id);
    expect(linkName('Minister Dana Okafor', 'a2', entities)?.id).toBe(striker.id);
    expect(linkName('Dana Okafor', 'a1', entities)?.id).toBe(minister.id);
  });

  it('links a one-word name only to an entity mentioned in the article', () => {
    const entities = [person('person:ivo-marsh', 'Ivo Marsh', ['a1'])];
    expect(linkName('Marsh', 'a1', entities)?.id).toBe('person:ivo-marsh');
    expect(linkName('Marsh', 'a2', entities)).toBeUndefined();
  });

  it('does not link a place-like name to a person by a first name in its tail', () => {
    const entities = [person('person:kelvin-ashdown', 'Kelvin Ashdown', ['a1'])];
    expect(linkName('Dunmore Kelvin', 'a2', entities, [])).toBeUndefined();
  });
});

describe('speakerKey', () => {
  it('ignores titles, a leading "the", possessives, case, accents and punctuation', () => {
    expect(speakerKey('Mr. Okafor')).toBe(speakerKey('okafor'));
    expect(speakerKey("The Daily Courier's")).toBe(speakerKey('Daily Courier'));
    expect(speakerKey('José Pérez-Luna')).toBe(speakerKey('jose perez luna'));
  });
});

import { describe, expect, it } from 'vitest';
import { Gazetteer, NATIONS, placeOfProject } from '../../../../src/core/project/places.js';
import { readPlaceList } from '../../../../src/io/load-places.js';

const list = readPlaceList();
const places = new Gazetteer(list);
const key = (word: string) =>
  word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');

describe('the list of places shipped as data (criteria/places.yaml)', () => {
  it("holds Scotland's 32 council areas, each once", () => {
    const names = list.councilAreas.map((a) => a.name);
    expect(names).toHaveLength(32);
    expect(new Set(names).size).toBe(32);
    expect(names).toContain('Na h-Eileanan Siar');
  });

  it('names each nation copro reports, and no other', () => {
    expect(list.nations.map((n) => n.name).sort()).toEqual([...NATIONS].sort());
  });

  it('never gives one word two places: a word names one council area, or one nation', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const note = (word: string, place: string) => {
      const before = seen.get(key(word));
      if (before !== undefined && before !== place) clashes.push(`${word}: ${before} and ${place}`);
      seen.set(key(word), place);
    };
    for (const nation of list.nations)
      for (const w of [...(nation.names ?? []), ...(nation.words ?? [])]) note(w, nation.name);
    for (const area of list.councilAreas) for (const w of [area.name, ...area.words]) note(w, `Scotland/${area.name}`);
    expect(clashes).toEqual([]);
  });
});

describe('placing a location', () => {
  it.each([
    ['Kirkcaldy', { nation: 'Scotland', councilArea: 'Fife' }],
    ['Kirkcaldy, Fife', { nation: 'Scotland', councilArea: 'Fife' }],
    ['St. Andrews', { nation: 'Scotland', councilArea: 'Fife' }],
    ['Leith, Edinburgh', { nation: 'Scotland', councilArea: 'City of Edinburgh' }],
    ["Bo'ness", { nation: 'Scotland', councilArea: 'Falkirk' }],
    ['Port Glasgow', { nation: 'Scotland', councilArea: 'Inverclyde' }],
    ['East Renfrewshire', { nation: 'Scotland', councilArea: 'East Renfrewshire' }],
    ['Stornoway, Isle of Lewis', { nation: 'Scotland', councilArea: 'Na h-Eileanan Siar' }],
    ['Scotland', { nation: 'Scotland' }],
    ['Scotland (modelled on Stirling and Highland)', { nation: 'Scotland' }],
    ['Ayrshire', { nation: 'Scotland' }],
    ['Cardiff', { nation: 'Wales' }],
    ['Catford, Lewisham, London', { nation: 'England' }],
    ['Derby, England', { nation: 'England' }],
    ['Belfast', { nation: 'Northern Ireland' }],
    ['Dublin', { nation: 'elsewhere' }],
    ['Perth, Western Australia', { nation: 'elsewhere' }],
    ['Perth', { nation: 'Scotland', councilArea: 'Perth and Kinross' }],
    ['London and Edinburgh', {}],
    ['England and Wales', {}],
    ['UK-wide, online', {}],
    ['', {}],
  ])('%j', (location, place) => expect(places.placeOf(location)).toEqual(place));
});

describe('what the project file says wins', () => {
  it('takes the nation and council area from the file over the location', () => {
    expect(placeOfProject(places, { location: 'Kirkcaldy', nation: 'England' })).toEqual({ nation: 'England' });
    expect(placeOfProject(places, { location: 'Scotland', councilArea: 'Fife' })).toEqual({
      nation: 'Scotland',
      councilArea: 'Fife',
    });
  });

  it('names a council area as the list does, and keeps one it does not know as written', () => {
    expect(placeOfProject(places, { councilArea: 'edinburgh' })).toEqual({
      nation: 'Scotland',
      councilArea: 'City of Edinburgh',
    });
    expect(placeOfProject(places, { councilArea: 'Glasgow City' })).toEqual({
      nation: 'Scotland',
      councilArea: 'Glasgow City',
    });
    expect(placeOfProject(places, { councilArea: ' Somewhere New ' })).toEqual({
      nation: 'Scotland',
      councilArea: 'Somewhere New',
    });
  });

  it('gives no council area outside Scotland', () => {
    expect(placeOfProject(places, { location: 'Cardiff', councilArea: 'Fife', nation: 'Wales' })).toEqual({
      nation: 'Wales',
    });
  });
});

describe('the first place a text names plainly (a draft with no "in …")', () => {
  it('takes a place of two words or more, as the text writes it', () => {
    expect(places.placeNamedIn("I'm a youth worker with East Kilbride Youth Forum. Last summer we met.")).toBe(
      'East Kilbride',
    );
  });

  it("takes one word where an organisation's name or a preposition places it", () => {
    expect(places.placeNamedIn('Last year Fife Council asked tenants about repairs.')).toBe('Fife');
    expect(places.placeNamedIn('We meet every week at Kirkcaldy library and elsewhere.')).toBe('Kirkcaldy');
  });

  it('takes no single word standing alone: too often a person or an ordinary word', () => {
    expect(places.placeNamedIn('Angus said the council would pay for the taxis.')).toBeUndefined();
    expect(places.placeNamedIn('Reading the minutes again, nobody asked the tenants.')).toBeUndefined();
    expect(places.placeNamedIn('the young people in irvine ran it')).toBeUndefined(); // not written as a name
  });
});

import { gazetteer, type KnownActor } from '../extract/gazetteer.ts';
import type { Random } from './random.ts';

/** The actors a generated article can draw on, by kind, with the ways a news story writes them. */
export interface Cast {
  states: KnownActor[];
  groups: KnownActor[];
  organizations: KnownActor[];
  persons: KnownActor[];
}

const NOTABLE_STATES = new Set([
  'United States', 'Russia', 'China', 'Turkey', 'Iran', 'Israel', 'Syria', 'Ukraine', 'Sudan', 'Mali', 'Niger', 'Burkina Faso',
  'North Korea', 'South Korea', 'Taiwan', 'Yemen', 'Saudi Arabia', 'United Arab Emirates', 'Qatar', 'Egypt', 'Armenia',
  'Azerbaijan', 'DR Congo', 'Rwanda', 'Lebanon', 'Iraq', 'France', 'Germany', 'United Kingdom', 'Japan', 'India', 'Pakistan',
  'Ethiopia', 'Somalia', 'Libya', 'Algeria', 'Chad', 'Nigeria', 'Kenya', 'Uganda', 'Jordan', 'Poland', 'Belarus', 'Georgia',
]);

export function loadCast(): Cast {
  const all = [...gazetteer.actors.values()];
  return {
    states: all.filter((a) => a.kind === 'state' && NOTABLE_STATES.has(a.name)),
    groups: all.filter((a) => a.kind === 'armed_group' && a.name !== 'Kurdish forces'),
    organizations: all.filter((a) => a.kind === 'organization'),
    persons: all.filter((a) => a.kind === 'person' && a.affiliation),
  };
}

/** A surface form: mostly the canonical name, sometimes a short alias ("Ankara", "Türkiye", "Hemedti"). */
export function written(actor: KnownActor, random: Random): string {
  const maxWords = actor.kind === 'state' ? 1 : 3;
  const short = actor.aliases.filter((a) => a.length > 2 && !/^the /i.test(a) && a.split(' ').length <= maxWords);
  return short.length && random.chance(0.25) ? random.pick(short) : actor.name;
}

export function adjectiveOf(state: KnownActor): string | null {
  return gazetteer.stateAdjective.get(state.name) ?? null;
}

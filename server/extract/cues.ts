import { readFileSync } from 'node:fs';
import type { Token } from './nlp.ts';
import { TokenTrie, type TrieHit } from './trie.ts';
import { parseCueFile, type CueDef, type CueEntry } from './cue-file.ts';

export type { CueDef } from './cue-file.ts';

const IRREGULAR: Record<string, string[]> = {
  fight: ['fought'], strike: ['struck'], meet: ['met'], seek: ['sought'], speak: ['spoke', 'spoken'], drive: ['drove', 'driven'],
  shoot: ['shot'], give: ['gave', 'given'], sell: ['sold'], send: ['sent'], stand: ['stood'], ally: ['allied', 'allies'],
  take: ['took', 'taken'], retake: ['retook', 'retaken'], break: ['broke', 'broken'], freeze: ['froze', 'frozen'], hold: ['held'],
  withdraw: ['withdrew', 'withdrawn'], shake: ['shook', 'shaken'], overthrow: ['overthrew', 'overthrown'], beat: ['beaten'],
  lead: ['led'], bring: ['brought'], win: ['won'], begin: ['began', 'begun'], arise: ['arose'], forbid: ['forbade', 'forbidden'],
};

/** Regular inflections of an English word; over-generation is harmless because only cue words are inflected. */
function inflections(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`, ...(IRREGULAR[word] ?? [])]);
  if (word.endsWith('e')) forms.add(`${word.slice(0, -1)}ing`);
  if (word.endsWith('y')) ['ies', 'ied'].forEach((s) => forms.add(word.slice(0, -1) + s));
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(word)) ['ed', 'ing'].forEach((s) => forms.add(word + word.slice(-1) + s));
  return [...forms];
}

/** A phrase with its first word inflected ("called on") and, in longer phrases, its last in the plural too ("recalled their ambassadors"). */
function inflectedPhrases(words: string[]): string[][] {
  const [first = '', ...rest] = words;
  if (rest.length === 0) return inflections(first).map((form) => [form]);
  const middle = rest.slice(0, -1);
  const last = rest[rest.length - 1]!;
  return inflections(first).flatMap((form) => [last, `${last}s`, `${last}es`].map((end) => [form, ...middle, end]));
}

const cueTrie = new TokenTrie<CueDef>();

/**
 * Adds cue entries to the lexicon; a user's (CUES_FILE) win over the shipped ones for the same words. Phrases as
 * written come before inflections, and both stay: "backing" is the noun "backing > of" or the verb "back", by its use.
 */
export function addCues(entries: CueEntry[], user = false): void {
  for (const { cue, phrases } of entries) for (const words of phrases) cueTrie.add(words, words, cue, user);
  for (const { cue, phrases } of entries) {
    for (const words of phrases) for (const forms of inflectedPhrases(words).slice(1)) cueTrie.add(forms, forms, cue, user);
  }
}

const SHIPPED_CUES = new URL('../../seeds/cues.dict', import.meta.url);
addCues(parseCueFile(readFileSync(SHIPPED_CUES, 'utf8'), 'seeds/cues.dict'));

export type CueHit = TrieHit<CueDef>;

/** Cues in tokens [start, end), longest first, not overlapping. */
export function findCues(tokens: Token[], start: number, end: number): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = start; i < end; ) {
    const hit = cueTrie.longestAt(tokens, i, end);
    if (hit) hits.push(hit);
    i = hit ? hit.end : i + 1;
  }
  return hits;
}

/** Whether the cue word is used as a verb here ("Turkey backs X") rather than a noun ("Turkey's backing of X"). */
export function usedAsVerb(cue: CueDef, token: Token, previous: Token | undefined, next: Token | undefined, objectFollows: boolean): boolean {
  if (cue.nounOnly) return false;
  if (cue.verbOnly) return true;
  if (previous && ['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s"].includes(previous.fold)) return false;
  if (token.pos === 'VERB' || token.pos === 'AUX') return true;
  if (cue.preps.length === 0 && !cue.phrase.includes(' ') && token.pos === 'NOUN' && (objectFollows || next?.pos === 'DET')) return true;
  return /(ed|ing)$/.test(token.fold) && !cue.phrase.endsWith('ing');
}

/**
 * Matching a free-text exercise name (typed by an athlete, or taken from another app's export) to
 * the catalog, given as plain data.
 *
 * Order of evidence, strongest first:
 *  1. `name` / `alias`: the normalised text equals a catalog name or alias (confidence 1).
 *  2. `tokens`: the same set of normalised words in another order, e.g. Strong's
 *     "Bench Press (Barbell)" against "Barbell Bench Press" (confidence 0.95).
 *  3. `similarity`: the best fuzzy token-set Dice score over names and aliases (two words are
 *     shared when their Jaro–Winkler similarity is at least 0.92, so typos and suffixes such as
 *     "presss" or "thruster" still count), accepted from `minScore` (default 0.82) on;
 *     confidence = 0.9 · score, and lower still when two different exercises score within 0.03
 *     of each other (the athlete's words do not decide between them). Whole-string Jaro–Winkler
 *     is not used: a shared first word ("dumbbell …") makes unrelated exercises look alike.
 * Below `minScore` the name is unmatched: `{ id: null, confidence: 0, matchedBy: null }`.
 *
 * Normalisation: Unicode compatibility form without diacritics, lower case, punctuation to
 * spaces, joined compounds split ("pullup" → "pull up"), abbreviations expanded ("bb" →
 * "barbell", "db" → "dumbbell", "rdl" → "romanian deadlift", …) and plurals singularised
 * ("curls" → "curl", "presses" → "press", "flyes" → "fly").
 *
 * Jaro–Winkler: Winkler (1990), "String Comparator Metrics and Enhanced Decision Rules in the
 * Fellegi-Sunter Model of Record Linkage", Proc. Section on Survey Research Methods, ASA,
 * pp. 354–359; prefix scale p = 0.1 over at most 4 characters, as published.
 */

export interface CatalogEntry<Id = string> {
  id: Id;
  name: string;
  aliases: readonly string[];
}

export type MatchedBy = 'name' | 'alias' | 'tokens' | 'similarity';

export interface ExerciseMatch<Id = string> {
  /** The catalog id, or null when nothing scored at least `minScore`. */
  id: Id | null;
  /** 0..1: 1 for an exact name or alias, 0 when unmatched. */
  confidence: number;
  matchedBy: MatchedBy | null;
  /** The catalog name or alias that matched (as written in the catalog). */
  matchedText: string | null;
  /** Why the confidence is below 1, in words; empty for an exact match. */
  problems: string[];
}

export interface MatchOptions {
  /** Lowest similarity score (0..1) still accepted as a match; default 0.82. */
  minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.82;
const TOKEN_MATCH_CONFIDENCE = 0.95;
const SIMILARITY_CONFIDENCE_SCALE = 0.9;
const AMBIGUITY_MARGIN = 0.03;

/** Whole-word abbreviations and spellings, expanded before comparing. */
const SYNONYMS: Readonly<Record<string, string>> = {
  bb: 'barbell',
  db: 'dumbbell',
  dbs: 'dumbbell',
  kb: 'kettlebell',
  kbs: 'kettlebell',
  bw: 'bodyweight',
  sm: 'smith machine',
  ohp: 'overhead press',
  oh: 'overhead',
  rdl: 'romanian deadlift',
  sldl: 'stiff leg deadlift',
  dl: 'deadlift',
  inc: 'incline',
  dec: 'decline',
  ext: 'extension',
  pulldown: 'pull down',
  pullup: 'pull up',
  pushup: 'push up',
  chinup: 'chin up',
  situp: 'sit up',
  pushdown: 'push down',
  stepup: 'step up',
  dumbell: 'dumbbell',
  barbel: 'barbell',
  tricep: 'triceps',
  bicep: 'biceps',
  flye: 'fly',
  flie: 'fly',
};

/** Words whose final "s" is not a plural. */
const KEEP_FINAL_S = new Set(['press', 'biceps', 'triceps', 'abs', 'glutes', 'lats', 'quads', 'hamstrings', 'calves', 'plus', 'cross', 'ss', 'bss']);

function singular(word: string): string {
  if (word.length < 3 || KEEP_FINAL_S.has(word)) return word;
  if (word === 'flies' || word === 'flyes') return 'fly';
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** The normalised words of an exercise name (see the module comment); total on any string. */
export function normaliseExerciseName(raw: string): string[] {
  const base = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (base === '') return [];
  const words: string[] = [];
  for (const word of base.split(' ')) {
    const expanded = SYNONYMS[word] ?? SYNONYMS[singular(word)] ?? singular(word);
    for (const part of expanded.split(' ')) words.push(SYNONYMS[part] ?? part);
  }
  return words;
}

/**
 * Jaro–Winkler similarity in [0, 1] (Winkler 1990; Jaro 1989 for the base): matches within
 * ⌊max(|a|,|b|)/2⌋ − 1 positions, half the out-of-order matches as transpositions, and the Jaro
 * score raised by a common prefix of up to 4 characters at scale 0.1. Two empty strings score 1.
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (!bMatched[j] && a[i] === b[j]) {
        aMatched[i] = true;
        bMatched[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) outOfOrder++;
    k++;
  }
  const transpositions = outOfOrder / 2;
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Dice coefficient over word sets where two words count as shared when their Jaro–Winkler score is
 * at least 0.92 (so a typo such as "presss" still shares "press"); 1 for equal sets.
 */
function fuzzyTokenDice(a: readonly string[], b: readonly string[]): number {
  const left = [...new Set(a)];
  const right = [...new Set(b)];
  if (left.length === 0 || right.length === 0) return 0;
  const used = new Array<boolean>(right.length).fill(false);
  let shared = 0;
  for (const word of left) {
    let best = -1;
    let bestScore = 0.92;
    right.forEach((other, index) => {
      if (used[index]) return;
      const score = word === other ? 1 : jaroWinkler(word, other);
      if (score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used[best] = true;
      shared += bestScore;
    }
  }
  return (2 * shared) / (left.length + right.length);
}

const sortedKey = (words: readonly string[]) => [...new Set(words)].sort().join(' ');

interface PreparedText<Id> {
  id: Id;
  text: string;
  kind: 'name' | 'alias';
  words: string[];
  exact: string;
  sorted: string;
}

/** A catalog prepared once for many look-ups (normalisation is the costly part). */
export interface ExerciseMatcher<Id = string> {
  match(raw: string): ExerciseMatch<Id>;
}

/** Prepares `catalog` for matching; entries with duplicate ids are all kept (first wins ties). */
export function createExerciseMatcher<Id>(catalog: readonly CatalogEntry<Id>[], options: MatchOptions = {}): ExerciseMatcher<Id> {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  if (!(minScore > 0 && minScore <= 1)) throw new RangeError(`createExerciseMatcher: minScore must be in (0, 1] (got ${minScore})`);
  const texts: PreparedText<Id>[] = [];
  for (const entry of catalog) {
    const all: [string, 'name' | 'alias'][] = [[entry.name, 'name'], ...entry.aliases.map((alias): [string, 'alias'] => [alias, 'alias'])];
    for (const [text, kind] of all) {
      const words = normaliseExerciseName(text);
      if (words.length === 0) continue;
      texts.push({ id: entry.id, text, kind, words, exact: words.join(' '), sorted: sortedKey(words) });
    }
  }
  const unmatched = (problem: string): ExerciseMatch<Id> => ({ id: null, confidence: 0, matchedBy: null, matchedText: null, problems: [problem] });

  return {
    match(raw: string): ExerciseMatch<Id> {
      const words = normaliseExerciseName(typeof raw === 'string' ? raw : '');
      if (words.length === 0) return unmatched('no exercise name');
      const exact = words.join(' ');
      // Names before aliases: an alias shared with another exercise's name must not win.
      const byName = texts.find((t) => t.kind === 'name' && t.exact === exact) ?? texts.find((t) => t.exact === exact);
      if (byName) return { id: byName.id, confidence: 1, matchedBy: byName.kind, matchedText: byName.text, problems: [] };

      const sorted = sortedKey(words);
      const byTokens = texts.find((t) => t.sorted === sorted);
      if (byTokens) {
        return { id: byTokens.id, confidence: TOKEN_MATCH_CONFIDENCE, matchedBy: 'tokens', matchedText: byTokens.text, problems: [`words reordered to match "${byTokens.text}"`] };
      }

      let best: { text: PreparedText<Id>; score: number } | null = null;
      let runnerUp: { text: PreparedText<Id>; score: number } | null = null;
      for (const text of texts) {
        const score = fuzzyTokenDice(words, text.words);
        if (best === null || score > best.score) {
          if (best !== null && best.text.id !== text.id) runnerUp = best;
          best = { text, score };
        } else if (text.id !== best.text.id && (runnerUp === null || score > runnerUp.score)) {
          runnerUp = { text, score };
        }
      }
      if (best === null || best.score < minScore) return unmatched(`no catalog exercise is close to "${raw}"`);
      const problems = [`closest catalog name "${best.text.text}" (similarity ${best.score.toFixed(2)})`];
      let confidence = SIMILARITY_CONFIDENCE_SCALE * best.score;
      if (runnerUp !== null && best.score - runnerUp.score < AMBIGUITY_MARGIN) {
        confidence *= 0.7;
        problems.push(`ambiguous: "${runnerUp.text.text}" is nearly as close`);
      }
      return { id: best.text.id, confidence, matchedBy: 'similarity', matchedText: best.text.text, problems };
    },
  };
}

/** One-off convenience: `createExerciseMatcher(catalog, options).match(raw)`. */
export function matchExercise<Id>(raw: string, catalog: readonly CatalogEntry<Id>[], options: MatchOptions = {}): ExerciseMatch<Id> {
  return createExerciseMatcher(catalog, options).match(raw);
}

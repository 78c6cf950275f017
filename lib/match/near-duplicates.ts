/**
 * Near-duplicate groups: a real library repeats itself (each year's report reuses last year's
 * paragraphs with a few words changed), and five variants of one passage must not fill the panel.
 * Computed once when the snapshot is made, so folding costs nothing per keystroke.
 *
 * Two passages of the same kind are near-identical when the Jaccard similarity of their folded
 * character bigrams is at least NEAR (numbers and placeholders fold to one wildcard, so changed figures
 * cost nothing; a reordered clause costs only the bigrams at its seams).
 *
 * Grouping is leader clustering in library order (bundled sources first, then imported ones oldest
 * first): a passage joins the most similar earlier leader it is near-identical to, or leads a new
 * group. So every variant is near-identical to its group's leader, and a chain of small edits cannot
 * join different passages. Leaders are found by prefix filtering (as in the AllPairs similarity join):
 * two sets that reach NEAR share one of their rarest few bigrams, so only those are looked up.
 *
 * The version shown (the representative) is the consensus: the variant that agrees most with the
 * others (sum of similarities with up to SAMPLE of them, leader first), which for independent edits
 * of one original is the original. Ties go to the writer's own over the bundled and to the newer: the
 * later source, since sources are listed bundled first, then imported in import order.
 */

/** Jaccard similarity of folded bigrams at or above which two passages are variants of one. */
const NEAR = 0.7;
/** Shorter folded texts are variants only when they fold alike: a changed word changes a short heading's meaning. */
const MIN_CHARS = 10;
/** Variants each one is compared with to find a group's consensus: enough to tell, bounded for groups of hundreds. */
const SAMPLE = 24;
/** Distinct characters told apart in bigram keys (keys stay small integers, which V8 hashes fast). */
const CHAR_IDS = 0x8000;

export interface NearDuplicates {
  /** Per unit: the unit that represents its group (itself when it has no variants). */
  group: Int32Array;
  /** Per unit: its place in its group, 0 for the representative, then by consensus. */
  rank: Int32Array;
}

/**
 * A unit as grouping sees it: a short passage by its folded text, a long one (a paragraph of several
 * sentences, a section) by the groups of its parts, so that two paragraphs are variants when most of
 * their sentences are (dropped, reordered or edited sentences included). Neither: not grouped.
 */
export interface GroupedPassage {
  /** Passages are grouped only with passages of the same kind. */
  kind: string;
  text?: string;
  /** Indices of the passages it is made of (grouped before it). */
  parts?: readonly number[];
}

/** One distinct passage of one kind, and the units holding it (in library order). */
interface Node {
  units: number[];
  /** Dense token ids (bigrams, or the groups of its parts), rarest first. */
  set: Int32Array;
}

/** Groups `passages`; `sources` gives each one's source index (bundled first, then imported oldest first). */
export function nearDuplicates(passages: readonly GroupedPassage[], sources: readonly number[]): NearDuplicates {
  const count = passages.length;
  const group = Int32Array.from({ length: count }, (_, i) => i);
  const rank = new Int32Array(count);
  // Kinds of text first, then kinds made of parts, each after the kinds its parts are of.
  const depth = new Map<string, number>();
  const depthOf = (i: number): number => {
    const parts = passages[i]?.parts;
    return parts ? 1 + Math.max(0, ...parts.map(depthOf)) : 0;
  };
  passages.forEach((p, i) => depth.set(p.kind, Math.max(depth.get(p.kind) ?? 0, p.text === undefined && !p.parts ? -1 : depthOf(i))));
  const kinds = [...depth.entries()].filter(([, d]) => d >= 0).sort((a, b) => a[1] - b[1]);
  const charIds = new Map<string, number>();
  const charId = (ch: string) => charIds.get(ch) ?? charIds.set(ch, charIds.size % CHAR_IDS).get(ch) ?? 0;
  for (const [kind] of kinds) {
    const nodes: Node[] = [];
    const tokens: number[][] = [];
    const byText = new Map<string, Node>();
    passages.forEach((p, u) => {
      if (p.kind !== kind) return;
      if (p.parts) {
        nodes.push({ units: [u], set: new Int32Array(0) });
        tokens.push([...new Set(p.parts.map((part) => group[part] ?? part))]);
        return;
      }
      const text = p.text ?? '';
      const same = byText.get(text);
      if (same) return void same.units.push(u);
      const node = { units: [u], set: new Int32Array(0) };
      byText.set(text, node);
      nodes.push(node);
      const bigrams = new Set<number>();
      if (text.length >= MIN_CHARS) for (let i = 0; i + 1 < text.length; i++) bigrams.add(charId(text[i] ?? '') * CHAR_IDS + charId(text[i + 1] ?? ''));
      tokens.push([...bigrams]);
    });
    byRarity(nodes, tokens);
    const leaders = cluster(nodes);
    for (const members of leaders.values()) {
      const agreement = consensus(nodes, members);
      const units = members
        .flatMap((m, i) => (nodes[m] as Node).units.map((u) => ({ u, agreement: agreement[i] ?? 0 })))
        .sort((a, b) => b.agreement - a.agreement || (sources[b.u] ?? 0) - (sources[a.u] ?? 0) || a.u - b.u);
      const representative = units[0]?.u ?? 0;
      units.forEach(({ u }, place) => {
        group[u] = representative;
        rank[u] = place;
      });
    }
  }
  return { group, rank };
}

/** Gives each node its token set as dense ids in order of rarity, so that each set's prefix holds its rarest tokens. */
function byRarity(nodes: Node[], tokens: readonly number[][]): void {
  const frequency = new Map<number, number>();
  for (const set of tokens) for (const t of set) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const ids = new Map([...frequency.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([t], i) => [t, i]));
  nodes.forEach((node, n) => (node.set = Int32Array.from(tokens[n] ?? [], (t) => ids.get(t) ?? 0).sort()));
}

/** Leader clustering in library order: each leader with its members, leader first. */
function cluster(nodes: readonly Node[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  const index = new Map<number, number[]>();
  const seen = new Int32Array(nodes.length).fill(-1);
  nodes.forEach((node, x) => {
    const size = node.set.length;
    const prefix = size - Math.ceil(NEAR * size) + 1;
    let best = -1;
    let bestSimilarity = NEAR;
    for (let p = 0; p < prefix && size > 0; p++) {
      for (const y of index.get(node.set[p] ?? 0) ?? []) {
        if (seen[y] === x) continue;
        seen[y] = x;
        const other = (nodes[y] as Node).set;
        if (other.length < NEAR * size || size < NEAR * other.length) continue;
        const similarity = jaccard(node.set, other);
        if (similarity >= bestSimilarity) [best, bestSimilarity] = [y, similarity];
      }
    }
    if (best >= 0) return void groups.get(best)?.push(x);
    groups.set(x, [x]);
    for (let p = 0; p < prefix && size > 0; p++) {
      const token = node.set[p] ?? 0;
      const list = index.get(token);
      if (list) list.push(x);
      else index.set(token, [x]);
    }
  });
  return groups;
}

/** Each member's agreement with the group: similarities with up to SAMPLE members, each counted per copy. */
function consensus(nodes: readonly Node[], members: readonly number[]): number[] {
  const sample = members.slice(0, SAMPLE);
  return members.map((m) => {
    const node = nodes[m] as Node;
    let sum = node.units.length - 1;
    for (const s of sample) if (s !== m) sum += jaccard(node.set, (nodes[s] as Node).set) * (nodes[s] as Node).units.length;
    return sum;
  });
}

/** Jaccard similarity of two sorted sets. */
function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

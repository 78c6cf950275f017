/**
 * `npm run suggest -- [--json] [--limit K] [--sources id,id] [--corpus DIR] [QUERY]`
 *
 * With QUERY: prints the suggestions for it (a readable list, or one JSON array with --json). QUERY is
 * the text before the caret; each suggestion says what accepting it does: `mode` (continue|replace),
 * `replace` [start, end] of QUERY and `text`, so that QUERY[:start] + text + QUERY[end:] is the result,
 * with `corrections` (same-sound fixes) and `reason`.
 * Without QUERY: reads queries from stdin, one per line, and prints one JSON array per line, in order.
 * `--corpus DIR` adds every `*.txt` in DIR (seed format) as extra enabled sources. Defaults are the panel's.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createMatcher, type SuggestOptions, type Suggestion } from '../lib/match';
import { prepareFromDirs } from './prepared';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    sources: { type: 'string' },
    corpus: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('usage: npm run suggest -- [--json] [--limit K] [--sources id,id] [--corpus DIR] [QUERY]');
  process.exit(0);
}

const { prepared, extra } = prepareFromDirs(values.corpus);
const matcher = createMatcher(prepared);
const options: SuggestOptions = {};
if (values.limit !== undefined) {
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a positive integer, not ${values.limit}`);
  options.limit = limit;
}
if (values.sources !== undefined) {
  const ids = values.sources.split(',').map((id) => id.trim()).filter(Boolean);
  const known = new Set(matcher.sources.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) fail(`unknown source ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
  // Sources added with --corpus are enabled whatever --sources says.
  options.sources = [...ids, ...extra.map((s) => s.id)];
}

const query = positionals.join(' ');
if (query !== '') {
  const suggestions = matcher.suggest(query, options);
  console.log(values.json ? JSON.stringify(suggestions) : readable(query, suggestions));
} else {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) process.stdout.write(`${JSON.stringify(matcher.suggest(line, options))}\n`);
}

/** Each suggestion with what accepting it does: `[-replaced-]{+inserted+}` around the caret, corrections listed. */
function readable(context: string, suggestions: readonly Suggestion[]): string {
  if (suggestions.length === 0) return '(no suggestion)';
  return suggestions
    .map((s, i) => {
      const where = [s.sourceTitle, ...s.trail].join(' › ');
      const [start, end] = s.replace;
      const removed = context.slice(start, end);
      const kept = context.slice(Math.max(0, start - 12), start);
      const result = `${kept}${removed ? `[-${removed}-]` : ''}{+${s.text}+}`;
      const fixes = s.corrections.map((c) => `${c.from}→${c.to}`).join(' ');
      return [
        `${i + 1}. [${s.kind}] ${s.mode} (${s.reason}) ${s.score.toFixed(3)}  replace ${start}–${end}${fixes ? `  corrections ${fixes}` : ''}`,
        `   ${result}`,
        `   ${mark(s.passage, s.highlights)}`,
        `   ${where}  (${s.id})`,
      ].join('\n');
    })
    .join('\n');
}

/** The text with matched ranges in 【】. */
function mark(text: string, ranges: Suggestion['highlights']): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${text.slice(at, start)}【${text.slice(start, end)}】`;
    at = end;
  }
  return out + text.slice(at);
}

function fail(message: string): never {
  console.error(`suggest: ${message}`);
  process.exit(2);
}

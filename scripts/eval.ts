/** `npm run eval [-- --file PATH] [--verbose]`: scores the matcher on tests/fixtures/queries.jsonl (or PATH). */
import { createMatcher } from '../lib/match';
import { evaluate, formatReport, loadQueries } from './evaluate';
import { prepareFromDirs } from './prepared';

const fileFlag = process.argv.indexOf('--file');
const file = fileFlag >= 0 ? process.argv[fileFlag + 1] : undefined;
if (fileFlag >= 0 && !file) throw new Error('--file needs a path');

const matcher = createMatcher(prepareFromDirs().prepared);
const report = evaluate(loadQueries(file), (query) => matcher.suggest(query));
console.log(formatReport(report));
if (process.argv.includes('--verbose')) {
  for (const miss of report.misses) console.log(`\n${miss.id} ${miss.query}\n  expect ${miss.expect}\n  got    ${miss.got.join('\n         ') || '(nothing)'}`);
}

/** `npm run eval [-- --verbose]`: scores the matcher on tests/fixtures/queries.jsonl. */
import { createMatcher } from '../lib/match';
import { evaluate, formatReport, loadQueries } from './evaluate';
import { prepareFromDirs } from './prepared';

const matcher = createMatcher(prepareFromDirs().prepared);
const report = evaluate(loadQueries(), (query) => matcher.suggest(query));
console.log(formatReport(report));
if (process.argv.includes('--verbose')) {
  for (const miss of report.misses) console.log(`\n${miss.id} ${miss.query}\n  expect ${miss.expect}\n  got    ${miss.got.join('\n         ') || '(nothing)'}`);
}

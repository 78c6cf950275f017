import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line CI reads ("tests: N passed, N failed, N skipped"),
 * which vitest's own summary does not match.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') count.passed++;
        else if (state === 'failed') count.failed++;
        else count.skipped++;
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) count.failed++;
    }
    // On exit, so that it stays the last line, after vitest's own summary.
    process.once('exit', () => {
      process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`);
    });
  }
}

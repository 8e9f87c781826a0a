// Figures of the drafting page in Chromium, printed rather than asserted on (timings depend on
// the machine): how long a preview update of the example reply takes, step by step, and what
// the page weighs. Run alone with `npm run bench:web`.
import { readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.js';
import { serveFolder } from '../support/static-server.js';
import { buildWebPage } from '../support/web-build.js';

const RUNS = Number(process.env.RUNS ?? 60);
const STEPS = ['parse', 'compose', 'html', 'preview', 'show', 'update', 'check'] as const;
const SCREENSHOT = join(import.meta.dirname, '../../.tmp/drafting-page.png');

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

describe.skipIf(!hasChromium)('figures of the drafting page', () => {
  it('measures a preview update of the example reply and the weight of the page', async () => {
    const build = buildWebPage();
    const server = await serveFolder(build.folder);
    const browser = await launchChromium();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() =>
        document
          .querySelector('iframe')
          ?.contentDocument?.body.textContent.includes('Dear Ms. and Mr. Special Rapporteurs,'),
      );
      // The status is written once the check has run: the page is then complete.
      await page.waitForFunction(() => document.querySelector('#status')?.textContent !== '');
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      const loaded = await page.evaluate(() =>
        [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ].map((entry) => {
          const timing = entry as PerformanceResourceTiming;
          return { name: timing.name, transferred: timing.transferSize };
        }),
      );
      const built = files(build.folder).map((file) => {
        const bytes = readFileSync(file);
        return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
      });
      const script = built.filter((entry) => entry.file.endsWith('.js'));

      await page.evaluate(() => {
        const collected: [string, number][] = [];
        (window as unknown as { measures: [string, number][] }).measures = collected;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) collected.push([entry.name, entry.duration]);
        }).observe({ type: 'measure' });
      });
      const updates = (): Promise<number> =>
        page.evaluate(
          () =>
            (window as unknown as { measures: [string, number][] }).measures.filter(
              ([name]) => name === 'chancery:update',
            ).length,
        );
      // Each run is one keystroke in the note's body, alternately a letter and its deletion, and
      // the debounced update it brings: the whole reply is parsed, composed and written again.
      await page
        .locator('.cm-line', { hasText: /^ {6}The Permanent Mission of Cambodia would/ })
        .click();
      await page.keyboard.press('End');
      for (let run = 0; run < RUNS; run++) {
        await page.keyboard.press(run % 2 === 0 ? 'x' : 'Backspace');
        await page.waitForFunction((count) => {
          const measures = (window as unknown as { measures: [string, number][] }).measures;
          const done = (step: string): number =>
            measures.filter(([name]) => name === `chancery:${step}`).length;
          return done('update') > count && done('check') > count;
        }, run);
      }
      expect(await updates()).toBe(RUNS);
      const measures = await page.evaluate(
        () => (window as unknown as { measures: [string, number][] }).measures,
      );
      const browserVersion = await page.evaluate(() => navigator.userAgent);

      const lines = [
        `Drafting page figures, ${browserVersion.replace(/^.*(HeadlessChrome\/\S+).*$/, '$1')}, example reply, ${RUNS} updates (ms):`,
        '  step       median    p90    max',
      ];
      const legend = [
        'preview = parse + compose + html; show = into the frame, its layout included;',
        'update = the whole update up to the preview and problems on screen;',
        'check = the rules of chancery check, run after it in a task of their own.',
      ];
      for (const step of STEPS) {
        const durations = measures
          .filter(([name]) => name === `chancery:${step}`)
          .map(([, duration]) => duration);
        expect(durations).toHaveLength(RUNS);
        for (const duration of durations) expect(duration).toBeGreaterThanOrEqual(0);
        lines.push(
          `  ${step.padEnd(8)} ${quantile(durations, 0.5).toFixed(2).padStart(8)} ${quantile(durations, 0.9).toFixed(2).padStart(6)} ${Math.max(
            ...durations,
          )
            .toFixed(2)
            .padStart(6)}`,
        );
      }
      expect(loaded.every((entry) => entry.name.startsWith(`${server.origin}/`))).toBe(true);
      lines.push(
        ...legend.map((line) => `  ${line}`),
        `Load: ${loaded.length} requests, ${kb(loaded.reduce((sum, entry) => sum + entry.transferred, 0))} transferred (served uncompressed)`,
        `  JavaScript: ${kb(script.reduce((sum, entry) => sum + entry.raw, 0))} raw, ${kb(script.reduce((sum, entry) => sum + entry.gzip, 0))} gzip`,
        `  All files:  ${kb(built.reduce((sum, entry) => sum + entry.raw, 0))} raw, ${kb(built.reduce((sum, entry) => sum + entry.gzip, 0))} gzip`,
        `Screenshot: ${SCREENSHOT}`,
      );
      console.log(lines.join('\n'));
    } finally {
      await browser.close();
      await server.close();
      build.remove();
    }
  });
});

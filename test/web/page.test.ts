import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocxParts } from '../support/docx-parts.js';
import { exampleYaml } from '../support/drafts.js';
import { hasChromium, launchChromium, type ChromiumSession } from '../support/chromium.js';
import { serveFolder, type StaticServer } from '../support/static-server.js';
import { buildWebPage, type WebBuild } from '../support/web-build.js';

const SALUTATION = 'Dear Ms. and Mr. Special Rapporteurs,';
const emblemFile = join(import.meta.dirname, '../../examples/formats/embassy/emblem.png');
const exampleLines = exampleYaml.split('\n');
const noteDateLine = exampleLines.indexOf('    date: 2022-11-15') + 1;
const titleLine = exampleLines.findIndex((line) => line.includes('transitional corporations')) + 1;

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

// The preview is a facsimile of Word documents rather than a web page: it is held to WCAG's
// rules, without the best practices for a site's pages (a main landmark, a level-one heading).
const WCAG: string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(target: Page, tags?: string[]): Promise<string[]> {
  await target.evaluate(axe.source);
  const violations = await target.evaluate(async (only) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(document, {
      iframes: false,
      ...(only === null ? {} : { runOnly: { type: 'tag', values: only } }),
    });
    return results.violations as unknown as AxeViolation[];
  }, tags ?? null);
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

describe.skipIf(!hasChromium)('the drafting page, built and served, in Chromium', () => {
  let build: WebBuild;
  let server: StaticServer;
  let browser: ChromiumSession;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  // The preview frame runs no script (it is sandboxed without allow-scripts), so it is read from
  // the page, which may reach into it as the page itself does.
  const previewText = (): Promise<string> =>
    page.evaluate(() => document.querySelector('iframe')?.contentDocument?.body.textContent ?? '');
  const previewHtml = (): Promise<string> =>
    page.evaluate(
      () =>
        `<!DOCTYPE html>\n${document.querySelector('iframe')?.contentDocument?.documentElement.outerHTML ?? ''}`,
    );
  const previewImages = (): Promise<number> =>
    page.evaluate(
      () => document.querySelector('iframe')?.contentDocument?.querySelectorAll('img').length ?? 0,
    );
  const waitForPreview = async (text: string): Promise<void> => {
    await page.waitForFunction(
      (wanted) =>
        document.querySelector('iframe')?.contentDocument?.body?.textContent?.includes(wanted) ===
        true,
      text,
    );
  };
  const findingTexts = (): Promise<string[]> => page.locator('#findings li').allTextContents();

  beforeAll(async () => {
    build = buildWebPage();
    server = await serveFolder(build.folder);
    browser = await launchChromium();
    browser.context.on('request', (request) => requests.push(request.url()));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${server.origin}/`);
    await waitForPreview(SALUTATION);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    build?.remove();
  });

  it("shows the example's preview, loading everything from its own origin", async () => {
    expect(await previewText()).toContain(SALUTATION);
    // chancery check's two findings on the example: mandate titles as the letter misspells them.
    // The check runs after the preview is shown.
    await page.waitForFunction(() => document.querySelectorAll('#findings li').length === 2);
    expect(await page.locator('#status').textContent()).toBe('No errors; 2 warnings.');
    const findings = await findingTexts();
    expect(findings).toHaveLength(2);
    expect(findings[0]).toContain(`line ${titleLine}`);
    expect(findings[0]).toContain('"transitional" where the title has "transnational"');
    expect(findings[0]).toContain(
      'Did you mean: Chair-Rapporteur of the Working Group on the issue of human rights and transnational corporations',
    );
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('labels its controls and titles the preview', async () => {
    expect(await page.getByLabel('Format').evaluate((node) => node.tagName)).toBe('SELECT');
    expect(await page.getByLabel('Language').evaluate((node) => node.tagName)).toBe('SELECT');
    expect(await page.getByRole('textbox', { name: 'Draft in YAML' }).count()).toBe(1);
    expect(await page.getByTitle(/^Preview of the documents/).count()).toBe(1);
    expect(await page.getByRole('status').count()).toBe(1);
  });

  it('passes the axe-core accessibility check, page and preview', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const sheet = await browser.context.newPage();
    try {
      await sheet.setContent(await previewHtml());
      expect(await axeViolations(sheet, WCAG)).toEqual([]);
    } finally {
      await sheet.close();
    }
  });

  it('is reached in order from the keyboard, with a visible focus', async () => {
    // Clicking the introduction sets where sequential focus starts, as a reader's click would.
    await page.locator('.banner p').click();
    const order: string[] = [];
    for (let step = 0; step < 5; step++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          return active?.id !== '' ? (active?.id ?? '') : (active.className.split(' ')[0] ?? '');
        }),
      );
      // The focused control, or the editor around the focused text, shows an outline. CodeMirror
      // marks itself focused on the next frame, so this waits for it rather than reads once.
      await page.waitForFunction(() => {
        const active = document.activeElement;
        if (active === null) return false;
        const shown = active.closest('.cm-editor') ?? active;
        return getComputedStyle(shown).outlineStyle !== 'none';
      });
    }
    expect(order).toEqual(['format', 'language', 'download', 'emblem', 'cm-content']);
    // Tab leaves the editor instead of indenting: the keyboard is never trapped there.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') ?? null)).toBe(
      null,
    );
  });

  describe('offline, once loaded', () => {
    beforeAll(async () => {
      requests.length = 0;
      await browser.context.setOffline(true);
    });

    it('shows a broken field at its line as the drafter types, announces it, and clears it when fixed', async () => {
      const line = page.locator('.cm-line', { hasText: /^ {4}date: 2022-11-15$/ }).first();
      await line.click();
      await page.keyboard.press('End');
      for (let count = 0; count < 5; count++) await page.keyboard.press('Backspace');
      await page.keyboard.type('13-45');
      // Updates come as the drafter pauses, so an earlier one may show "2022-1": wait for the last.
      await page.waitForFunction(
        () =>
          document.querySelector('#findings')?.textContent?.includes('2022-13-45') === true &&
          document.querySelector('.cm-lintRange-error') !== null,
      );
      const findings = await findingTexts();
      expect(findings).toHaveLength(1);
      expect(findings[0]).toContain(`line ${noteDateLine}`);
      expect(findings[0]).toContain('2022-13-45 is not a calendar date');
      expect(await page.locator('#status').textContent()).toMatch(
        new RegExp(`^1 error at line ${noteDateLine}: 2022-13-45 is not a calendar date`),
      );
      // The underline is on that line of the editor, and the gutter marks it.
      const marked = await page
        .locator('.cm-lintRange-error')
        .first()
        .evaluate((node) => node.closest('.cm-line')?.textContent);
      expect(marked).toBe('    date: 2022-13-45');
      expect(await page.locator('.cm-lint-marker-error').count()).toBe(1);
      expect(await page.locator('#preview-state').isVisible()).toBe(true);
      // The page with a finding listed (a button, the note over the preview) stays accessible.
      expect(await axeViolations(page)).toEqual([]);

      // The button beside the finding takes the cursor to the line.
      await page.getByRole('button', { name: `Go to line ${noteDateLine}` }).click();
      expect(
        await page.evaluate(() => document.activeElement?.classList.contains('cm-content')),
      ).toBe(true);

      await page.keyboard.press('End');
      for (let count = 0; count < 5; count++) await page.keyboard.press('Backspace');
      await page.keyboard.type('11-15');
      await page.waitForFunction(
        () =>
          document.querySelector('#findings .error') === null &&
          document.querySelectorAll('#findings .warning').length === 2,
      );
      expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
      // The check's warnings are marked in the editor too, at the letter's titles.
      expect(await page.locator('.cm-lint-marker-warning').count()).toBeGreaterThan(0);
      expect(await page.locator('#status').textContent()).toBe('No errors; 2 warnings.');
      expect(await page.locator('#preview-state').isVisible()).toBe(false);
    });

    it('downloads the .docx, named after the draft, which parses and holds the text', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download .docx' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('reply-AL-KHM-2-2022-2022-11-15.docx');
      const bytes = new Uint8Array(readFileSync(await download.path()));
      const document = readDocxParts(bytes).text('word/document.xml');
      expect(document).toContain(SALUTATION);
      expect(document).toContain('has the honor to');
      expect(await page.locator('#status').textContent()).toBe(
        'Downloaded reply-AL-KHM-2-2022-2022-11-15.docx.',
      );
    });

    it('switches language and format, in the YAML and in the preview', async () => {
      await page.selectOption('#language', 'en');
      await waitForPreview('has the honour to');
      expect(await page.locator('.cm-line', { hasText: /^language: en$/ }).count()).toBe(1);
      expect(await previewText()).not.toContain('has the honor to');

      await page.selectOption('#format', 'embassy');
      await waitForPreview('Ref.: 2022/11/657');
      expect(await page.locator('.cm-line', { hasText: /^format: embassy$/ }).count()).toBe(1);
      // The format's emblem heads each of the two documents.
      expect(await previewImages()).toBe(2);
      expect(await page.locator('#language option').allTextContents()).toEqual(
        expect.arrayContaining(['en', 'en-US']),
      );
    });

    it("keeps the reader's place in the preview when it updates", async () => {
      const scrolled = await page.evaluate(() => {
        const view = document.querySelector('iframe')?.contentWindow;
        view?.scrollTo(0, 900);
        return view?.scrollY ?? 0;
      });
      expect(scrolled).toBeGreaterThan(800);
      await page.selectOption('#language', 'en-US');
      await waitForPreview('has the honor to');
      expect(
        await page.evaluate(() => document.querySelector('iframe')?.contentWindow?.scrollY),
      ).toBe(scrolled);
    });

    it('takes the emblem the draft names from an image chosen in the page', async () => {
      await page.selectOption('#format', 'un-geneva');
      await page.waitForFunction(
        () => document.querySelector('iframe')?.contentDocument?.querySelector('img') === null,
      );
      await page.locator('.cm-line', { hasText: /^ {2}city: Geneva$/ }).click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('emblem: crest.png');
      await page.waitForFunction(() =>
        document.querySelector('#findings')?.textContent?.includes('crest.png'),
      );
      expect(await page.locator('.cm-line', { hasText: /^ {2}emblem: crest.png$/ }).count()).toBe(
        1,
      );
      await page.setInputFiles('#emblem', emblemFile);
      await page.waitForFunction(() => document.querySelector('#findings .error') === null);
      expect(await previewImages()).toBe(2);
      const shown = await page.evaluate(
        () => document.querySelector('iframe')?.contentDocument?.querySelector('img')?.src ?? '',
      );
      expect(shown).toBe(`data:image/png;base64,${readFileSync(emblemFile).toString('base64')}`);
    });

    it('sent no request at all while editing, previewing and downloading', () => {
      expect(requests.filter((url) => !/^(blob|data):/.test(url))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});

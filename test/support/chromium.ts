import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core: no browser is downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether Chromium is installed. Browser tests are skipped, visibly, without it; `.ci/run`
 * installs it, so CI always runs them.
 */
export const hasChromium = existsSync(CHROMIUM);

/** A headless Chromium with a fresh profile, and how to close it and remove the profile. */
export interface ChromiumSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a new, empty profile, without the background traffic a browser
 * makes on its own (updates, sync, safe browsing), so every request recorded is the page's.
 */
export async function launchChromium(
  viewport: { width: number; height: number } = { width: 1600, height: 1000 },
): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'chancery-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

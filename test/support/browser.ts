import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The flags this machine's Chromium needs: no sandbox as root, and no
// background traffic to hosts the closed network refuses.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Skips the suite, with a warning, where Chromium is not installed (.ci/run installs it). */
export function requireChromium(context: Mocha.Context): void {
  if (!existsSync(CHROMIUM)) {
    console.warn(`    Chromium is not at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
    context.skip();
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

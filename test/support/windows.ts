import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Calls per token are counted in windows aligned to the clock (a 60 s window
 * starts at every full minute; README), so that every process agrees on them
 * without asking. A test that counts calls must not straddle two windows: this
 * waits, when need be, until the next `needMs` fall within one window of `seconds`.
 */
export async function withinOneWindow(seconds: number, needMs: number): Promise<void> {
  const length = seconds * 1000;
  const left = length - (Date.now() % length);
  if (left < needMs) await sleep(left + 50);
}

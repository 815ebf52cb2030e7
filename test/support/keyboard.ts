import { Locator, Page } from 'playwright-core';

/** Whether the focused element is `target` or inside it. */
export function focusIsIn(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/**
 * Moves the focus with `key` (Tab by default) until it is on `target` or inside it, as a keyboard
 * user would; fails when `limit` presses do not get there (the element cannot be reached by keyboard).
 */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', limit = 150): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < limit; presses++) {
    if (await focusIsIn(target)) return;
    await page.keyboard.press(key);
  }
  if (!(await focusIsIn(target))) throw new Error(`${limit} presses of ${key} did not reach ${String(target)}`);
}

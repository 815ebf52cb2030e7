/** What an analyst can do to the selected draft from the keyboard. */
export type TriageCommand = 'next' | 'previous' | 'accept' | 'correct' | 'merge' | 'reject' | 'edit';

/** The keys, as the legend shows them: one home for the shortcuts and their words. */
export const TRIAGE_KEYS: readonly { readonly keys: readonly string[]; readonly command: TriageCommand; readonly label: string }[] = [
  { keys: ['j', '↓'], command: 'next', label: 'next draft' },
  { keys: ['k', '↑'], command: 'previous', label: 'previous draft' },
  { keys: ['a'], command: 'accept', label: 'accept the suggestion (publish)' },
  { keys: ['c'], command: 'correct', label: 'correct indicator, severity or family' },
  { keys: ['m'], command: 'merge', label: 'merge into a family (follow-up)' },
  { keys: ['r'], command: 'reject', label: 'reject, with a reason' },
  { keys: ['e'], command: 'edit', label: 'edit every field' },
];

const BY_KEY: ReadonlyMap<string, TriageCommand> = new Map([
  ['j', 'next'],
  ['ArrowDown', 'next'],
  ['k', 'previous'],
  ['ArrowUp', 'previous'],
  ['a', 'accept'],
  ['c', 'correct'],
  ['m', 'merge'],
  ['r', 'reject'],
  ['e', 'edit'],
]);

/** The aria-keyshortcuts value of a command's button. */
export function shortcutOf(command: TriageCommand): string {
  return [...BY_KEY].find(([, c]) => c === command)?.[0] ?? '';
}

/**
 * The command a key press means on the triage page, or null: keys typed into a field, with a
 * modifier (browser and screen-reader shortcuts), or held down do nothing.
 */
export function triageCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat' | 'target'>,
): TriageCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null;
  if (isTextEntry(event.target)) return null;
  return BY_KEY.get(event.key) ?? null;
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('[role=dialog], [role=listbox], [role=menu]') !== null;
}

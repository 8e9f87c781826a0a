import { formatPath, type Diagnostic, type Finding } from '../../src/core.js';

/**
 * One sentence for the live region: how many errors and warnings, and the first error with its
 * line. It changes only when the problems do, so a screen reader hears it once.
 *
 * @example
 * ```ts
 * problemSummary([]); // 'No problems.'
 * ```
 */
export function problemSummary(problems: readonly Diagnostic[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const counted = (count: number, word: string): string =>
    `${count} ${word}${count === 1 ? '' : 's'}`;
  const warningNote = warnings === 0 ? '' : `${counted(warnings, 'warning')}.`;
  const first = errors[0];
  if (first === undefined) return warnings === 0 ? 'No problems.' : `No errors; ${warningNote}`;
  const where = first.line === undefined ? '' : ` at line ${first.line}`;
  const head =
    errors.length === 1
      ? `1 error${where}`
      : `${counted(errors.length, 'error')}, the first${where}`;
  return [`${head}: ${first.message}.`, warningNote].filter((part) => part !== '').join(' ');
}

/**
 * Lists the problems and the findings of the drafting rules in the panel beside the preview:
 * severity, a button that takes the cursor to the line, the message, what was probably meant,
 * and the field.
 *
 * @example
 * ```ts
 * renderFindings(list, problems, (line, column) => editor.goTo(line, column));
 * ```
 */
export function renderFindings(
  list: HTMLOListElement,
  problems: readonly Finding[],
  goTo: (line: number, column?: number) => void,
): void {
  const items = problems.map((problem) => {
    const item = document.createElement('li');
    item.className = `finding ${problem.severity}`;
    const severity = document.createElement('span');
    severity.className = 'severity';
    severity.textContent = problem.severity === 'error' ? 'Error' : 'Warning';
    item.append(severity, ' ');
    const { line, column } = problem;
    if (line !== undefined) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'line';
      button.textContent = `line ${line}`;
      button.setAttribute('aria-label', `Go to line ${line}`);
      button.addEventListener('click', () => {
        goTo(line, column);
      });
      item.append(button, ' ');
    }
    const message = document.createElement('span');
    message.className = 'message';
    message.textContent = problem.message;
    item.append(message);
    if (problem.suggestion !== undefined) {
      const suggestion = document.createElement('span');
      suggestion.className = 'suggestion';
      suggestion.textContent = `Did you mean: ${problem.suggestion}`;
      item.append(suggestion);
    }
    if (problem.path !== undefined && problem.path.length > 0) {
      const path = document.createElement('code');
      path.className = 'path';
      path.textContent = formatPath(problem.path);
      item.append(' ', path);
    }
    return item;
  });
  list.replaceChildren(...items);
}

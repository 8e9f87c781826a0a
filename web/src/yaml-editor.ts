import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import {
  lintGutter,
  lintKeymap,
  setDiagnostics,
  type Diagnostic as EditorDiagnostic,
} from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import type { Diagnostic } from '../../src/core.js';
import type { TextChange } from './top-level-field-edit.js';

/** The YAML editor of the page, as the rest of the page uses it. */
export interface YamlEditor {
  readonly view: EditorView;
  text(): string;
  /** Applies a change as one undoable step. */
  apply(change: TextChange): void;
  /** Marks each problem at its line (underline and gutter marker); problems without one are not marked. */
  showProblems(problems: readonly Diagnostic[]): void;
  /** Puts the cursor at a line and column (1-based), scrolls it into view and focuses the editor. */
  goTo(line: number, column?: number): void;
}

/** How the editor is set up. */
export interface YamlEditorOptions {
  readonly text: string;
  /** The id of the element that names the editor, for screen readers. */
  readonly labelledBy: string;
  /** The id of the element that explains the keys. */
  readonly describedBy: string;
  /** Called after every change of the text. */
  readonly onChange: () => void;
}

const focusTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '13px', backgroundColor: '#fff' },
  '&.cm-focused': { outline: '3px solid #1a5fb4', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace' },
  '.cm-gutters': { backgroundColor: '#f3f3f3', color: '#555', borderRight: '1px solid #ddd' },
});

function offsetOf(state: EditorState, line: number, column = 1): { from: number; to: number } {
  const target = state.doc.line(Math.min(Math.max(line, 1), state.doc.lines));
  const from = target.from + Math.min(Math.max(column - 1, 0), target.length);
  // A problem at the end of its line still marks the line, not an empty range after it.
  return from < target.to ? { from, to: target.to } : { from: target.from, to: target.to };
}

/**
 * A CodeMirror 6 editor for the draft: YAML highlighting, line numbers, undo, and problems shown
 * at their lines through CodeMirror's lint support (gutter markers, underlines, F8 to the next).
 * Tab is left to move the focus, so the keyboard can leave the editor.
 *
 * @example
 * ```ts
 * const editor = createYamlEditor(element, { text, labelledBy: 'label', describedBy: 'help', onChange });
 * editor.showProblems(problems);
 * ```
 */
export function createYamlEditor(parent: HTMLElement, options: YamlEditorOptions): YamlEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        yaml(),
        lintGutter(),
        EditorView.lineWrapping,
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.contentAttributes.of({
          // Stated, so that checkers see the scrolling editor reachable by keyboard.
          tabindex: '0',
          'aria-labelledby': options.labelledBy,
          'aria-describedby': options.describedBy,
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange();
        }),
        focusTheme,
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    apply: (change) => {
      view.dispatch({ changes: change, userEvent: 'input.select' });
    },
    showProblems: (problems) => {
      const diagnostics: EditorDiagnostic[] = [];
      for (const problem of problems) {
        if (problem.line === undefined) continue;
        diagnostics.push({
          ...offsetOf(view.state, problem.line, problem.column),
          severity: problem.severity,
          source: problem.code,
          message: problem.message,
        });
      }
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goTo: (line, column) => {
      const { from } = offsetOf(view.state, line, column);
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
      view.focus();
    },
  };
}

// The playground's code editor: CodeMirror 6 (basicSetup: line numbers, auto-indent, bracket
// matching, comment toggling with Mod-/, undo history) with Python highlighting and two themes.
import { basicSetup, EditorView } from "codemirror";
import { python } from "@codemirror/lang-python";
import { oneDark } from "@codemirror/theme-one-dark";
import { Compartment, EditorSelection, Prec } from "@codemirror/state";
import { keymap } from "@codemirror/view";
import { indentWithTab } from "@codemirror/commands";

/** Creates the editor in `parent`; onRun is called for Ctrl/Cmd+Enter, onChange after each edit. */
export function createEditor(parent, { doc, dark, onRun, onChange }) {
  const theme = new Compartment();
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { onRun(); return true; } }])),
      basicSetup,
      keymap.of([indentWithTab]),
      python(),
      theme.of(dark ? oneDark : []),
      EditorView.updateListener.of((u) => { if (u.docChanged) onChange(); }),
    ],
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    setDark(on) { view.dispatch({ effects: theme.reconfigure(on ? oneDark : []) }); },
    /** Puts the cursor at the start of line n (1-based), scrolled into view, and focuses the editor. */
    gotoLine(n) {
      const line = view.state.doc.line(Math.max(1, Math.min(n, view.state.doc.lines)));
      view.dispatch({ selection: EditorSelection.cursor(line.from), scrollIntoView: true });
      view.focus();
    },
    cursorLine: () => view.state.doc.lineAt(view.state.selection.main.head).number,
    focus: () => view.focus(),
  };
}

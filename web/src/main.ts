// The drafting page: the YAML editor, the format and language choices, the live preview, the
// findings and the Word download, all in the browser through chancery's browser-safe core.
import exampleDraft from '../../examples/cambodia-reply.yaml?raw';
import { compareFindings, type Draft, type Finding } from '../../src/core.js';
import { bundledFormats, exampleFormats } from './bundled-formats.js';
import { docxFileName } from './docx-file-name.js';
import { createDraftingSession, type DraftPreview } from './drafting-session.js';
import { problemSummary, renderFindings } from './findings-list.js';
import { createPreviewFrame } from './preview-frame.js';
import { topLevelFieldEdit } from './top-level-field-edit.js';
import { createYamlEditor } from './yaml-editor.js';

// Long enough to let a word be typed, short enough to feel live.
const UPDATE_DELAY_MS = 150;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`the page has no ${type.name} #${id}`);
  return found;
}

const formatSelect = element('format', HTMLSelectElement);
const languageSelect = element('language', HTMLSelectElement);
const emblemInput = element('emblem', HTMLInputElement);
const downloadButton = element('download', HTMLButtonElement);
const staleNote = element('preview-state', HTMLParagraphElement);
const status = element('status', HTMLParagraphElement);
const findings = element('findings', HTMLOListElement);
const frame = createPreviewFrame(element('preview', HTMLIFrameElement));

const session = createDraftingSession({ formats: [...bundledFormats, ...exampleFormats] });
const formatsByName = new Map(session.formats.map((format) => [format.name, format]));
for (const format of session.formats) formatSelect.add(new Option(format.name, format.name));

let timer: ReturnType<typeof setTimeout> | undefined;
let current: DraftPreview | undefined;
let hasPreview = false;
let lastSummary = '';
let lastFindings = '';
let checkFindings: readonly Finding[] = [];
let checkTimer: ReturnType<typeof setTimeout> | undefined;
let languagesShownFor: string | undefined;
let emblem: Uint8Array | undefined;
let downloadUrl: string | undefined;

const editor = createYamlEditor(element('editor', HTMLDivElement), {
  text: exampleDraft,
  labelledBy: 'editor-label',
  describedBy: 'editor-help',
  onChange: () => {
    clearTimeout(timer);
    timer = setTimeout(update, UPDATE_DELAY_MS);
  },
});

function announce(text: string): void {
  status.textContent = text;
}

function showChoices(draft: Draft): void {
  const format = formatsByName.get(draft.format);
  formatSelect.value = format === undefined ? '' : format.name;
  const languages = format?.languages ?? [];
  const key = `${draft.format}|${draft.language}`;
  if (languagesShownFor !== key) {
    languagesShownFor = key;
    const options = languages.map((language) => new Option(language, language));
    if (!languages.includes(draft.language)) {
      options.push(new Option(`${draft.language} (not in this format)`, draft.language));
    }
    languageSelect.replaceChildren(...options);
  }
  languageSelect.value = draft.language;
}

// User Timing marks make each step visible in the browser's profiler and to measuring scripts.
function record(name: string, start: number, duration: number): void {
  performance.clearMeasures(`chancery:${name}`);
  performance.measure(`chancery:${name}`, { start, duration });
}

// Everything listed beside the preview: the preview's problems with what the check last found.
function showFindings(problems: readonly Finding[], final: boolean): void {
  const all = [...problems, ...checkFindings].sort(compareFindings);
  // Most keystrokes change nothing listed: the editor's marks and the list are then left alone.
  const key = JSON.stringify(all);
  if (key !== lastFindings) {
    editor.showProblems(all);
    renderFindings(findings, all, (line, column) => {
      editor.goTo(line, column);
    });
  }
  lastFindings = key;
  // Announced once the check has run, not also on the way there.
  if (!final) return;
  const summary = problemSummary(all);
  if (summary !== lastSummary) announce(summary);
  lastSummary = summary;
}

function check(draft: Draft, text: string, problems: readonly Finding[]): void {
  const start = performance.now();
  checkFindings = session.check(draft, text);
  showFindings(problems, true);
  record('check', start, performance.now() - start);
}

function update(): void {
  clearTimeout(timer);
  clearTimeout(checkTimer);
  timer = undefined;
  const start = performance.now();
  const text = editor.text();
  const preview = session.preview(text, emblem);
  const written = performance.now();
  if (preview.html !== undefined && preview.tree !== undefined) {
    frame.show(preview.html, preview.tree.page.width);
    hasPreview = true;
  }
  const shown = performance.now();
  staleNote.hidden = preview.html !== undefined || !hasPreview;
  const { draft, problems } = preview;
  if (draft === undefined) checkFindings = [];
  showFindings(problems, draft === undefined);
  if (draft !== undefined) showChoices(draft);
  current = preview;
  const end = performance.now();
  const { parse, compose, html } = preview.timings;
  record('parse', start, parse);
  record('compose', start + parse, compose);
  record('html', start + parse + compose, html);
  record('preview', start, written - start);
  record('show', written, shown - written);
  record('update', start, end - start);
  // The rules of drafting practice run in a task of their own, after the preview is on screen.
  if (draft !== undefined) {
    checkTimer = setTimeout(() => {
      check(draft, text, problems);
    }, 0);
  }
}

function choose(field: 'format' | 'language', value: string): void {
  const change = topLevelFieldEdit(editor.text(), field, value);
  if (change === undefined) {
    announce(`The ${field} could not be set: the YAML has to be a valid mapping first.`);
    return;
  }
  editor.apply(change);
  update();
}

async function download(): Promise<void> {
  if (timer !== undefined || current === undefined) update();
  const draft = current?.draft;
  const tree = current?.tree;
  if (draft === undefined || tree === undefined) {
    announce('The draft has errors: correct them (see Findings) to download the Word file.');
    return;
  }
  const bytes = await session.docx(draft, tree);
  if (downloadUrl !== undefined) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([bytes.slice()], { type: DOCX_TYPE }));
  const name = docxFileName(draft);
  const link = document.createElement('a');
  link.href = downloadUrl;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  announce(`Downloaded ${name}.`);
}

formatSelect.addEventListener('change', () => {
  choose('format', formatSelect.value);
});
languageSelect.addEventListener('change', () => {
  choose('language', languageSelect.value);
});
downloadButton.addEventListener('click', () => {
  void download();
});
emblemInput.addEventListener('change', () => {
  const file = emblemInput.files?.[0];
  if (file === undefined) {
    emblem = undefined;
    update();
    return;
  }
  void file.arrayBuffer().then((buffer) => {
    emblem = new Uint8Array(buffer);
    update();
  });
});

update();

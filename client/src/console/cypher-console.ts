import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import type { CypherResponse } from '../api/contract.ts';
import { runCypher } from '../api/endpoints.ts';
import { ApiError, apiToken } from '../api/http.ts';
import { h, notice, nounFor, show } from '../util/dom.ts';
import { consoleBar } from './console-bar.ts';
import { EXAMPLES } from './examples.ts';
import { readHistory, remember, type HistoryEntry } from './history.ts';
import { resultTable } from './result-table.ts';
import { GRAPH_SCHEMA } from './schema.ts';

export type ResultView = 'graph' | 'add' | 'table';

export interface ConsoleEvents {
  /** Draws a result's nodes and relationships, replacing the view or adding to it. */
  graph(graph: CypherResponse['graph'], add: boolean): void;
  /** The query on screen changed (for the address bar). */
  ran(query: string, params: string, view: 'graph' | 'table'): void;
}

const VIEW_LABELS: Record<ResultView, string> = { graph: 'Graph', add: 'Add to graph', table: 'Table' };
const STARTER = 'MATCH (a:Actor)-[r:OPPOSES]->(b:Actor)\nRETURN a, r, b\nLIMIT 50';

/** The Cypher console: editor, parameters, examples, history, and the result as graph or table. */
export class CypherConsole {
  private readonly editor: EditorApi;
  private readonly params = h('textarea', { 'aria-label': 'Parameters (JSON)', placeholder: '{"id": "turkey"}', spellcheck: 'false' });
  private readonly result = h('div', { class: 'console-result', dataset: { testid: 'console-result' } });
  private readonly runButton = h('button', { class: 'button small primary', type: 'button', title: 'Run (Ctrl-Enter)' }, '▶ Run');
  private readonly viewButtons = new Map<ResultView, HTMLButtonElement>();
  private readonly historySelect = h('select', { class: 'select', 'aria-label': 'History' });
  private view: ResultView = 'graph';

  constructor(
    private readonly host: HTMLElement,
    private readonly events: ConsoleEvents,
  ) {
    const editorHost = h('div', { class: 'editor-host', dataset: { testid: 'cypher-editor' } });
    // At run time createCypherEditor answers {editor}, although its declarations say it answers the editor itself.
    const created = createCypherEditor(editorHost, {
      value: STARTER,
      theme: 'light',
      lineNumbers: true,
      lineNumberFormatter: (line: number) => String(line),
      autocomplete: true,
      lint: true,
      schema: GRAPH_SCHEMA,
      tooltipAbsolute: true,
    }) as unknown as { editor: EditorApi };
    this.editor = created.editor;
    const runOnCtrlEnter = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        event.stopPropagation();
        void this.run();
      }
    };
    editorHost.addEventListener('keydown', runOnCtrlEnter, true);
    this.params.addEventListener('keydown', runOnCtrlEnter);
    this.params.addEventListener('input', () => this.params.classList.toggle('invalid', this.parseParams() === null));
    this.runButton.addEventListener('click', () => void this.run());

    const examples = h(
      'select',
      { class: 'select', 'aria-label': 'Examples' },
      h('option', { value: '' }, EXAMPLES.length ? 'Examples…' : 'No examples'),
      ...EXAMPLES.map((example, index) => h('option', { value: String(index) }, example.title)),
    );
    examples.disabled = !EXAMPLES.length;
    examples.addEventListener('change', () => {
      const example = EXAMPLES[Number(examples.value)];
      if (example) this.setQuery(example.query, this.params.value);
      examples.value = '';
    });
    this.historySelect.addEventListener('change', () => {
      const entry = readHistory()[Number(this.historySelect.value)];
      if (entry) {
        this.setQuery(entry.query, entry.params);
      }
      this.historySelect.value = '';
    });
    this.fillHistory(readHistory());

    const segmented = h('div', { class: 'segmented', role: 'group', 'aria-label': 'Show the result as' });
    for (const view of ['graph', 'add', 'table'] as const) {
      const button = h('button', { type: 'button', 'aria-pressed': String(view === this.view), on: { click: () => this.setView(view) } }, VIEW_LABELS[view]);
      this.viewButtons.set(view, button);
      segmented.append(button);
    }

    const bar = consoleBar(() => this.toggle());
    bar.append(h('span', { class: 'spacer' }), examples, this.historySelect);
    show(
      host,
      bar,
      h(
        'div',
        { class: 'console-body' },
        h(
          'div',
          { class: 'console-editor' },
          editorHost,
          h('div', { class: 'params' }, h('label', {}, 'Params'), this.params),
          h('div', { class: 'console-actions' }, this.runButton, segmented),
        ),
        this.result,
      ),
    );
    show(this.result, notice('empty', 'Write a read-only Cypher query and press Ctrl-Enter. Nodes and relationships in the result can be drawn in the graph.'));
  }

  get isOpen(): boolean {
    return this.host.classList.contains('open');
  }

  toggle(open = !this.isOpen): void {
    this.host.classList.toggle('open', open);
    this.host.querySelector('.console-bar .title')?.setAttribute('aria-expanded', String(open));
    if (open) requestAnimationFrame(() => this.editor.focus());
  }

  setQuery(query: string, params = ''): void {
    this.editor.setValue(query);
    this.params.value = params;
    this.params.classList.remove('invalid');
    this.markError(null);
  }

  /** A query from a shared address: shown, never run until the user presses Run (it may come from anyone). */
  offerShared(query: string, params: string): void {
    this.setQuery(query, params);
    this.toggle(true);
    show(this.result, notice('empty', 'This address holds a Cypher query. Read it, then press Run (Ctrl-Enter) to run it.'));
  }

  setView(view: ResultView): void {
    this.view = view;
    for (const [key, button] of this.viewButtons) button.setAttribute('aria-pressed', String(key === view));
  }

  private parseParams(): Record<string, unknown> | null {
    const text = this.params.value.trim();
    if (!text) return {};
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }

  async run(): Promise<void> {
    const text = this.editor.codemirror.state.doc.toString();
    const query = text.trim();
    if (!query) return;
    const params = this.parseParams();
    if (params === null) {
      show(this.result, h('div', { class: 'query-error', role: 'alert' }, h('div', { class: 'where' }, 'Parameters'), 'Parameters must be a JSON object, such as {"id": "turkey"}.'));
      return;
    }
    this.toggle(true);
    this.markError(null);
    this.runButton.disabled = true;
    show(this.result, notice('loading', 'Running…'));
    try {
      const answer = await runCypher(query, params);
      this.fillHistory(remember(query, this.params.value.trim()));
      this.showAnswer(answer);
      this.events.ran(query, this.params.value.trim(), this.view === 'table' ? 'table' : 'graph');
    } catch (error) {
      this.showError(error, text);
    } finally {
      this.runButton.disabled = false;
    }
  }

  private showAnswer(answer: CypherResponse): void {
    const drawable = answer.graph.nodes.length > 0;
    const head = h(
      'div',
      { class: 'result-head' },
      h('span', {}, `${answer.rows.length} ${nounFor(answer.rows.length, 'row')}`),
      drawable ? h('span', {}, `${answer.graph.nodes.length} nodes, ${answer.graph.edges.length} relationships`) : null,
      h('span', {}, `${answer.elapsedMs} ms`),
      answer.truncated ? h('span', { class: 'badge' }, 'truncated') : null,
    );
    if (this.view !== 'table' && drawable) this.events.graph(answer.graph, this.view === 'add');
    const note =
      this.view !== 'table' && !drawable
        ? notice('empty', answer.rows.length ? 'No nodes or relationships to draw; here is the table.' : 'The query matched nothing.')
        : null;
    show(this.result, head, note, answer.rows.length ? resultTable(answer.columns, answer.rows) : null);
  }

  /** Shows a failed run of `text` (the editor's text; the query sent was that text trimmed). */
  private showError(error: unknown, text: string): void {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) return this.askForToken();
    const position = error.body.position && inEditor(error.body.position, text);
    const where = position ? `Line ${position.line}, column ${position.column}` : error.unavailable ? 'Database unavailable' : error.status === 404 ? 'Not available' : 'Query failed';
    const line = position ? text.split('\n')[position.line - 1] : undefined;
    show(
      this.result,
      h(
        'div',
        { class: 'query-error', role: 'alert', dataset: { testid: 'query-error' } },
        h('div', { class: 'where' }, where),
        // Neo4j's message ends with its own copy of the line and a caret; the line is shown once, below.
        error.message.split('\n')[0],
        error.body.code ? h('div', { class: 'meta' }, error.body.code) : null,
        line !== undefined && position ? h('pre', {}, `${line}\n${' '.repeat(Math.max(0, position.column - 1))}^`) : null,
      ),
    );
    if (position) this.markError(position.offset, error.message);
  }

  /** The server has API_TOKEN set: the token is asked for once, kept in this browser, and the query run again. */
  private askForToken(): void {
    const input = h('input', { class: 'input', type: 'password', name: 'token', autocomplete: 'off', 'aria-label': 'API token' });
    const form = h(
      'form',
      { class: 'query-error', role: 'alert', dataset: { testid: 'token-prompt' } },
      h('div', { class: 'where' }, 'API token needed'),
      'This server runs queries only with its API token. Enter it to run this query (it is kept in this browser).',
      h('div', { class: 'console-actions' }, input, h('button', { class: 'button small primary', type: 'submit' }, 'Save and run')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!input.value.trim()) return;
      apiToken.set(input.value.trim());
      void this.run();
    });
    show(this.result, form);
    input.focus();
  }

  /** Underlines the token at `offset` in the editor (or clears the mark). */
  private markError(offset: number | null, message = ''): void {
    const view = this.editor.codemirror;
    // The editor package's declarations load @codemirror/state as CommonJS, ours as ESM: same runtime objects, two type identities.
    const state = view.state as unknown as Parameters<typeof setDiagnostics>[0];
    const dispatch = (diagnostics: Diagnostic[]) => view.dispatch(setDiagnostics(state, diagnostics) as unknown as Parameters<typeof view.dispatch>[0]);
    if (offset === null) return dispatch([]);
    const doc = state.doc.toString();
    const from = Math.min(Math.max(0, offset), doc.length);
    const to = Math.min(doc.length, from + (/^[\w$`.]+/.exec(doc.slice(from))?.[0].length ?? 1));
    dispatch([{ from, to, severity: 'error', message }]);
    this.editor.setPosition(from);
  }

  private fillHistory(entries: HistoryEntry[]): void {
    show(
      this.historySelect,
      h('option', { value: '' }, entries.length ? `History (${entries.length})` : 'No history'),
      ...entries.map((entry, index) => h('option', { value: String(index), title: entry.query }, entry.query.replace(/\s+/g, ' ').slice(0, 60))),
    );
    this.historySelect.disabled = !entries.length;
  }
}

type Position = { line: number; column: number; offset: number };

/** A position in the trimmed query sent, as a position in the editor's `text` (which may start with blank lines). */
function inEditor(position: Position, text: string): Position {
  const lead = text.slice(0, text.length - text.trimStart().length);
  const leadLines = lead.split('\n');
  const firstLineShift = leadLines.at(-1)!.length;
  return {
    line: position.line + leadLines.length - 1,
    column: position.line === 1 ? position.column + firstLineShift : position.column,
    offset: position.offset + lead.length,
  };
}

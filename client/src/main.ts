import { Explorer } from './app.ts';
import { bindShortcuts, helpDialog, type Shortcut } from './shortcuts.ts';
import { byId } from './util/dom.ts';
import './styles.css';

const explorer = new Explorer();
const help = byId<HTMLDialogElement>('help-dialog');

const shortcuts: Shortcut[] = [
  { keys: '/', does: 'Search an actor', run: () => explorer.search.input.focus() },
  { keys: 'p', does: 'Shortest path between two actors', run: () => explorer.openPathBar() },
  { keys: 'n', does: 'Insights of this view: balance, blocs, flips, centrality', run: () => explorer.openInsights() },
  { keys: 'f', does: 'Fit the graph to the window', run: () => explorer.fit() },
  { keys: 'l', does: 'Lay the graph out again', run: () => explorer.relayout() },
  { keys: '`', does: 'Open or close the Cypher console', run: () => explorer.toggleConsole() },
  { keys: 'i', does: 'Add an article', run: () => explorer.importDialog.open() },
  { keys: 'c', does: 'Corrections: list, undo, export, import', run: () => void explorer.corrections.open() },
  { keys: 'v', does: 'Review: low-confidence claims (a approve, r reject, j/k move) and likely duplicates', run: () => void explorer.review.open() },
  { keys: '?', does: 'This help', run: () => help.showModal() },
  { keys: 'Ctrl Enter', does: 'Run the query (in the console)' },
  { keys: 'Esc', does: 'Close a menu, a dialog or the suggestions' },
  { keys: 'Click', does: 'An actor: its profile · a relation: its evidence' },
  { keys: 'Double-click', does: 'An actor: bring in its neighbours' },
  { keys: 'Shift Click', does: 'Add an actor to the selection, or take it out (for export)' },
  { keys: 'Shift drag', does: 'Select several actors (for export)' },
];

bindShortcuts(shortcuts);
helpDialog(help, shortcuts);
byId('help-button').addEventListener('click', () => help.showModal());

// The Cytoscape instance, for the browser's console (as in Cytoscape's own demos), the browser tests and the benchmark.
Object.assign(window, { cy: explorer.view.cy });

void explorer.start();

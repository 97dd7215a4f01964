import { byId } from '../util/dom.ts';

/** The buttons at either end of the graph's bar that put the filters and the details panel away and bring them back. */
export function bindPanelToggles(workspace: HTMLElement, resized: () => void): void {
  const sides = [
    { button: byId('filters-toggle'), className: 'filters-hidden', what: 'filters', arrows: ['⟨', '⟩'] },
    { button: byId('details-toggle'), className: 'details-hidden', what: 'details', arrows: ['⟩', '⟨'] },
  ];
  for (const { button, className, what, arrows } of sides) {
    button.addEventListener('click', () => {
      const hidden = workspace.classList.toggle(className);
      button.setAttribute('aria-expanded', String(!hidden));
      button.title = `${hidden ? 'Show' : 'Hide'} the ${what}`;
      button.setAttribute('aria-label', button.title);
      button.textContent = arrows[hidden ? 1 : 0]!;
      resized();
    });
  }
}

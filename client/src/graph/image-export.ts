import type cytoscape from 'cytoscape';

/** PNG and SVG pictures of the graph, of everything drawn or of the selection only. */

export type ImageFormat = 'png' | 'svg';

/** Hides what is not selected while `draw` runs, so the picture holds the selection alone. */
function withOnly<T>(cy: cytoscape.Core, selectionOnly: boolean, draw: () => T): T {
  if (!selectionOnly) return draw();
  const selected = cy.elements(':selected');
  const kept = selected.union(selected.edgesWith(selected));
  const hidden = cy.elements().not(kept);
  hidden.addClass('export-hidden');
  try {
    return draw();
  } finally {
    hidden.removeClass('export-hidden');
  }
}

export function graphImage(cy: cytoscape.Core, format: ImageFormat, selectionOnly: boolean): Blob {
  return withOnly(cy, selectionOnly, () => {
    if (format === 'png') return cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }) as unknown as Blob;
    const svg = (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
    return new Blob([svg], { type: 'image/svg+xml' });
  });
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

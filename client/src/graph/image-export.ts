import type cytoscape from 'cytoscape';
import { framePicture, type Caption } from './picture-frame.ts';

/** PNG and SVG pictures of the graph, of everything drawn or of the selection only, with a caption and the legend. */

export type ImageFormat = 'png' | 'svg';

/** PNG pictures are drawn at twice the screen's size. */
const PNG_SCALE = 2;

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

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = url;
  });
}

async function framedSvg(cy: cytoscape.Core, caption: Caption): Promise<Blob> {
  const text = (cy as unknown as { svg(options: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
  const graph = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
  const size = { width: Number.parseFloat(graph.getAttribute('width') ?? '0'), height: Number.parseFloat(graph.getAttribute('height') ?? '0') };
  const frame = framePicture(document.importNode(graph, true), size, caption, 1);
  return new Blob([new XMLSerializer().serializeToString(frame)], { type: 'image/svg+xml' });
}

/** The graph's PNG placed in the frame, and the whole drawn again onto a canvas. */
async function framedPng(cy: cytoscape.Core, caption: Caption): Promise<Blob> {
  const graphUrl = cy.png({ output: 'base64uri', full: true, scale: PNG_SCALE, bg: '#ffffff' });
  const graph = await loadImage(graphUrl);
  const image = document.createElementNS('http://www.w3.org/2000/svg', 'image');
  image.setAttribute('href', graphUrl);
  const frame = framePicture(image, { width: graph.naturalWidth, height: graph.naturalHeight }, caption, PNG_SCALE);
  const frameUrl = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(frame)], { type: 'image/svg+xml' }));
  try {
    const picture = await loadImage(frameUrl);
    const canvas = Object.assign(document.createElement('canvas'), { width: picture.naturalWidth, height: picture.naturalHeight });
    canvas.getContext('2d')!.drawImage(picture, 0, 0);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(frameUrl);
  }
}

export function graphImage(cy: cytoscape.Core, format: ImageFormat, selectionOnly: boolean, caption: Caption): Promise<Blob> {
  // The drawing is taken while the rest is hidden; framing it can wait.
  return withOnly(cy, selectionOnly, () => (format === 'png' ? framedPng(cy, caption) : framedSvg(cy, caption)));
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

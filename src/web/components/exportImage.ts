// Saves a drawn map or chart (any <svg>) as an SVG file or a 2x PNG, for briefings and reports.

const svgNamespace = 'http://www.w3.org/2000/svg';

/** A safe file name: "Coverage 1 Jan 2005" -> "coverage-1-jan-2005.png". */
export function exportFileName(name: string, extension: 'svg' | 'png'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.(svg|png)$/, '')
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${stem || 'image'}.${extension}`;
}

/** The drawing's own size (its viewBox), which the exported file keeps whatever size it has on screen. */
export function drawingSize(viewBox: string | null, fallback: { width: number; height: number }): { width: number; height: number } {
  const parts = (viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length === 4 && parts[2] > 0 && parts[3] > 0) return { width: parts[2], height: parts[3] };
  return fallback;
}

/** Standalone SVG text: namespaced, sized, on a white background, without the page's focus handlers. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const box = svg.getBoundingClientRect();
  const { width, height } = drawingSize(svg.getAttribute('viewBox'), { width: box.width || 800, height: box.height || 600 });
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', svgNamespace);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('style');
  for (const focusable of copy.querySelectorAll('[tabindex]')) focusable.removeAttribute('tabindex');
  const background = document.createElementNS(svgNamespace, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  const title = copy.querySelector('title');
  copy.insertBefore(background, title ? title.nextSibling : copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the URL after click returns; give it a moment before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement, name: string): void {
  offerDownload(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), exportFileName(name, 'svg'));
}

/** Renders the SVG onto a canvas at `scale` times its drawing size (2x: sharp on high-density screens and in print). */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const markup = standaloneSvg(svg);
  const { width, height } = drawingSize(svg.getAttribute('viewBox'), { width: 800, height: 600 });
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the drawing could not be rendered as an image'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadPng(svg: SVGSVGElement, name: string, scale = 2): Promise<void> {
  offerDownload(await svgToPngBlob(svg, scale), exportFileName(name, 'png'));
}

/** Shows HTML previews in a sandboxed frame, keeping the reader's place between updates. */
export interface PreviewFrame {
  /** Shows a preview whose sheets are `pageWidth` points wide. */
  show(html: string, pageWidth: number): void;
}

// The margin the preview page keeps around a sheet, in CSS pixels, with room for a scroll bar.
const SHEET_MARGIN_PX = 40;
const PX_PER_PT = 96 / 72;

/**
 * Shows each preview in the frame, scaled down to fit its width when the sheet is wider. The
 * first is loaded as the frame's `srcdoc` (so its doctype and content security policy apply);
 * later ones replace the frame's document element in place, which neither flashes nor scrolls
 * back to the top as a reload would. The frame is sandboxed without scripts; same-origin only so
 * that the page can write into it.
 *
 * @example
 * ```ts
 * const frame = createPreviewFrame(document.querySelector('iframe')!);
 * frame.show(writeHtml(tree), tree.page.width);
 * ```
 */
export function createPreviewFrame(frame: HTMLIFrameElement): PreviewFrame {
  let loaded = false;
  let sheetWidth = 0;
  const fit = (): void => {
    const root = frame.contentDocument?.documentElement;
    if (!loaded || root === undefined || sheetWidth === 0) return;
    const scale = Math.min(1, (frame.clientWidth - SHEET_MARGIN_PX) / (sheetWidth * PX_PER_PT));
    root.style.zoom = scale > 0 ? scale.toFixed(3) : '1';
  };
  frame.addEventListener('load', () => {
    loaded = frame.srcdoc !== '';
    fit();
  });
  new ResizeObserver(fit).observe(frame);
  return {
    show: (html, pageWidth) => {
      sheetWidth = pageWidth;
      const document = frame.contentDocument;
      const window = frame.contentWindow;
      if (!loaded || document === null || window === null) {
        frame.srcdoc = html;
        return;
      }
      const { scrollX, scrollY } = window;
      const next = new DOMParser().parseFromString(html, 'text/html').documentElement;
      document.replaceChild(document.importNode(next, true), document.documentElement);
      fit();
      window.scrollTo(scrollX, scrollY);
    },
  };
}

/** A 2x1 PNG: an emblem small enough to write into any test's draft or format. */
export const TINY_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyZGBgAI8kC/0cxZy8AAAAASUVORK5CYII=',
    'base64',
  ),
);

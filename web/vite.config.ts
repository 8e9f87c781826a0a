import { defineConfig } from 'vite';

// The drafting page: `npm run web` serves it, `npm run web:build` writes it to web/dist/ as
// plain files that any web server (or none beyond a static one) can serve.
export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs, so the built page works from any folder of any server.
  base: './',
  // A format may ship its Word styles as a reference .docx; it is bundled like an image.
  assetsInclude: ['**/*.docx'],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The page is one application; its size is measured and reported rather than warned about.
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompileMessages } from './build/precompile-messages';

// One page for both surfaces (#/console and #/display), each surface's code in
// its own chunk so the room display loads only what it shows. Relative asset
// paths so the same build loads from app:// in Electron and from the browser host.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [precompileMessages(), react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No inline scripts or data URLs for modules: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // React in a chunk of its own, named so: both surfaces share it, and a reader of dist/ sees what is what.
        codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
});

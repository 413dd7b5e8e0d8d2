import vue from '@vitejs/plugin-vue';
import {defineConfig} from 'vite';

export default defineConfig({
  // Tell Vue's template compiler that meso-* tags are custom elements, not Vue components.
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('meso-')}}})],
});

import {createApp} from 'vue';
import 'meso-widgets';
import type {} from 'meso-widgets/vue';
import App from './App.vue';

createApp(App).mount('#app');

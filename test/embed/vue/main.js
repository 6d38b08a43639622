import { createApp } from 'vue';
import 'samskaping-elements/define';
import App from './App.vue';

createApp(App).mount('#app');

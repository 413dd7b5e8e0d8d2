import '../../src/locales/es.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('es');

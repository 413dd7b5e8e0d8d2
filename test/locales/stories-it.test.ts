import '../../src/locales/it.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('it');

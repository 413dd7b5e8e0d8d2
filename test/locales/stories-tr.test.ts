import '../../src/locales/tr.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('tr');

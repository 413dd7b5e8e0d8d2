import '../../src/locales/ru.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('ru');

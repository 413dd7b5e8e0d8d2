import '../../src/locales/pl.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('pl');

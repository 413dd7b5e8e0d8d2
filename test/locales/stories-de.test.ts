import '../../src/locales/de.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('de');

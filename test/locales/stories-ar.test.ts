import '../../src/locales/ar.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('ar');

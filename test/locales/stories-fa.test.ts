import '../../src/locales/fa.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('fa');

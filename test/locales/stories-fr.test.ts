import '../../src/locales/fr.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('fr');

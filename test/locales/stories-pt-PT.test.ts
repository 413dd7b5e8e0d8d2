import '../../src/locales/pt-PT.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('pt-PT');

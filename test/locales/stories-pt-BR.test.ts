import '../../src/locales/pt-BR.js';
import {checkStoriesIn} from './stories.js';

checkStoriesIn('pt-BR');

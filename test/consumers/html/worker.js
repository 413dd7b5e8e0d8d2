import {recommendTreatment} from './package/dist/logic.js';

postMessage(recommendTreatment(['texture']).recommendation);

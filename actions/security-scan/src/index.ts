import { main } from '../../../shared/action/main.js';
import { action } from './action.js';

await main(action);

import baseConfig from '../../eslint.config.mjs';
import { angularRules } from '../../eslint.angular.config.mjs';

export default [...angularRules, ...baseConfig];

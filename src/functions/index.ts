// Every custom function Sheets can call. Each export's JSDoc becomes its autocomplete help.
export { NPS } from './nps';
export { NPS_MOE } from './npsMoe';
export { NPS_BY } from './npsBy';
export { NPS_TEST } from './npsTest';
export { CES } from './ces';
export { CSAT } from './csat';
export { TOUCHPOINT_GAP } from './touchpointGap';
export { TOUCHPOINT_VALUE } from './touchpointValue';
export { NPS_VALUE } from './npsValue';

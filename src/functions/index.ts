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
export { DRIVERS } from './drivers';
export { NPS_CI } from './npsCi';
export { NPS_TREND } from './npsTrend';
export { NPS_SAMPLE_SIZE } from './npsSampleSize';
export { CSAT_BY } from './csatBy';
export { CES_BY } from './cesBy';
export { THEMES } from './themes';

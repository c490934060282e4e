// Every custom function Sheets can call. Each export's JSDoc becomes its autocomplete help.
export { NPS } from './nps';

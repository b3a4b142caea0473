// What other areas may use of the network: the front office's intake of support requests (the portal's hotline
// opens a case in the same transaction as the request).
export { openFrontOfficeCase } from './front-office/intake.ts';

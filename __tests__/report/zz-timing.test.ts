import { it } from '@jest/globals';
import { buildSarif } from '../../src/report/sarif.js';
import { instance, policyRun, runResult } from './helpers.js';
it('t', () => {
  let t = Date.now();
  const lows = Array.from({ length: 25000 }, (_, i) => instance(i + 1));
  console.log('make', Date.now() - t); t = Date.now();
  const b = buildSarif(runResult({ policies: [policyRun('low', { severity: 'low', resources: lows }), policyRun('c', { severity: 'critical', resources: [instance(1)] })] }));
  console.log('build', Date.now() - t, b.json.length);
});

import { formDetectionTimes } from './forms';
const typical = await formDetectionTimes([500, 2000, 5000], 11);
const worst = await formDetectionTimes([500, 2000, 5000], 11, 'User name');
console.log(JSON.stringify({ typical, worst }));

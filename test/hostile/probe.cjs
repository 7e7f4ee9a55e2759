// Preloaded (--require) into the CLI processes of the hostile-input suite: on exit, writes the process's
// peak resident memory (KB, worker threads included) to the file named by ITU_PROBE.
'use strict';
const fs = require('fs');
if (process.env.ITU_PROBE) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(process.env.ITU_PROBE, String(process.resourceUsage().maxRSS));
    } catch {
      // the suite reports a missing measure
    }
  });
}

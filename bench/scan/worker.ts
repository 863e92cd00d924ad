// Worker thread entry for the benchmark's multi-threaded run (the action bundle re-enters itself instead).
import { runScanWorkerIfWorker } from '../../actions/security-scan/src/engine/worker-pool.js';

runScanWorkerIfWorker();

import { type Logger, where } from '../../../shared/core/logger.js';

/** A logger that records every call, for tests. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warning: (m, p) => lines.push(`warning: ${where(p)}${m}`),
    error: (m, p) => lines.push(`error: ${where(p)}${m}`),
    notice: (m, p) => lines.push(`notice: ${where(p)}${m}`),
    isDebug: () => true,
    startGroup: (n) => lines.push(`group: ${n}`),
    endGroup: () => lines.push('endgroup'),
  };
}

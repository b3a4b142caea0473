// The observatory's scoring: what other modules (CLI, imports, scheduler, tests) may call.
export { periodEnding, previousEnd, WINDOW_KINDS } from './periods.ts';
export {
  computeScores,
  loadWeights,
  type PeriodSummary,
  saveWeights,
  scoreAll,
  scorePeriod,
  scoresVersion,
} from './scoring.service.ts';

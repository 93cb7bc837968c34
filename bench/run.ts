import { benchmarkResearch } from './research.ts';
import { benchmarkStartup } from './startup.ts';
import { benchmarkSurveys, surveyBenchOptions } from './surveys.ts';

/**
 * `npm run bench`: Kuule's benchmarks, each printed with its ratio to a baseline measured in the same run
 * on the same machine, and with the target it is held to. Timings never go into tests.
 *
 * BENCH_ONLY=startup, BENCH_ONLY=surveys or BENCH_ONLY=research runs one of them; see surveys.ts and
 * research.ts for their settings.
 */
const only = process.env.BENCH_ONLY;
const runs = Number(process.env.BENCH_RUNS ?? 5);
console.log(`Kuule benchmarks on Node ${process.version}, ${runs} runs each (median)\n`);

if (!only || only === 'startup') {
  const startup = await benchmarkStartup(runs);
  const rows = [
    ['bare Node.js HTTP server to first 200 (baseline)', startup.baseline, 1, '—'],
    [
      'npm start, existing data dir, to first 200 /healthz',
      startup.existing,
      startup.existing / startup.baseline,
      '≤ 2000 ms',
    ],
    [
      'npm start, empty data dir (create + seed), to first 200',
      startup.empty,
      startup.empty / startup.baseline,
      '≤ 15000 ms',
    ],
  ] as const;
  console.log('| measurement | median ms | × baseline | target |');
  console.log('| --- | ---: | ---: | --- |');
  for (const [name, ms, ratio, target] of rows) {
    console.log(`| ${name} | ${ms.toFixed(0)} | ${ratio.toFixed(1)} | ${target} |`);
  }
  const verdict = (ms: number, limit: number) => (ms <= limit ? 'meets' : 'MISSES');
  console.log(
    `\nexisting data dir: ${verdict(startup.existing, 2000)} its target; empty data dir: ${verdict(startup.empty, 15000)} its target`,
  );
}

if (!only || only === 'surveys') {
  console.log('\n## Surveys\n');
  await benchmarkSurveys(surveyBenchOptions());
}

if (!only || only === 'research') {
  console.log('\n## Research (audiences and invitations)\n');
  await benchmarkResearch();
}

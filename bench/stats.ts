// Figures every benchmark prints the same way. Benchmarks print numbers and ratios against a
// baseline measured in the same run; they assert nothing and are not part of `npm test`.

export interface Summary {
	count: number;
	medianMs: number;
	p95Ms: number;
	meanMs: number;
	perSecond: number;
}

export function summarize(samplesMs: number[], wallMs?: number): Summary {
	const sorted = [...samplesMs].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	const total = samplesMs.reduce((sum, value) => sum + value, 0);
	return {
		count: sorted.length,
		medianMs: at(0.5),
		p95Ms: at(0.95),
		meanMs: total / sorted.length,
		perSecond: (sorted.length / (wallMs ?? total)) * 1000,
	};
}

/** Times `run` once per input, synchronously, after a warm-up; returns per-call milliseconds. */
export function timeEach<T>(inputs: T[], run: (input: T) => unknown, warmup = 500): number[] {
	for (let i = 0; i < Math.min(warmup, inputs.length); i++) run(inputs[i]);
	const samples: number[] = [];
	for (const input of inputs) {
		const started = process.hrtime.bigint();
		run(input);
		samples.push(Number(process.hrtime.bigint() - started) / 1e6);
	}
	return samples;
}

export function formatRow(name: string, summary: Summary): string {
	return `${name.padEnd(44)} median ${summary.medianMs.toFixed(4).padStart(9)} ms   p95 ${summary.p95Ms
		.toFixed(4)
		.padStart(9)} ms   ${Math.round(summary.perSecond).toString().padStart(8)}/s   (n=${summary.count})`;
}

/** Runs `total` calls of `once` with at most `concurrency` in flight; its latencies and wall time summarized. */
export async function runConcurrently(total: number, concurrency: number, once: () => Promise<number>): Promise<Summary> {
	const started = Date.now();
	let next = 0;
	const latencies: number[] = [];
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) {
				next++;
				latencies.push(await once());
			}
		}),
	);
	return summarize(latencies, Date.now() - started);
}

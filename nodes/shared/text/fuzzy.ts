// One-typo tolerance, shared by both detectors.

/** Whether two words differ by at most one edit: one letter changed, added, removed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length > b.length) return withinOneEdit(b, a);
	let start = 0;
	while (start < a.length && a[start] === b[start]) start++;
	if (a.length === b.length) {
		if (a.slice(start + 1) === b.slice(start + 1)) return true;
		return a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2);
	}
	return b.length - a.length === 1 && a.slice(start) === b.slice(start + 1);
}

import { KnowledgeBaseError } from '../../../nodes/KnowledgeBase/errors';
import { documentIdsFilter, normalizeFilter } from '../../../nodes/KnowledgeBase/filter';

function refusal(filter: unknown): string {
	try {
		normalizeFilter(filter);
	} catch (error) {
		expect(error).toBeInstanceOf(KnowledgeBaseError);
		expect((error as KnowledgeBaseError).kind).toBe('invalid_input');
		return (error as Error).message;
	}
	throw new Error(`accepted ${JSON.stringify(filter)}`);
}

describe('metadata filters', () => {
	it.each([[undefined], [null], [''], ['  '], [{}], ['{}']])('treats %j as no filter', (filter) => {
		expect(normalizeFilter(filter)).toBeUndefined();
	});

	it('turns equality shorthand into $eq', () => {
		expect(normalizeFilter({ source: 'faq' })).toEqual({ source: { $eq: 'faq' } });
		expect(normalizeFilter({ active: true })).toEqual({ active: { $eq: true } });
		expect(normalizeFilter({ year: 2026 })).toEqual({ year: { $eq: 2026 } });
	});

	it('accepts $in on documentId, source or any field', () => {
		expect(normalizeFilter({ documentId: { $in: ['precos', 'horarios'] } })).toEqual({ documentId: { $in: ['precos', 'horarios'] } });
		expect(normalizeFilter({ specialty: { $nin: ['pediatria'] } })).toEqual({ specialty: { $nin: ['pediatria'] } });
	});

	it('combines several fields with $and', () => {
		expect(normalizeFilter({ source: 'faq', lang: 'pt' })).toEqual({ $and: [{ source: { $eq: 'faq' } }, { lang: { $eq: 'pt' } }] });
	});

	it('splits several operators on one field into $and', () => {
		expect(normalizeFilter({ price: { $gte: 50, $lt: 200 } })).toEqual({ $and: [{ price: { $gte: 50 } }, { price: { $lt: 200 } }] });
	});

	it('keeps $or and $and, flattening single-item lists', () => {
		expect(normalizeFilter({ $or: [{ source: 'faq' }, { kind: { $in: ['price'] } }] })).toEqual({
			$or: [{ source: { $eq: 'faq' } }, { kind: { $in: ['price'] } }],
		});
		expect(normalizeFilter({ $and: [{ source: 'faq' }] })).toEqual({ source: { $eq: 'faq' } });
	});

	it('parses JSON text, as a node parameter gives it', () => {
		expect(normalizeFilter('{"documentId": {"$in": ["a", "b"]}}')).toEqual({ documentId: { $in: ['a', 'b'] } });
	});

	it.each([
		['{source: faq}', /not valid JSON/],
		[[{ source: 'faq' }], /must be an object/],
		['"faq"', /must be an object/],
		[{ source: { city: 'Recife' } }, /"city".*not an operator/],
		[{ source: ['a', 'b'] }, /must be a value .* or an operator/],
		[{ source: null }, /must be a value/],
		[{ source: {} }, /has no operator/],
		[{ source: { $in: [] } }, /non-empty list/],
		[{ source: { $in: 'faq' } }, /non-empty list/],
		[{ source: { $in: [{ a: 1 }] } }, /only texts, numbers/],
		[{ source: { $in: ['a', 1] } }, /mixes kinds/],
		[{ price: { $gt: '10' } }, /must be a number/],
		[{ price: { $eq: Number.NaN } }, /text, a number or true\/false/],
		[{ price: { $regex: 'a.*' } }, /"\$regex".*not an operator.*\$eq/],
		[{ $not: { source: 'faq' } }, /"\$not" where a field name/],
		[{ $or: [] }, /non-empty list/],
		[{ $or: { source: 'faq' } }, /non-empty list/],
		[{ $or: ['faq'] }, /filter\.\$or\[0\] must be an object/],
		[{ '#document': 'x' }, /not a metadata field/],
	])('refuses %j clearly', (filter, message) => {
		expect(refusal(filter)).toMatch(message);
	});

	it('refuses nesting deeper than six levels', () => {
		let filter: Record<string, unknown> = { source: 'faq' };
		for (let i = 0; i < 8; i++) filter = { $and: [filter, { x: i }] };
		expect(refusal(filter)).toMatch(/nested more than 6/);
	});

	it('refuses huge $in lists', () => {
		expect(refusal({ documentId: { $in: Array.from({ length: 1001 }, (_, i) => `d${i}`) } })).toMatch(/more than 1000/);
	});

	it('names where the problem is', () => {
		expect(refusal({ $or: [{ source: 'faq' }, { price: { $gt: 'x' } }] })).toContain('filter.$or[1].price.$gt');
	});

	it('builds document id filters', () => {
		expect(documentIdsFilter(['a'])).toEqual({ documentId: { $eq: 'a' } });
		expect(documentIdsFilter(['a', 'b'])).toEqual({ documentId: { $in: ['a', 'b'] } });
	});
});

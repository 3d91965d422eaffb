import { chooseOffer, type OfferState } from '../../../nodes/CartRecovery/offer';

// The offer rule: original link first, the discount only after a price objection or above the
// threshold, at most N new discount offers, and a discount once offered stands.
const fresh: OfferState = { hasDiscountLink: true, valueCents: 19990, discountOffers: 0, offeredLink: null };
const offered: OfferState = { ...fresh, discountOffers: 1, offeredLink: 'discount' };
const rules = { maxDiscountOffers: 1 };

describe('chooseOffer', () => {
	it.each([
		['no objection: original', fresh, false, rules, { linkType: 'original', newDiscountOffer: false, reason: 'original_first' }],
		['objection: discount', fresh, true, rules, { linkType: 'discount', newDiscountOffer: true, reason: 'price_objection' }],
		[
			'objection without a discount link',
			{ ...fresh, hasDiscountLink: false },
			true,
			rules,
			{ linkType: 'original', newDiscountOffer: false, reason: 'no_discount_link' },
		],
		[
			'objection with the limit at 0',
			fresh,
			true,
			{ maxDiscountOffers: 0 },
			{ linkType: 'original', newDiscountOffer: false, reason: 'discount_limit_reached' },
		],
		[
			'second objection after one offer: it stands, not a new offer',
			offered,
			true,
			rules,
			{ linkType: 'discount', newDiscountOffer: false, reason: 'discount_already_offered' },
		],
		[
			'no objection after an offer: it stands',
			offered,
			false,
			rules,
			{ linkType: 'discount', newDiscountOffer: false, reason: 'discount_already_offered' },
		],
		[
			'second objection with two offers allowed',
			offered,
			true,
			{ maxDiscountOffers: 2 },
			{ linkType: 'discount', newDiscountOffer: true, reason: 'price_objection' },
		],
		[
			'at the threshold',
			fresh,
			false,
			{ maxDiscountOffers: 1, discountThresholdCents: 19990 },
			{ linkType: 'discount', newDiscountOffer: true, reason: 'value_threshold' },
		],
		[
			'under the threshold',
			fresh,
			false,
			{ maxDiscountOffers: 1, discountThresholdCents: 19991 },
			{ linkType: 'original', newDiscountOffer: false, reason: 'original_first' },
		],
		[
			'objection under the threshold',
			fresh,
			true,
			{ maxDiscountOffers: 1, discountThresholdCents: 50000 },
			{ linkType: 'discount', newDiscountOffer: true, reason: 'price_objection' },
		],
		[
			'after the original was offered',
			{ ...fresh, offeredLink: 'original' },
			false,
			rules,
			{ linkType: 'original', newDiscountOffer: false, reason: 'original_first' },
		],
	] as const)('%s', (_title, state, objection, offerRules, expected) => {
		expect(chooseOffer(state as OfferState, objection, offerRules)).toEqual(expected);
	});
});

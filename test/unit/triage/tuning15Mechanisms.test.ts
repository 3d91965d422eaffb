// Mechanisms the red-flag rules learned from tuning set 15's false alarms, each checked with wordings
// written fresh for this test (none is copied from a set): the rules alone must leave each look-alike
// alone and still escalate the close emergency.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const NON_EMERGENCIES: [string, Profile][] = [
	// a workmate's event; an earlier pregnancy; a newborn's history
	['minha colega de trabalho teve um AVC mês passado, tô preocupada, quero medir a pressão', 'human'],
	['cuando estaba embarazada de mi primera hija tuve sangrado y reposo, ahora quiero buscar otro bebé', 'human'],
	['she was on oxygen as a newborn because she kept stopping breathing, now she is 4 and fine, need her records', 'human'],
	// a pregnancy blood test; an inhaler that worked; surgery that ended it
	['quanto tempo demora o resultado do beta no sangue?', 'human'],
	['wheezy last night but the inhaler sorted it, breathing normal this morning', 'human'],
	['he swallowed a sock last month, had surgery to get it out and is eating well again. can we book a check?', 'veterinary'],
];

const EMERGENCIES: [string, Profile][] = [
	// someone else's event, undated, with a plea for what to do now
	['meu tio teve um infarto, o que eu faço?', 'human'],
	['mi vecino tuvo una convulsión, qué hago?', 'human'],
	['my neighbour had a heart attack, what do I do?', 'human'],
	// a workmate's emergency going on now
	['meu colega de trabalho tá com dor no peito e suando frio agora', 'human'],
	// still struggling after the inhaler
	['used the inhaler 6 times and still cant breathe, lips going blue', 'human'],
];

describeWordings('Scope mechanisms learned from tuning set 15', EMERGENCIES, NON_EMERGENCIES);

// Families of everyday words the red-flag catalogue gained from the misses of the sets spent up to
// blind set 14, each checked with wordings written fresh for this test (none is copied from a set):
// the rules alone escalate each emergency and leave the look-alikes alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const EMERGENCIES: [string, Profile][] = [
	// urinary retention
	["my grandad can't pass water since this morning and his belly is swollen", 'human'],
	['meu pai não consegue mijar desde ontem e a barriga tá inchada', 'human'],
	// a floppy baby who will not wake to feed
	['my 5 week old is floppy like a rag doll and won’t wake for feeds', 'human'],
	// a head knock on a blood thinner
	['mi abuela toma rivaroxaban y se dio en la frente al caerse, tiene un chichón', 'human'],
	// a crash at speed, a seat-belt mark
	['we got rear-ended on the motorway, my son has a red mark where the seatbelt was and his tummy hurts', 'human'],
	// waters breaking early
	['a bolsa estourou agora e eu tô com 32 semanas', 'human'],
	// a blocked cat told plainly
	['my neutered tom keeps going to the litter box but not much coming out', 'veterinary'],
	// a battery swallowed
	['socorro meu filho engoliu bateria do controle', 'human'],
	// a dog's back legs gone
	['mi perro anda como borracho de atrás y arrastra las patitas desde esta tarde', 'veterinary'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	['the booking app crashed twice, can you book me in for Thursday?', 'human'],
	['my toddler crashed out on the sofa after the party, all good, just booking his jabs', 'human'],
	['found the missing remote battery under the sofa, false alarm, he is fine', 'human'],
];

describeWordings('blind set 14 vocabulary', EMERGENCIES, NON_EMERGENCIES);

// Families of everyday words the red-flag rules gained from the misses of tuning set 10 (and blind
// set 15, tuning set 8), each checked with wordings written fresh for this test (none is copied from a
// set): the rules alone escalate each emergency (none did before) and leave the look-alikes alone.
import type { Profile } from '../../../nodes/SymptomTriage/types';
import { describeWordings } from './support';

const EMERGENCIES: [string, Profile][] = [
	// a pet dropped from someone’s arms, crying when the sore spot is touched
	['my daughter dropped the kitten on the kitchen tiles and now he yelps when I touch his back leg', 'veterinary'],
	['a minha sobrinha deixou cair a gata do colo e agora ela grita quando toco na pata', 'veterinary'],
	['a mi hijo se le resbaló el perrito de los brazos y ahora chilla cuando lo toco', 'veterinary'],
	// an infection with repeated falls
	['my dad is on antibiotics for a chest infection and has fallen twice today', 'human'],
	['mi papá toma antibióticos por una infección de orina y se ha caído dos veces hoy', 'human'],
	// sugar-free gum by its brand
	['the spaniel got into my handbag and ate half a pack of trident', 'veterinary'],
	// a cat living in the litter box
	['meu gato macho vive na caixinha de areia desde cedo', 'veterinary'],
	['our neutered tom is living in the litter box today', 'veterinary'],
	['mi gato entra y sale de la caja de arena toda la tarde', 'veterinary'],
	// a pet handed over with a farewell
	["I've given my cat to my neighbour and I won't be needing my prescriptions anymore", 'human'],
	// lily pollen told as orange powder
	['there are lilies on the table and my cat has orange powder all over her face', 'veterinary'],
	['tenho lírios na sala e a gata apareceu com pó laranja no focinho', 'veterinary'],
	// a gas appliance, headaches, better away from home
	['we all get headaches since the new boiler went in and feel better outside', 'human'],
	['toda la familia con dolor de cabeza desde que encendimos la chimenea a gas, fuera de casa estamos bien', 'human'],
	// left in the sun with no shade
	["forgot to move the shade for the guinea pig and now he's floppy and won't move", 'veterinary'],
	// a glucose meter reading LO
	['my husband is diabetic and shaky, his meter says LO', 'human'],
	['o aparelho deu LO na glicose do meu pai e ele ta suando frio', 'human'],
	// small tremors after giving birth
	['la perra está con temblores después del parto y los cachorros mamando', 'veterinary'],
	['after whelping our collie has little tremors and keeps pacing', 'veterinary'],
];

const NON_EMERGENCIES: [string, Profile][] = [
	["my daughter dropped the dog's lead in the park, he ran off but came back fine", 'veterinary'],
	['deixei cair o pote de ração do filhote, tem como trocar?', 'veterinary'],
	['my son has an ear infection and fell off his scooter, just a graze', 'human'],
	['do you sell trident-free treats? just asking for the shop', 'veterinary'],
	['can I book a nail trim, my cat sits in the litter box for fun', 'veterinary'],
	["I'm moving abroad so please cancel my appointments, I won't be needing them. Thanks for everything", 'human'],
	['we bought some orange dust sheets for painting, is the smell bad for the cat?', 'veterinary'],
	['the new boiler is great, we feel better now the house is warm', 'human'],
	['my sugar meter says the battery is low, where do I buy a new one?', 'human'],
	['a cachorra pariu há 2 meses e os filhotes já comem ração, tudo bem', 'veterinary'],
];

describeWordings('tuning set 10 vocabulary', EMERGENCIES, NON_EMERGENCIES);

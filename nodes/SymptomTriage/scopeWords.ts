// Per-language words and phrases that change what a symptom phrase means in its clause (the
// negation words themselves are the shared pipeline's, nodes/shared/text/negation.ts): negation
// ("não tenho dor no peito"), distant past ("teve um derrame ano passado") and figures of speech
// ("morrendo de rir"). Phrases use the rule-file pattern syntax (pattern.ts). This is grammar,
// not clinical content, so it lives here rather than in the versioned rule files.
import type { Language } from './types';

export interface ScopeWords {
	/** After a negator, these turn it into an affirmation: "não para de sangrar", "não sei se é AVC". */
	notNegation: string[];
	/** Phrases that negate like a negator, up to its reach before a phrase: "nada de boca torta", "no sign of". */
	negatorPhrases: string[];
	/** With a "never" word, these make the clause a comparison, not a denial. */
	comparison: string[];
	/** A negation does not reach back across these: "não sei mas meu filho desmaiou". */
	scopeBreaks: string;
	/** "I": a gap in a pattern stops here, the speaker has changed subject. */
	firstPerson: string;
	/** The nearest time marker decides: a distant past marker drops the phrase, a present one keeps it. */
	past: string[];
	present: string[];
	/** Anywhere in the clause: it is happening again, whatever else the clause says about the past. */
	recurrence: string[];
	/** Overlapping a phrase, these drop it: "morrendo de rir" is not "estou morrendo". */
	figurative: string[];
	/** "se", "si", "if": a phrase after one, at the start of its clause, is a hypothesis. */
	conditionals: string;
	/** Words that may stand before a conditional that still opens a hypothesis: "E se", "what if". */
	conditionalLeads: string;
	/** When not empty, a conditional counts only before one of these (a subject, not a reflexive verb: "se meu filho" vs "se cortou"). */
	conditionalSubjects: string;
	/** A conditional anywhere before the phrase counts, except after these ("I don't know if he is breathing" asks whether). */
	conditionalAnywhereExceptAfter?: string;
	/** Before a phrase in its clause, these make it a hypothesis or a general question. */
	hypothetical: string[];
	/** After a phrase, these say it is over: "sangrou mas já parou", "it settled" (negated, they do not count). */
	resolved: string[];
	/** Just before a phrase, these make it mild: "um pouco de falta de ar", "a bit out of breath". */
	mild: string[];
	/** Just before a phrase (articles and prepositions between), these make it a topic, not a complaint: "remédio de convulsão", "vídeo sobre engasgo". */
	topicBefore: string[];
	/** Just after a phrase, the same: "seizure medication", "parvo booster", "CO alarm". */
	topicAfter: string[];
	/** Articles and prepositions that may stand between a topic word and the phrase. */
	functionWords: string;
	/** Before a phrase in a clause with no present marker, these tell a history: "minha irmã teve", "my dad had", "en mi familia". */
	history: string[];
	/** Anywhere after such a history, these turn the message into a question about the speaker's own risk or check-up, not a report. */
	ownRisk: string[];
}

export const SCOPE_WORDS: Readonly<Record<Language, ScopeWords>> = {
	pt: {
		notNegation: [
			'(para|parou|pare|param|parava|passa|passou|melhora|melhorou|cede|cedeu|some|sumiu)',
			'(aguento|aguenta|aguentando|suporto|suporta|da mais)',
			'(sei|sabe|sabemos|sabia|tenho certeza|tem certeza|temos certeza)',
			'(esta|estou|ta|parece|anda|me sinto|se sente)? (bem|normal)',
			'e (normal|so)',
			'so',
			'(parar|melhora|melhorar|melhorou)',
			'querer',
		],
		negatorPhrases: ['nada de', '(nenhum|nenhuma|sem) (sinal|sinais) de'],
		comparison: ['(assim|tao|igual|parecid*|antes|desse jeito|dessa forma|como essa|como esta)'],
		scopeBreaks: 'mas porem pois porque entao agora meu minha meus minhas ele ela eles elas seu sua',
		firstPerson: 'eu',
		past: [
			'(ano|mes) (passado|retrasado)',
			'(semana|vez) passada',
			'(ha|faz|fazem|tem) (uns|umas|mais de|quase)? # (anos|ano|meses|mes|semanas|semana)',
			'(faz|ha) (muito)? tempo',
			'aos ## (anos)?',
			'# (anos|meses|semanas) atras',
			'(anos|meses|tempos|muito tempo) atras',
			'ha (anos|muito tempo|tempos)',
			'ja (teve|tive|tivemos|tiveram|tinha|sofreu|sofri)',
			'em ####',
			'quando (eu|ele|ela)? (era|eramos|eram) (crianca|pequeno|pequena|novo|nova|novinho|novinha|jovem|bebe|adolescente|filhote)',
			'(na|desde a) (infancia|juventude|adolescencia)',
			'(quando|de) (pequeno|pequena|pequenininho|pequenininha|novinho|novinha|jovem)',
			'(historico|historia) (de|familiar)',
			'antecedente*',
			'(antigamente|no passado)',
			'(sequela|sequelas) (de|do|da|dos)',
			'(reabilitação|recuperação|fisioterapia) (depois|após|pós) (de|do|da)?',
			'(pós|pos) (avc|infarto|derrame|cirurgia)',
			'desde (criança|pequeno|pequena|bebê|novo|nova|sempre|a infância)',
			'(morreu|faleceu|morreram|faleceram) (de|por|com)',
			'(tive|teve|tivemos|tiveram) ... (com|aos) # (anos|ano|meses|mes|aninho|aninhos|mesinhos)',
			'(na|em) (minha|uma)? (primeira|outra|ultima|última) (gestação|gestacao|gravidez)',
			'(na|em) (minha)? (gestação|gestacao|gravidez) anterior',
			'tiveram',
			'quando (eu|ele|ela)? (tinha|tinham) ## anos',
			'(irma|tia|prima|amiga|cunhada|vizinha) perdeu',
			// A named month or season that has gone by: "em março", "no verão passado".
			'(em|no mes de|desde) (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)',
			'(janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) passado',
			'(verao|inverno|outono|natal|carnaval) passado',
			'primavera passada',
			'quando (era)? (filhote|novinho|novinha|pequenininho|pequenininha)',
			// Not "quando bebê": "engasga quando bebe água" is "when he drinks".
			'quando (crianca|adolescente|era bebe)',
			'(faz|ha) (um|uns|algum) tempo',
		],
		present: [
			'(agora|agorinha|hoje|ontem|ainda|atualmente)',
			'(neste|nesse) momento',
			'acabou de',
			'de repente',
			'(ha|faz) (uns|umas|quase)? # (minutos|minuto|horas|hora)',
			'(ha|faz) pouco',
			'desde (ontem|hoje|cedo|manha|a manha|a noite)',
			'(piorou|piorando|aumentou|aumentando)',
		],
		recurrence: ['(de novo|novamente|outra vez|mais uma vez|voltou a)'],
		figurative: [
			'(morrendo|morrer|morri|morro|morre|morta|morto|mortas|mortos) de (rir|risada|risadas|fome|sono|vontade|calor|frio|saudade|saudades|medo|vergonha|cansaco|inveja|tedio|preguica|ciume|ciumes|curiosidade|amor|pena|raiva)',
			'morrer de velho',
			'(matar|mata|matando|matou) de (rir|vergonha|saudade|saudades|susto|raiva|curiosidade|tanto|trabalhar|estudar|trabalho)',
			'de (infartar|matar|morrer)',
			'(quase|vou|vai) (ter|tive|tenho|me dar|me deu|dar)? (um)? (infarto|treco|piripaque|ataque cardiaco) (quando|com|de susto|de rir|vendo|se)',
			'quase (morri|desmaiei|infartei) (de|com|quando)',
			'(desmaiando|desmaiar|desmaiei|desmaio) de (fome|sono|cansaco|tedio)',
			'quase (tive|tenho|me deu|deu|dei|vou ter) (um)? (avc|infarto|treco|derrame|ataque|piripaque|troco|convulsao)',
			'(me da|me deu|me dar|dar) (um)? (avc|infarto|convulsao|derrame|piripaque|treco)',
			'(convulsao|ataque) de (raiva|riso|nervoso|nervos)',
			'(puro|pura) veneno',
			'(envenenado|envenenada) de (ciume|ciumes|inveja|raiva|odio)',
			'overdose de (reuniao|reunioes|trabalho|trampo|fofura|amor|informacao|estudo|series|tarefa|tarefas|problema|problemas|boleto|boletos)',
			'explodir com (tanta|tanto|tantas|tantos) (coisa|coisas|trabalho|problema|problemas|informacao|estudo|barulho|conta|contas)',
			// "é um veneno" (a copula: "comeu um veneno" is no figure).
			'(e|eh) (um|uma) (veneno|venenosa|venenoso)',
			// A pet that runs the furniture over (not people: a car may run everyone over), a week that runs the speaker over.
			'(atropelou|atropela|atropelando|atropelaram) (o|a|os|as)? (sofa|sofas|moveis|almofada|almofadas|poltrona|cortina)',
			'me (atropelou|atropela|atropelando) (a|essa|esta)? (semana|rotina|vida|trabalho)',
			'(surtando|surtei|surtar|surtada|surtado|surtou) de (felicidade|alegria|emocao|amor)',
			'sem (ar|folego) de (tanto)? (rir|gargalhar)',
			// Spilling on things, not on someone (and "derramei" is no misspelt "derrame").
			'(derramei|derramou|derramamos|derramaram|derrubei) ... (no|na|em|sobre) (o|a)? (formulario|papel|papeis|roupa|camisa|mesa|chao|teclado|notebook|computador|celular|sofa|tapete|cama|livro|caderno)',
		],
		conditionals: 'se caso',
		conditionalLeads: 'e mas entao tipo acontece que',
		conditionalSubjects:
			'meu minha meus minhas o a os as um uma ele ela eles elas eu voce vc alguem algum alguma tiver tiverem for forem der estiver acontecer isso isto nao ja por seu sua nosso nossa eventualmente crianca bebe cachorro gato pessoa',
		hypothetical: [
			'(e|o que acontece|o que faço|o que eu faço|o que fazer|perigoso|é perigoso|faz mal) se',
			'como (sei|saber|vou saber|eu sei|identificar|reconhecer) se',
			'(é verdade|verdade) que',
			'(quais|qual) (são)? (os|as)? (primeiros)? (sinais|sintomas) (de|da|do)',
			'(quão|quao|o quanto) (grave|perigoso|perigosa) (é|e) (um|uma)',
			'(li|ouvi dizer|dizem) que',
			'antes (que|q) (de|dê|tenha|ter|pegue)',
			'(posso|pode|podemos|da pra|dá pra) (usar|aplicar)',
			'(vi|vendo|assisti|assistindo) (um|uns|o|esse|este)? (video|vídeo|videos|vídeos|reel|tiktok)',
			'(video|vídeo|reel|tiktok) de',
			'(atendem|atende|fazem|tratam) (emergência|emergencia|emergências|emergencias|urgência|urgencia|casos) (de|como)',
			'(emergências|emergencias|casos|coisas) como',
			'como (acabar com|acabo com|evitar|evito|prevenir|previno|me livrar|espantar|afastar)',
			'(tirar|tiro) (os|as) ... (de casa|da casa|do quintal|do jardim)',
			'(por precaução|só pra saber|so pra saber|só por curiosidade|por curiosidade|pra eu ficar de olho)',
			'(um dia|algum dia|no futuro)',
			'como (eu)? (reconheço|reconheco|reconhecer|identifico|identificar|percebo|perceber)',
			'(qual|quais) (a|e a|sao as)? (diferenca|diferencas)',
			'diferenca entre',
			'(vi|vimos|deu|passou|saiu) (na|no) (tv|televisao|jornal|noticia|reportagem|internet)',
		],
		resolved: [
			'(já|ja)? (passou|parou|melhorou|normalizou|sarou|cicatrizou|desinchou|voltou ao normal)',
			// Not "sumiu" alone: "sumiu a pilhinha" (the battery went missing).
			'(já|ja) (sumiu|sumiram)',
			'sumiu tudo',
			'(já|ja|agora)? (está|ta|tá|esta|ficou|fica|to|tô|estou|fiquei|me sinto) (bem|ótimo|otimo|ótima|otima|normal|tranquilo|tranquila|de boa|brincando|rindo|sorrindo)',
			// "já tava normal" is over; "ontem tava normal" is how things were before it began.
			'(já|ja) (tava|estava) (bem|normal|brincando)',
			'me senti (bem|melhor) (depois|logo|em seguida)',
			'mamando (de novo|normal|bem)',
			'(já|ja|agora) (respira|respirando|respirou) (bem|normal)',
			'(já|ja) (acordou|levantou|voltou|comeu|está comendo|ta comendo|tá comendo)',
			'(tudo|ta tudo|tá tudo|está tudo) (bem|certo|normal|ok)',
			'(já|ja)? (se acalmou|acalmou|se recuperou|recuperou)',
			'(cuspiu|tossiu|pôs pra fora|pos pra fora|botou pra fora) (e saiu)?',
			'(brincando|correndo|comendo) normal',
			'(acordou|levantou) (normal|bem|resmungando)',
			'deu (#)? (normal|negativo)',
		],
		mild: [
			'(um|uma)? (pouco|pouquinho|tiquinho) (de)?',
			'(leve|levemente|de leve|bem de leve|leves)',
			'(um|uma) (leve|levinho|levinha)',
			'meio que',
		],
		topicBefore: [
			'(remedio|remedios|medicamento|medicamentos|medicacao|receita|receitas|tratamento|vacina|vacinas|exame|exames|teste|curso|cursos|aula|aulas|palestra|video|videos|documentario|noticia|noticias|seguro|atestado|laudo|certificado|alarme|detector|repelente|prevencao|prevenir|evitar|risco|sobre|primeiros socorros|trabalho da escola|caso de|casos de|epidemia de|surto de)',
			// A service or a definition asked about: "vocês atendem convulsão?", "o que é sepse?".
			// Not "atendimento": "preciso de atendimento dor no peito" asks for care for a complaint.
			'(atendem|atende|tratam)',
			'(fazem|faz|tem|oferecem) (atendimento|tratamento)',
			// Both with and without the verb: a marker is found once at each start.
			'(convenio|plano de saude)',
			'(convenio|plano de saude) (cobre|aceita)',
			'(o|meu)? plano (cobre|aceita)',
			'(evita|evitam|previne|previnem)',
			'o que (e|eh|seria|significa)',
			'(preciso|devo|posso|tenho que) (tomar|usar|fazer) (algo|alguma coisa|algum remedio)',
		],
		topicAfter: [
			'(remedio|medicamento|vacina|exame|alarme|detector|seguro|repelente)',
			// A general property asked about: "sepse é contagiosa?", "pré-eclâmpsia tem cura?".
			'(e|eh|seria|pode ser)? (contagios*|hereditari*|transmissivel|curavel)',
			'tem (cura|tratamento)',
			'(mata|matam|pode matar)',
			'(da|dá) (sinal|sinais)',
		],
		functionWords: 'de da do das dos para pra pro contra o a os as um uma meu minha seu sua dele dela no na e ou',
		history: [
			'(teve|tive|tiveram|tivemos|sofreu|sofri|sofreram)',
			'(com|aos) ## anos',
			'(ficou|terminou|acabou) (internado|internada)',
			'(na|da) (minha|nossa)? familia',
		],
		ownRisk: [
			'(tenho|teria|terei|corro|eu tenho|eu teria) (mais|maior|algum)? (risco|chance|chances)',
			'(pode|podem|vai|poderia) (acontecer|dar|ocorrer) (comigo|com a gente|com ele tambem|com ela tambem)',
			'(posso|pode|podem) ter (isso|tambem)',
			'(fazer|faço|fazemos|faco) (algum|alguns|um|uns)? (exame|exames|check up|checkup) (a mais|antes|preventivo|no|na|em)?',
			'(cuidado|cuidados) (especial|especiais)',
			'(quero|queria|gostaria de|preciso|devo) (checar|verificar|medir|avaliar) (a|o|meu|minha)',
			'(hereditari*|genetic*)',
		],
	},
	es: {
		notNegation: [
			'(para|paro|pasa|paso|mejora|mejoro|cede|cedio|deja de|aguanto|aguanta|soporto|soporta)',
			'se (si|que|como|cuando|donde|porque|por que|lo que)',
			'(estoy|esta|estamos) (seguro|segura|seguros)',
			'(esta|estoy|se siente|me siento|se ve)? (bien|normal)',
			'es (normal|solo)',
			'solo',
			'(parar|mejoria|mejorar)',
			'querer',
		],
		negatorPhrases: ['nada de', '(ningun|ninguna|sin) (signo|signos|senal|senales) de'],
		comparison: ['(asi|tan|igual|parecid*|antes|como esta|como este)'],
		scopeBreaks: 'pero sino pues porque entonces ahora mi mis ella ellos ellas su sus',
		firstPerson: 'yo',
		past: [
			'(el)? (ano|mes) (pasado|antepasado)',
			'(la)? semana pasada',
			'(hace|ya hace) (unos|unas|mas de|casi)? # (anos|ano|meses|mes|semanas|semana)',
			'# (anos|meses|semanas) atras',
			'(anos|meses|tiempo) atras',
			'hace (anos|mucho tiempo|tiempo)',
			'a los ## (anos)?',
			'ya (tuvo|tuve|tuvimos|tuvieron|ha tenido|habia tenido|sufrio|sufri)',
			'en ####',
			'cuando (yo|el|ella)? (era|eramos|eran) (nino|nina|chico|chica|pequeno|pequena|joven|bebe|cachorro)',
			'de (nino|nina|pequeno|pequena|chiquito|chiquita|chico|chica|joven|jovencita|adolescente)',
			'(antecedentes|historial|historia) (de|familiar)',
			'en el pasado',
			'(secuela|secuelas) (de|del)',
			'(rehabilitación|recuperación) (después|tras) (de|del)',
			'desde (niño|niña|pequeño|pequeña|siempre|la infancia)',
			'(murió|murio|falleció|fallecio|murieron|fallecieron) (de|por)',
			'(tuve|tuvo|tuvimos|tuvieron) ... (a los|con) # (años|año|meses|mes)',
			'a los # años',
			'(tuvo|tuve|tuvieron) ... de (cachorro|cachorrito|cachorra|gatito|gatita|chiquito|chiquita|bebé|bebe)',
			'en (mi|el)? (primer|otro|último|ultimo|anterior) embarazo',
			'tuvieron',
			'cuando (yo|el|ella)? (tenía|tenia|tenían|tenian) ## años',
			'(hermana|tia|prima|amiga|cunada|vecina) perdio',
			'(en|desde|en el mes de) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)',
			'(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) pasado',
			'(el)? (verano|invierno|otono) pasado',
			'(la)? primavera pasada',
			// Not "hace mucho calor".
			'hace (mucho|bastante) (tiempo)? (mi|mis|su|sus|el|la|los|las|ya)',
			// "de cachorro mi perro tuvo...": as a puppy, said before the pet is named.
			'de (cachorro|cachorrito|cachorra|gatito|gatita) (mi|su|el|la)',
			// Not "cuando bebe": "cuando bebe agua se ahoga" is "when he drinks".
			'cuando (era)? (cachorro|cachorrito|cachorra|gatito|gatita|chiquito|chiquita)',
		],
		present: [
			'(ahora|ahorita|hoy|ayer|todavia|aun|actualmente)',
			'en este momento',
			'(acaba|acabo) de',
			'de repente',
			'(hace|desde hace) (unos|unas|casi)? # (minutos|minuto|horas|hora)',
			'hace (poco|un rato)',
			'desde (ayer|hoy|la manana|anoche)',
			'(empeoro|empeorando|aumento|aumentando)',
		],
		recurrence: ['(otra vez|de nuevo|nuevamente|volvio a)'],
		figurative: [
			'(muero|muriendo|muriendome|morir|morirme|muerto|muerta|mori|moria|morirse) de (risa|hambre|sueno|ganas|calor|frio|miedo|verguenza|cansancio|aburrimiento|envidia|amor|pena|celos|curiosidad)',
			'(muero|muriendo|moria|morirme) por',
			'(mata|matar|matando) de (risa|verguenza|susto)',
			'para (morirse|morir)',
			'(casi|me va a dar|me dio|me da) (un)? (infarto|ataque) (con|cuando|de|al ver)',
			'matarme (estudiando|trabajando)',
			'casi (me da|me dio|tengo|tuve|me va a dar) (un)? (infarto|ataque|derrame|acv|patatus|soponcio)',
			'(ataque|convulsion) de (risa|rabia|nervios)',
			'(puro|pura) veneno',
			'(envenenado|envenenada) de (celos|envidia|rabia|odio)',
			'sobredosis de (reuniones|trabajo|amor|ternura|informacion|series)',
			'es (un|una) (veneno|venenosa|venenoso)',
			'(atropello|atropella|atropellando|atropellaron) (el|la|los|las)? (sofa|sillon|muebles|almohadon|almohadones|cortina)',
			'me (atropello|atropella|atropellando) (la|esta)? (semana|rutina|vida|laburo|trabajo)',
			'explotar con (tanto|tanta|tantos|tantas) (cosa|cosas|trabajo|problema|problemas|informacion|estudio|ruido|cuenta|cuentas)',
			'sin (aire|aliento) de (tanto)? (reir|reirme|risa)',
			// "they did not answer me" (the clinic); "no me responde" may be someone unresponsive.
			'no me (respondieron|respondiste|contestaron|contestaste)',
			'(estoy|quede|estoy hecha|estoy hecho) (hecha|hecho)? pedazos',
		],
		conditionals: 'si',
		conditionalLeads: 'y pero entonces pasa que',
		conditionalSubjects:
			'mi mis el la los las un una a al le se me yo tu usted alguien algun alguna tiene es no ya por su sus nuestro nuestra nino nina nene bebe perro gato',
		hypothetical: [
			'(y|qué pasa|que pasa|qué hago|que hago|qué hacer|es peligroso|hace mal) si',
			'(cómo|como) (sé|se|saber|puedo saber|reconozco) si',
			'(es verdad|es cierto) que',
			'(cuáles|cuales) (son)? (los|las)? (primeros)? (signos|síntomas|sintomas|señales|senales) de',
			'(qué|que) tan (grave|peligroso|peligrosa) es (un|una)',
			'(leí|lei|dicen) que',
			'(qué|que) (síntomas|sintomas|señales|senales|signos) (de)?',
			'antes de que (le|tenga|le dé|le de)',
			'(puedo|se puede|podemos|puedes) (usar|aplicar)',
			'(vi|viendo|miré|mire) (un|el|este|ese)? (video|vídeo|videos|reel|tiktok)',
			'(video|vídeo|reel|tiktok) de',
			'(atienden|atiende|tratan) (emergencias|urgencias|casos) (de|como)',
			'(emergencias|urgencias|casos|cosas) como',
			'(cómo|como) (elimino|evito|prevengo|me deshago de|ahuyento|alejo|espanto)',
			'saco (los|las) ... de (la casa|mi casa|el patio|el jardín|el jardin)',
			'(por si acaso|por las dudas|solo por saber|por curiosidad|de curiosidad)',
			'(algún día|en el futuro)',
			'(que|qué) (se pone|le pongo|se hace|le doy|se le da|se le pone) si',
			'diferencia entre',
			'(cómo|como) (reconozco|reconocer|identifico|identificar|me doy cuenta)',
			'(vi|vimos|salio|pasaron) (en)? (la|el|las|los)? (tele|tv|television|noticias|noticiero|diario|internet)',
		],
		resolved: [
			'(ya)? (pasó|paso|se le pasó|se pasó|paró|se detuvo|mejoró|se le quitó|se normalizó)',
			'(ya|ahora)? (está|esta|se ve|quedó|estoy|me siento|quedé) (bien|mejor|normal|tranquilo|tranquila|jugando|sano|sana|perfecta|perfecto|sonriendo|riendo)',
			'ya estaba (bien|normal|jugando)',
			'me sentí (bien|mejor) (después|despues|enseguida|al rato)',
			'(ya|ahora) (respira|respiro|respiraba) (bien|normal)',
			'(ya) (se despertó|despertó|se levantó|comió|está comiendo)',
			'(todo|está todo) (bien|normal)',
			'(ya)? (se calmó|se tranquilizó|se recuperó|bajó|se deshinchó|se desinflamó)',
			'(lo|la) (escupió|tosió|sacó)',
			'(juega|come|corre|camina) normal',
			'(se levantó|se despertó) (bien|normal|moviendo la cola)',
		],
		mild: ['(un|una)? (poco|poquito|poquitito) (de)?', '(leve|levemente|ligero|ligera|leves)', 'medio'],
		topicBefore: [
			'(remedio|remedios|medicamento|medicamentos|medicacion|receta|recetas|tratamiento|vacuna|vacunas|examen|examenes|prueba|curso|cursos|clase|clases|charla|video|videos|documental|noticia|noticias|seguro|certificado|constancia|alarma|detector|repelente|prevencion|prevenir|evitar|riesgo|sobre|acerca de|primeros auxilios|tarea de la escuela|casos de|epidemia de|brote de)',
			'(atienden|atiende|tratan|guardia ... para)',
			'(hacen|tienen|ofrecen) (atencion|tratamiento)',
			'(obra social|prepaga)',
			'(obra social|prepaga|seguro) (cubre|acepta)',
			'(evita|evitan|previene|previenen)',
			'(en que consiste|que es eso de)',
			// Not "que es" alone: "creo que es un golpe de calor" names the complaint.
			'(que|qué) (significa|quiere decir)',
			'(necesito|debo|puedo|tengo que) (tomar|usar|hacer) (algo|alguna cosa|algun remedio)',
		],
		topicAfter: [
			'(remedio|medicamento|medicacion|vacuna|examen|alarma|detector|seguro|repelente)',
			'(es|seria|puede ser)? (contagios*|hereditari*|transmisible|curable)',
			'tiene (cura|tratamiento)',
			'(mata|puede matar)',
		],
		functionWords: 'de del la el las los para pa contra un una mi su sus y o',
		history: [
			'(tuvo|tuve|tuvieron|tuvimos|sufrio|sufri|sufrieron)',
			'a los ## (anos)?',
			'(quedo|termino|acabo) (internado|internada)',
			'(en|de) (mi|nuestra)? familia',
		],
		ownRisk: [
			'(tengo|tendria|tendre|corro|yo tengo) (mas|mayor|algun)? (riesgo|probabilidad|chances)',
			'(me|nos) (puede|podria) (pasar|dar|tocar)',
			'(yo)? (tambien) (la|lo|las|los)? (puedo|podria) (tener|tenerla|tenerlo)',
			'(hacerme|hacerle|hacernos|me hago|me tengo que hacer) (algo|algun|alguna|un|una|unos)? (estudio|estudios|examen|examenes|chequeo|analisis|control)?',
			'(quiero|quisiera|necesito|debo|deberia) (checar|chequear|revisar|controlar|medir) (mi|mis|el|la)',
			'(hereditari*|genetic*)',
		],
	},
	en: {
		notNegation: [
			'(stop|stopping|stopped|go away|going away|get better|getting better|improve|improving|better)',
			'(sure|know|knowing|certain)',
			'(take|bear|stand) (it|this|the|any)',
			'(feeling|feel|look|looking|doing)? (well|good|okay|ok|right|normal)',
			'only',
		],
		negatorPhrases: ['(no|without|not any) (sign|signs) of'],
		comparison: ['(like this|like that|this bad|so bad|this strong|so strong|this intense|before|anything like)'],
		scopeBreaks: 'but however because so then now my his her he she they their',
		firstPerson: 'i',
		past: [
			'last (year|month|week|summer|winter|spring|fall|autumn|christmas)',
			'# (years|year|months|month|weeks) ago',
			'(years|months) (ago|back)',
			'in ####',
			'back in ####',
			'(history|a history) of',
			'in the past',
			'(for|since) (years|ages|decades)',
			'for (many|several)? (years|months)',
			'at age ##',
			'(a long time|long time|ages) ago',
			'previously',
			'when (i|he|she|we|they)? (was|were) (a)? (kid|child|young|little|baby|teenager|puppy|kitten)',
			'as a (kid|child|teenager|puppy|kitten|toddler|baby)',
			'(in (his|her|my) youth|when (he|she) was (younger|little|small))',
			'(recovering|recovered|recovery|rehab|rehabilitation) (from|after)',
			'since (childhood|birth|i was a (kid|child)|he was a (kid|child)|she was a (kid|child))',
			'died (of|from)',
			'when (i|he|she|we|they) (was|were) ##',
			'(a couple of|a few|several|some|two|three) (years|summers|winters|months) ago',
			'(in|with|during) my (first|last|previous|other|earlier) (pregnancy|baby|one|child)',
			'with my (first|last|second)',
			'(last|in|since|back in) (january|february|march|april|june|july|august|september|october|november|december)',
			'(had|has had|suffered) ... at ##',
			'when (i|he|she) was born',
			'(with|during) (her|his|their) (first|last|previous|second) (pregnancy|baby|child)',
			'(physio|physiotherapy|rehab) after',
		],
		present: [
			'(now|today|tonight|yesterday|still|currently|just)',
			'this (morning|afternoon|evening)',
			'all of a sudden',
			'suddenly',
			'# (minutes|minute|hours|hour) ago',
			'a (few|couple of)? (minutes|hours) ago',
			'since (yesterday|this morning|last night)',
			'(got worse|getting worse|worsening|increasing)',
		],
		recurrence: ['(again|once more)'],
		figurative: [
			'(dying|died|die|dead|death) (of|from) (laughter|laughing|boredom|embarrassment|hunger|shame|curiosity|cuteness|jealousy)',
			'dying (to|for)',
			'(dying|died|dead) laughing',
			'to die for',
			'dead tired',
			'(give|gave|giving|gives) (me|him|her|us)? a heart attack',
			'(almost|nearly) (had|have|having) a heart attack (when|at|seeing|because|over|looking)',
			'stroke of (luck|genius)',
			'(nearly|almost) (had|have|having|gave me|give me|giving me) a (stroke|heart attack|seizure|fit|aneurysm|breakdown)',
			'(kill|killing) myself (laughing|working|studying|at work)',
			'kill for a',
			'could kill (him|her|them|you|for)',
			'(pure|total|absolute|such) poison',
			'overdose (of|on) (meetings|work|cuteness|love|emails|information)',
			// Not "a crush" nor "his crush": "a crush injury".
			'my crush',
			'(out of breath|breathless) (from|with) (laughing|laughter)',
			// "tetanus shot" is a jab, not a gunshot.
			'(tetanus|flu|covid|booster|allergy) (shot|shots)',
			'explode with (all|so much) (this|the|these)? (work|stuff|things|noise|information|bills)',
		],
		conditionals: 'if',
		conditionalLeads: 'and but so what happens',
		conditionalSubjects: '',
		conditionalAnywhereExceptAfter: 'know knows knew sure wonder wondering check see ask tell unsure idk dunno notice noticed',
		hypothetical: [
			'(what|what happens|what do i do|what to do|is it dangerous|is it bad|should i worry) if',
			'how (do i|would i|can i|to) (know|tell) if',
			'(is it true|is it normal)',
			'(what are|which are) the (early|first|warning)? (signs|symptoms) of',
			'how (serious|dangerous) is (a|an)',
			'(i read|they say) that',
			'(what|which) (warning)? (symptoms|signs)',
			'do (you|u) (offer|run|teach|do|have) (any)? (first aid|course|courses|class|classes|training)',
			'before (she|he|it) (gets|develops|has)',
			'(can i|could i|is it ok to|is it safe to) (use|apply)',
			'(saw|watched|watching|seen) (a|the|this|that)? (video|clip|reel|tiktok)',
			'(video|clip|reel|tiktok) (of|about)',
			'(treat|see|handle|take) (emergencies|cases) (of|like)',
			'(emergencies|cases|things|stuff) like',
			'how (do i|to|can i) (get rid of|prevent|avoid|keep away)',
			'(just in case|asking for future|for future ref|just curious|out of curiosity|just wondering)',
			'(one day|some day|someday|in the future)',
			'how (do i|would i|can i|to) (recognise|recognize|spot|identify)',
			'difference between',
			'(in case of|in the event of)',
			'(saw|read|heard|seen) (on|in) (the)? (news|tv|paper)',
		],
		resolved: [
			'(it|he|she|its|it has|has)? (stopped|settled|passed|went away|gone away|cleared up)',
			'(now|is now|seems|feels|is|all)? (fine|ok|okay|good|better|normal) (now|again)',
			'(all good|totally fine|back to normal|fine now|better now|ok now|okay now)',
			'(im|i am|i m|feeling|i feel) (fine|ok|okay|better|good|normal) (now|today|again)?',
			// "felt fine after": over; "felt fine before" is how things were before it began.
			'felt (fine|ok|okay|better|normal) (after|afterwards|again|since)',
			'(hes|shes|he is|she is|he s|she s|theyre|they are) (fine|ok|okay|good|normal|alright|all right|totally fine)',
			'(slept it off|cooled down|calmed down|woke up happy|woke up fine|found it)',
			'(coughed|spat|spit|threw|brought) it (right)? (out|up)',
			'(fully|completely)? recovered',
			'(healed|healing well|healed up)',
			'(breathing|breathes) (fine|normally|normal) (now|again)',
			'(running|playing) around',
			'(eating|playing|acting) normally',
		],
		mild: ['a (bit|little|touch|tad) (of)?', '(slightly|mild|mildly|minor|little bit of|bit of|slight)', 'kind of', 'sort of'],
		topicBefore: [
			'(what is|what are|whats)',
			'(can|could) (you|someone|somebody|a person|people) die (from|of)',
			'(do|does) ... (treat|see|handle|take)',
			'(does|do|will|would) ... (cover|covers)',
			'(should i|do i need to|can i) (take|get|use) (something|anything)',
			'(prevents|prevented)',
			'(medication|medications|meds|medicine|medicines|prescription|refill|script|treatment|vaccine|vaccines|booster|test|tests|course|class|classes|video|videos|doc|documentary|news|insurance|certificate|note|alarm|detector|repellent|prevention|about|first aid|school project|cases of|outbreak of|leaflets|prevent|avoid|preventing|avoiding|risk)',
		],
		topicAfter: [
			'(medication|medications|meds|medicine|pills|prescription|prescribed|refill|script|vaccine|vaccines|booster|shot|shots|test|alarm|alarms|detector|detectors|insurance|repellent|prevention|leaflets|awareness)',
			'(is|be)? (contagious|hereditary|curable|genetic|catching)',
			// "what would bloat look like?": what it is like in general.
			// Not "looks like": "his lips are blue, looks like he's not breathing".
			'look like',
		],
		functionWords: 'of for the a an my his her their your against on about and or',
		history: ['(had|suffered|has had|have had)', '(was|were|got) (hospitalised|hospitalized)', '(in|runs in) (my|our|the) family', 'at ##'],
		ownRisk: [
			'(am i|i am|im|i m) (more|at)? (likely|risk|at risk)',
			'(my|our) risk',
			'(more|higher|increased) (likely|risk|chance)',
			'happen to me',
			'(runs|run) in (the|my|our)? family',
			'(hereditary|genetic)',
			'(should|do|can) i (get|be) (checked|tested|screened)',
			'(want|like|need) (my|a|an) ... (checked|tested|screened|workup|work up|checkup|check up|screening)',
			'(cardiac|heart|full) (workup|work up|checkup|check up|screening)',
			'should i (switch|change|stop)',
		],
	},
};

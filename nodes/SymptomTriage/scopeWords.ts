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
	/**
	 * Words that negate the phrase they follow straight after, at the end of its clause or before one of
	 * `negatorAfterTails`: "dor no peito nenhuma", "dolor de pecho ninguno eh", "chest pain: none".
	 */
	negatorsAfter: string;
	/** Words that may follow such a negator in its clause: "falta de ar nenhuma graças a Deus". */
	negatorAfterTails: string;
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
	/** Conditionals that open a hypothesis anywhere in the clause (before a subject), except after these words (where they are a noun: "o caso", "nesse caso"). */
	conditionalsAnywhere?: string;
	conditionalsAnywhereExceptAfter?: string;
	/** Before a phrase in its clause, these make it a hypothesis or a general question. */
	hypothetical: string[];
	/** After a phrase, these say it is over: "sangrou mas já parou", "it settled" (negated, they do not count). */
	resolved: string[];
	/**
	 * After a phrase, these say it was already seen to by a vet or a doctor ("levamos no plantão", "the vet
	 * bathed him"): followed by a `resolved` marker, they end even a rule that a "fine now" alone does not
	 * (an ingestion, a bite); alone they end nothing.
	 */
	treated: string[];
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
	/**
	 * Before a phrase in a clause with no present marker (yesterday aside), someone outside the household: "o filho da minha
	 * colega engoliu", "a la perrita de mi vecina la envenenaron", "a coworker collapsed". Their event is a story the speaker
	 * tells, not a report; they count as a history too.
	 */
	outsiders: string[];
	/**
	 * In a later clause, the speaker's own are fine ("os meus tão bem", "la mía está bien", "mine are fine"): what the
	 * message told before, of no one of theirs and of nothing going on now, is a story.
	 */
	ownFine: string[];
	/** Anywhere after such a history, these turn the message into a question about the speaker's own risk or check-up, not a report. */
	ownRisk: string[];
	/**
	 * After such a history (even of yesterday), these turn the message to the speaker's own routine business: "bueno, yo les
	 * escribía para la vacuna", "enfim, queria remarcar", "anyway, I was writing about".
	 */
	asides: string[];
	/** Before a phrase in its clause, a clinician's question: "a doutora perguntou se ele tinha dor no peito", "the nurse asked if". */
	askedWhether: string[];
	/** Anywhere after such a question, a yes: "e ele disse que sim", "he said yes". Without one, what was asked about is no report. */
	answersYes: string[];
	/**
	 * Opening the clause right after one that holds nothing but a wish to die, an everyday mishap makes the wish a figure of
	 * exasperation: "me quiero morir, me equivoqué de día", "I want to die, I missed my appointment".
	 */
	mishaps: string[];
	/** After such a mishap, asking to book again ("dá pra remarcar?", "me dan otro turno?", "can I rebook?"): only then is the wish a figure. */
	rebooking: string[];
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
		// With the other languages' negators that are no Portuguese word: a short message is read in every language ("nenhum sangramento" read as Spanish).
		// "zero sangramento": a count of none.
		negatorPhrases: ['nada de', '(nenhum|nenhuma|sem) (sinal|sinais) de', '(ningun|ninguna|ningún|sin|none|without)', 'zero'],
		negatorsAfter: 'nenhum nenhuma nenhuminha nao não',
		negatorAfterTails: 'gracas graças mesmo ne nem e eh',
		comparison: ['(assim|tao|igual|parecid*|antes|desse jeito|dessa forma|como essa|como esta)'],
		scopeBreaks: 'mas porem pois porque entao agora meu minha meus minhas ele ela eles elas seu sua',
		firstPerson: 'eu',
		past: [
			// Childhood with "quando" abbreviated: "qd eu era criança".
			'(qd|qdo|qndo|qnd) (eu|ele|ela)? (era|eramos|eram) (crianca|criança|pequeno|pequena|novo|nova|novinho|novinha|jovem|bebe|adolescente|filhote|moleque|menino|menina)',
			'(ano|mes) (passado|retrasado)',
			'(semana|vez) passada',
			'(ha|faz|fazem|tem) (uns|umas|mais de|quase|tipo|uns bons|mais ou menos)? # (anos|ano|meses|mes|semanas|semana)',
			'(ha|faz) (uns|alguns|bons) anos',
			'(faz|ha) (muito)? tempo',
			'aos ## (anos)?',
			'# (anos|meses|semanas) atras',
			'(anos|meses|tempos|muito tempo) atras',
			'ha (anos|muito tempo|tempos)',
			'ja (teve|tive|tivemos|tiveram|tinha|sofreu|sofri)',
			'em ####',
			'quando (eu|ele|ela)? (era|eramos|eram) (crianca|pequeno|pequena|novo|nova|novinho|novinha|jovem|bebe|adolescente|filhote|moleque|menino|menina|guri|guria)',
			'(na|desde a) (infancia|juventude|adolescencia)',
			'(quando|de) (pequeno|pequena|pequenininho|pequenininha|novinho|novinha|jovem)',
			// "de criança eu tive", not "remédio de criança".
			'de (crianca|criança|menino|menina|moleque|guri|guria|adolescente) (eu)? (tive|tinha|sofri|passei)',
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
			'(pos parto|parto|gravidez|gestacao) (do|da) (meu|minha)? (primeiro|primeira|outro|outra|ultimo|ultima) (filho|filha|bebe)?',
			'tiveram',
			'quando (eu|ele|ela)? (tinha|tinham) (uns|umas|tipo)? # (anos|ano|aninhos|aninho|meses)',
			'quando (eu|ele|ela)? (tinha|tinham) ##',
			// Childhood in everyday words: "de moleque", "de guri".
			// Not "de moleque": "pé de moleque" is a sweet.
			'de (guri|guria|piazinho|menino|menina|mocinha|rapazinho|pirralho|pirralha)',
			'(irma|tia|prima|amiga|cunhada|vizinha) perdeu',
			// A named month or season that has gone by: "em março", "no verão passado".
			'(em|no mes de|desde) (janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)',
			'(janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) passado',
			'(verao|inverno|outono|natal|carnaval) (passado|retrasado)',
			'primavera passada',
			'quando (era)? (filhote|novinho|novinha|pequenininho|pequenininha)',
			// Not "quando bebê": "engasga quando bebe água" is "when he drinks".
			'quando (crianca|adolescente|era bebe)',
			'(faz|ha) (um|uns|algum) tempo',
			// A story the family always tells: "meu sogro sempre conta que quase se afogou".
			'(conta|contava|contam|contavam) sempre (que)?',
			'sempre (conta|contava|contam|contavam) (que)?',
			// Heart attacks had before, told as what the speaker is: "já infartei duas vezes", "sou infartado".
			'(ja|já) (infartei|infartou|enfartei|enfartou)',
			'(sou|é|e) (infartado|infartada|enfartado|enfartada)',
			// School or student days: "na época da faculdade tomei uma overdose", "quando eu tava na facul".
			'(na|da) (epoca|época) (da|do|de) (faculdade|facul|escola|colegio|colégio|ensino medio|ensino médio)',
			'quando (eu|ele|ela)? (estava|tava|estudava|fazia) (na|no)? (faculdade|facul|colegio|colégio|ensino medio|ensino médio|cursinho)',
		],
		present: [
			'(agora|agorinha|hoje|ontem|ainda|atualmente)',
			'(neste|nesse) momento',
			'(acabou|acabamos|acabaram|acabei) de',
			'de repente',
			'(ha|faz) (uns|umas|quase)? # (minutos|minuto|horas|hora)',
			'(ha|faz) pouco',
			'desde (ontem|hoje|cedo|manha|a manha|a noite)',
			'(piorou|piorando|aumentou|aumentando)',
		],
		recurrence: [
			'(de novo|novamente|outra vez|mais uma vez|voltou a)',
			// Counted again today: "hoje já teve duas seguidas".
			'(duas|tres|três|varias|várias) (seguidas|hoje|agora)',
			'(#|duas|tres|três) (ate agora|até agora)',
			// Counted within the last hour or hours: "teve 3 convulsões seguidas na última hora".
			'(na|nas) (ultima|última|ultimas|últimas) (hora|horas|meia hora|# horas)',
		],
		figurative: [
			// Breathless with anger, or a blocked nose: "meu chefe me deixou sem ar de tanta raiva", "não consigo respirar pelo nariz".
			'(me|nos) (deixou|deixa|deixando) sem ar',
			'sem ar de (tanta|tanto)? (raiva|susto|odio|ódio|nervoso|emocao|emoção)',
			'(nao|não) (consigo|consegue) respirar pelo nariz',
			// An intensity or a wait told as a figure: "aquela dor que vc quer morrer", "tanta fila que quase desmaiei".
			'(dor|dores|colica|cólica) (que|q) (vc|voce|você|a gente|da vontade de|dá vontade de) (quer|querer)? (morrer|se matar)',
			'(tanto|tanta) (tempo|espera|fila|calor) (que|q) (eu)? (quase)? (desmaiei|morri|apaguei)',
			// Frozen by news, not paralysed: "fiquei paralisada quando a médica falou".
			'(fiquei|fico|ficou|fiquemos) (paralisada|paralisado|paralisados|paralisadas) (quando|com|de|ao)',
			// A heart stopped by joy, and blood tests: "meu coração quase parou de emoção", "exame de sangue".
			'(coracao|coração) (quase)? (parou|parando|saiu pela boca|saindo pela boca) (de|com) (emocao|emoção|alegria|susto|felicidade|fofura)',
			'(exame|exames|coleta|teste|beta|hcg) (de|no) sangue',
			// Swelling around a sting is local, not anaphylaxis: "inchou um pouco em volta da picada".
			'(inchou|inchado|inchada|inchaço|inchaco) (um pouco|so|só)? (em volta|ao redor|em torno|no local)',
			// An everyday annoyance as the cause: "vou ter um infarto com essa fila", "a conta me deu um AVC".
			'(infarto|infartar|avc|derrame|ataque cardiaco|explodir|explodindo|matando|sufocad*) ... ... (com|com essa|com esse|com a|com o|com tanta|com tanto|dessa|desse|por causa da|por causa do|de tanto) (fila|conta|contas|boleto|fatura|preco|precos|burocracia|transito|chefe|orcamento|site|aplicativo|app|espera|esperar)',
			'(essa|esse|esta|este) (fila|conta|contas|boleto|fatura|preco|precos|burocracia|transito|chefe|orcamento) ... ... (infarto|infartar|avc|derrame|matando|matar|explodir|sufocad*)',
			// Money and paperwork, with any article: "a fatura chegou e eu tive um infarto", "vai explodir com tanta papelada".
			'(a|o|as|os) (fatura|conta|contas|boleto|boletos|papelada|burocracia|orcamento|mensalidade) ... ... (infarto|infartar|avc|derrame|explodir|sufocad*)',
			// A bill that came or was seen, then the speaker's own attack: "a fatura do plano chegou e eu tive um infarto aqui".
			'(fatura|faturas|conta|contas|boleto|boletos|orcamento|mensalidade|preco|precos|valor|cobranca) ... (chegou|chegaram|veio|vieram|vi|abri|olhei) (e|ai|aí)? (eu)? (quase)? (tive|tenho|me deu|deu|dá|da) (um|uma)? (infarto|avc|derrame|treco|piripaque|ataque cardiaco|ataque do coracao)',
			'(quando|qdo|qnd|qd|ao) (eu)? (vi|ver|abri|abrir|olhei|recebi|receber) (a|o|as|os|essa|esse)? (fatura|faturas|conta|contas|boleto|boletos|orcamento|mensalidade|preco|precos|valor|cobranca) ... (eu)? (quase)? (tive|me deu|deu|infartei) (um|uma)? (infarto|avc|derrame|treco|piripaque)',
			'(explodir|explodindo) (com|de)? (tanta|tanto|essa|esse)? (papelada|burocracia|papel|papeis|documento|documentos|formulario|formularios)',
			// "a fila tá de sangrar os olhos": unbearable, not bleeding.
			'de sangrar (os|o)? (olhos|olho|ouvidos|ouvido)',
			'sem ar de tanto (esperar|rir|correr|falar)',
			// Breathless at a price or a piece of news: "fiquei sem ar com o preço da consulta".
			'(fiquei|fico|to|tô|estou|fiquemos) sem (ar|folego|fôlego|chao|chão) (com|quando vi|ao ver|vendo) (o|a|esse|essa|os|as)? (preco|preço|precos|preços|conta|valor|valores|fatura|orcamento|orçamento|boleto|noticia|notícia)',
			// A named everyday cause giving the speaker an illness: "meu chefe tá me dando convulsão de tanto estresse".
			'(chefe|trabalho|trampo|faculdade|escola|sogra|cliente|clientes|banco|governo|prova|provas|reuniao|reunião|transito|trânsito|burocracia) (ta|tá|esta|está|vive|anda|vai|vao|vão) me (dar|dando|provocar|provocando|causar|causando) (um|uma)? (infarto|avc|derrame|convulsao|convulsão|treco|piripaque|ataque|desmaio|troco)',
			// Poisoned by love or jealousy, not by a toxin.
			'(envenenado|envenenada|intoxicado|intoxicada) (de|pelo|pela) (amor|ciume|ciumes|paixao|saudade)',
			'(morrendo|morrer|morri|morro|morre|morta|morto|mortas|mortos) de (rir|risada|risadas|fome|sono|vontade|calor|frio|saudade|saudades|medo|vergonha|cansaco|inveja|tedio|preguica|ciume|ciumes|curiosidade|amor|pena|raiva)',
			'morrer de velho',
			'(matar|mata|matando|matou) de (rir|vergonha|saudade|saudades|susto|raiva|curiosidade|tanto|trabalhar|estudar|trabalho)',
			'de (infartar|matar|morrer)',
			'(quase|vou|vai) (ter|tive|tenho|me dar|me deu|dar)? (um)? (infarto|treco|piripaque|ataque cardiaco) (quando|com|de susto|de rir|vendo|se)',
			'quase (morri|desmaiei|infartei) (de|com|quando)',
			'(desmaiando|desmaiar|desmaiei|desmaio) de (fome|sono|cansaco|tedio)',
			'quase (engasguei|engasgo|me engasguei) (com|no|na) (o|a|meu|minha)? (cafe|cha|agua|suco|cerveja|comida|sopa) (quando|de rir|vendo|lendo|com)',
			// Choking or drowning in work, bills or exams: "to engasgada de tanto trabalho", "afogado em boleto".
			'(engasgado|engasgada|engasgando|afogado|afogada|afogando|sufocado|sufocada|sufocando) (de|com|em|no|na|nos|nas) (tanto|tanta|tantos|tantas)? (trabalho|servico|serviço|tarefa|tarefas|prova|provas|conta|contas|boleto|boletos|email|emails|papelada|papel|papeis|burocracia|divida|dividas|problema|problemas|tramite|tramites|mensagem|mensagens)',
			// A screening result, not a bleed: "sangue oculto nas fezes deu positivo".
			'sangue oculto',
			'quase (tive|tenho|me deu|deu|dei|vou ter) (um)? (avc|infarto|treco|derrame|ataque|piripaque|troco|convulsao)',
			'(me da|me deu|me dar|dar) (um)? (avc|infarto|convulsao|derrame|piripaque|treco)',
			// Something or someone causing the speaker an illness is a figure, whatever it is ("esse trânsito tá me dando um infarto",
			// "essa conta vai me causar um AVC", "o boleto quase me fez desmaiar"); "acho que tá me dando um infarto" has no such subject.
			'(vai|vao|vão|ia|iam) me (dar|provocar|causar) (um|uma)? (infarto|avc|derrame|ataque cardiaco|ataque do coracao|treco|piripaque|convulsao|troco|desmaio|ataque)',
			'me (provoca|provocou|provocando|provocar|causa|causou|causando|causar) (um|uma)? (infarto|avc|derrame|ataque cardiaco|ataque do coracao|treco|piripaque|convulsao|troco|desmaio|ataque)',
			'(esse|essa|este|esta|isso|isto|esses|essas|estes|estas) ... (ta|tá|esta|está|tao|tão|estao|estão|vive|vivem|anda|andam) me (dando|provocando|causando|dar) (um|uma)? (infarto|avc|derrame|ataque cardiaco|ataque do coracao|treco|piripaque|convulsao|troco|desmaio|ataque)',
			'quase me (fez|faz|fazendo|fizeram) (desmaiar|infartar|morrer|ter um infarto|avc|derrame|ataque cardiaco|ataque do coracao|treco|piripaque|convulsao|troco|desmaio|ataque)',
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
			'(ataque|ataques|crise|crises) de (riso|ciume|ciúme|ciumes|ciúmes|loucura|zoomies|energia|carencia|carência)',
			'(que nem|feito|como) (uma|um)? (cobra|piranha|tubarao|tubarão|jacare|jacaré|vampiro)',
			// The simile must hold the verb to drop it: "meu gato morde que nem uma piranha kkk".
			'(morde|mordem|mordeu|mordendo|ataca|atacando) (que nem|feito|igual|como) (uma|um)? (cobra|piranha|piranhas|tubarao|tubarão|jacare|jacaré|vampiro|leao|leão|onça|onca)',
			// Frozen staring, not paralysed: "o gato tá paralisado olhando pra parede kkk".
			'(paralisado|paralisada|travado|travada|congelado|congelada|petrificado|petrificada) (olhando|encarando|vendo|fitando) (pra|para|a|o|pro)?',
			// Rather die than sit through something: "prefiro me matar do que ir em outra reunião".
			'prefiro (me matar|morrer) (do que|que|a) (ir|assistir|ver|ficar|sentar|participar|aguentar|ouvir) (em|a|o|na|no)? (outra|outro|mais uma|mais um|essa|esse|aquela|aquele)',
		],
		conditionals: 'se caso',
		conditionalLeads: 'e mas entao tipo acontece que',
		conditionalsAnywhere: 'caso',
		conditionalsAnywhereExceptAfter:
			'o um no do num esse este nesse neste desse deste aquele naquele daquele meu seu teu nosso dele dela qualquer cada outro mesmo tal primeiro',
		conditionalSubjects:
			'meu minha meus minhas o a os as um uma ele ela eles elas eu voce vc alguem algum alguma tiver tiverem for forem der estiver acontecer isso isto nao ja por seu sua nosso nossa eventualmente crianca bebe cachorro gato pessoa',
		hypothetical: [
			// How one would tell two things apart: "como eu diferencio dor de infarto de dor muscular?".
			'como (eu|a gente)? (diferencio|diferencia|distingo|distinguir|diferenciar)',
			// What to do if: "como faço se meu bebê engasgar?".
			'(como) (faço|faco|fazer|eu faço|eu faco|ajo|agir) se',
			// How one would tell, in general: "como eu vejo se a gengiva tá pálida?", "como se reconhece uma convulsão".
			'como (eu|a gente)? (vejo|percebo|noto|olho|confiro|checo) se',
			'como se (reconhece|identifica|percebe|nota|sabe)',
			// Closed-class openers of a hypothesis, whatever the symptom: "hipoteticamente", "em caso de", "supondo que".
			'(hipoteticamente|supondo que|suponha que|suponhamos que|digamos que|imagina se|imagine se|em caso de|no caso de|se por acaso|se um dia)',
			// A look that seems to want something: "me olha como se quisesse me envenenar".
			'como se (me|nos)? (quisesse|quisessem)',
			// Anyone at all: "precisa de ponto se a pessoa se corta de propósito?".
			'(se|caso|quando) (a|uma) pessoa',
			// As if it had happened, so it did not: "mancava como se tivesse sido atropelado".
			'como se (o|a|me|lhe|te)? (tivesse|tivessem)',
			// A future subjunctive is a plan, not an event: "quando a gente for pra praia e o dog morder um sapo".
			'(quando|qndo|qdo|qnd) (a gente|eu|nós|nos|ele|ela|vocês)? (for|formos|forem|tiver|tivermos|estiver|estivermos|viajar|viajarmos)',
			'(oq|o q) (eu)? (faço|faco|fazer|acontece) se',
			'(e|o que acontece|o que faço|o que eu faço|o que fazer|faz mal) se',
			// Whatever the gender and number: "pilha é perigosa se criança engolir?".
			'(perigoso|perigosa|perigosos|perigosas|grave|arriscado|arriscada) (mesmo)? (pra|para)? (crianca|criancas|cachorro|gato|bebe)? se',
			'como (eu|a gente)? (sei|saber|vou saber|eu sei|identificar|reconhecer) se',
			'(é verdade|verdade) que',
			'(quais|qual) (são)? (os|as)? (primeiros)? (sinais|sintomas) (de|da|do)',
			'(quão|quao|o quanto) (grave|perigoso|perigosa) (é|e) (um|uma)',
			// How long one lasts in general ("uma convulsão"), not this one.
			'quanto tempo (dura|demora) (normalmente)? (um|uma)',
			'(li|ouvi dizer|dizem) que',
			'antes (que|q) (de|dê|tenha|ter|pegue)',
			'(posso|pode|podemos|da pra|dá pra) (usar|aplicar|passar|colocar|pingar)',
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
			'como (se)? (diferencia|diferenciar|diferencio|distingue|distinguir|distingo)',
			'(vamos|vou|vamos viajar) (de ferias|viajar|acampar)',
			'(mencionou|comentou|falou sobre|alertou sobre)',
			'diferenca entre',
			'(que|qual|quais) (tipo|tipos) de ... (devo|deveria|tenho que|preciso) (me)? (preocupar)',
			'(vi|vimos|viu|viram|li|leu|deu|passou|saiu) (na|no|nos|nas) (tv|televisao|jornal|jornais|noticia|noticias|reportagem|internet|insta|instagram|facebook|tiktok|youtube)',
			// Whether it can happen at all, not that it did: "pode acontecer reação grave com a vacina?".
			'(pode|podem|poderia|poderiam) (acontecer|ocorrer|haver|causar)',
			'(e|é) (possivel|possível) (que|ter|dar|acontecer)',
			'(existe|tem|ha|há|corre|correm) (algum)? (risco|chance|perigo) de',
			// What to do if it ever happens: "o que devo fazer se ele engasgar?", "na hipótese de".
			'(o que|oq|que) (eu)? (devo|deveria|tenho que|preciso|se deve) fazer (se|caso|quando)',
			'(na|numa) (hipotese|hipótese)',
			'(onde|que) tem (muito|muitos|muita|muitas) (escorpiao|escorpião|escorpioes|escorpiões|cobra|cobras|sapo|sapos|aranha|aranhas)',
			// A fear of what might happen, and the point at which to worry: "tenho pavor do bebê engasgar", "a partir de quanto tempo".
			'(medo|pavor|panico|pânico|receio) (de|do|da)',
			'(medo|pavor|panico|pânico|receio) (dele|dela)',
			// What was only feared before it turned out otherwise: "a pilha que achávamos que ele tinha engolido apareceu".
			'(achavamos|achávamos|pensavamos|pensávamos) que',
			// What it may cause in general: "a enfermeira disse que pode dar febre".
			'(pode|podem|poderia) dar',
			'(a partir de|depois de) quanto',
			// News, a post or a group chat: "vi uma reportagem de um menino que", "no grupo do condomínio falaram que".
			'(vi|li|assisti|assistindo|vendo) (uma|um|essa|esse)? (reportagem|materia|matéria|noticia|notícia|post|documentario|documentário)',
			'(no|num|nesse) grupo (do|da|de|dos|das)',
			'(falaram|contaram|disseram|comentaram) que (um|uma|o|a)',
			// A story on screen: "no filme o cachorro teve torção".
			'(no|na|num|numa) (filme|serie|série|novela|documentario|documentário|episodio|episódio|desenho)',
			// A programme named before its story: "passou no Globo Rural um cachorro picado", "vi um episódio de Grey's onde".
			'(passou|passa|deu|saiu|mostraram|mostrou) (no|na|num|numa) ... (um|uma|o|a) (cachorro|gato|menino|menina|crianca|bebe|homem|mulher|cara|moco|moca|senhor|senhora|pessoa|paciente)',
			'(vi|assisti|assistindo|vendo) (um|uma|o|a) (episodio|episódio|filme|serie|série|video|vídeo|programa|documentario|documentário) ... (onde|que|em que|sobre|de um|de uma)',
			// What a course or a talk covers: "no curso explicam sobre a bolsa rompendo?".
			'(explicam|explica|ensinam|ensina|falam|fala) (sobre|de|do|da|como|o que)',
		],
		resolved: [
			// Doing ordinary things again: "já come e pula", "andando normal".
			'(ja)? (come|anda|corre|pula|brinca) e (come|anda|corre|pula|brinca|dorme)',
			'(anda|corre|pula|brinca|andando|correndo|pulando|brincando) (normal|normalmente|bem|de boa)',
			// Healing or lively again, or under control: "tá cicatrizando bonitinho", "agora tá super ativa", "as convulsões estão controladas".
			'(ta|tá|esta|está|ja ta|já tá) (cicatrizando|sarando|secando|fechando) (bem|bonitinho|direitinho|certinho)?',
			// Using it normally again: "passaram colírio e já tá abrindo o olho normal".
			'(ja|já)? (ta|tá|esta|está) (abrindo|mexendo|apoiando|pisando|usando) (o|a)? (olho|olhinho|pata|patinha|perna|braço|braco|mão|mao) (normal|normalmente|direitinho)',
			// A near miss: "derrubou o café no chão, por sorte não pegou nele".
			'(nao|não) (pegou|caiu|respingou|atingiu|encostou) (nele|nela|neles|nelas|em mim|no bebe|no bebê|na bebe|na bebê|em ninguem|em ninguém)',
			// Healed or nearly: "já tá quase cicatrizado".
			'(ja|já)? (ta|tá|esta|está)? (quase|praticamente|todo|toda)? (cicatrizado|cicatrizada|sarado|sarada|curado|curada)',
			'(agora|hoje|ja|já) (ta|tá|esta|está) (super|bem|mega|toda|todo)? (ativa|ativo|esperta|esperto|animada|animado|serelepe|elétrica|eletrica)',
			'(controlada|controlado|controladas|controlados) (com|pelo|pela)? (remedio|remédio|medicacao|medicação)?',
			// Survived it: "foi picado há anos e se salvou".
			'(se salvou|sobreviveu|ficou bom|ficou boa)',
			'(corre|come|brinca|anda) (normal|como sempre)',
			'(já|ja) (quase)? nem (aparece|da pra ver|dá pra ver)',
			'acordou na hora',
			'(ta|tá|está|esta) (normalzinho|normalzinha)',
			'(já|ja)? (passou|parou|melhorou|normalizou|sarou|cicatrizou|desinchou|voltou ao normal)',
			// Not "sumiu" alone: "sumiu a pilhinha" (the battery went missing).
			'(já|ja) (sumiu|sumiram)',
			'sumiu tudo',
			// Home again and well: "já tá em casa desde ontem, super bem".
			'(já|ja) (ta|tá|está|esta|estamos|voltou|voltamos) (em|pra|para) casa',
			'(super|mega|muito) bem',
			'(já|ja|agora)? (está|ta|tá|esta|ficou|fica|to|tô|estou|fiquei|me sinto) (bem|ótimo|otimo|ótima|otima|normal|tranquilo|tranquila|de boa|brincando|rindo|sorrindo|feliz)',
			// "já tava normal" is over; "ontem tava normal" is how things were before it began.
			'(já|ja) (tava|estava) (bem|normal|brincando)',
			'(teve|recebeu|deram|deu) alta',
			'(respirando|dormindo) (otimo|ótimo|tranquilo|tranquila)',
			// Sent home after being seen: "examinaram e liberaram", "mandaram pra casa".
			'(nos|me|o|a)? (liberaram|liberou|mandaram (pra|para) casa|mandou (pra|para) casa)',
			'(saiu|cuspiu|expeliu|botou pra fora|pôs pra fora) (o|a) (pedaco|pedaço|caroco|caroço|osso|objeto|bala|comida|carne|uva)',
			'(ficou|voltou a|volto a) (respirar|respirando) (bem|normal|normalmente)',
			'respirando (normal|normalmente)',
			'dormiu bem',
			'e bem (hoje|agora)',
			'(ta|tá|esta|está|ja|já) (melhorando|se recuperando)',
			'(continuou|seguiu) (brincando|nadando|correndo|comendo)',
			'caiu (em pe|de pe)',
			'me senti (bem|melhor) (depois|logo|em seguida)',
			'mamando (de novo|normal|bem)',
			'(já|ja|agora) (respira|respirando|respirou) (bem|normal)',
			'(já|ja|agora)? (ta|tá|está|esta) (respirando|mamando|comendo) (bem|normal|normalmente|otimo|ótimo)',
			'(já|ja) (acordou|levantou|voltou|comeu|está comendo|ta comendo|tá comendo)',
			'(tudo|ta tudo|tá tudo|está tudo) (bem|certo|normal|ok)',
			'(o|a|os|as)? (raio x|radiografia|radiografias|ultrassom|tomografia|eletro|exame) (deu|deram|veio|vieram|saiu|sairam|saíram) (normal|normais|bom|bons|ok|tudo certo)',
			'(já|ja)? (se acalmou|acalmou|se recuperou|recuperou)',
			'(cuspiu|tossiu|pôs pra fora|pos pra fora|botou pra fora) (e saiu)?',
			'(brincando|correndo|comendo) normal',
			'como se nada (tivesse|tivesse acontecido)',
			'(faz|fez|fazendo) (coco|cocô|xixi) normal',
			'(acordou|levantou) (normal|bem|resmungando)',
			'deu (#)? (normal|negativo)',
			'(os)? (exames|resultados) (deram|vieram|estao|tao)? (normais|normal|bons|ok)',
			'(comendo|brincando) e (pulando|brincando|correndo|comendo|bebendo agua)',
			'(tirar|tira|tirou|retirar) (os)? pontos',
			// What was taken worked: "tive crise de asma ontem mas a bombinha resolveu".
			'(bombinha|remedio|medicacao|medicamento|spray|inalador|nebulizacao) (resolveu|funcionou|fez efeito)',
			// Kept in check by treatment: "teve convulsões, está medicada e estável".
			'(esta|está|ta|tá|segue) (medicada|medicado|controlada|controlado|estavel)',
			'(ja|já|se) resolveu',
			// It never came back: "nunca mais teve", "nunca mais aconteceu".
			'nunca mais (teve|tive|aconteceu|deu|repetiu|voltou|tivemos)',
			// Back to themselves for hours: "tá normal faz 3 horas", "já comi, bebi água e tô 100%".
			'(ta|tá|esta|está|to|tô|estou|fiquei|ficou) (100|cem por cento|novo|nova|novinho|novinha|inteiro|inteira|otimo|ótimo|otima|ótima)',
			'(ta|tá|esta|está|esteve|ficou) (normal|bem|otimo|ótimo|otima|ótima) (faz|ha|há|desde|nas ultimas|nas últimas) (#|umas|uns)? (horas|hora|dias)',
			// The speaker's own recovery: "fiquei no nebulizador e melhorei, hoje respiro normal".
			'(ja|já)? (melhorei|sarei|me recuperei)',
			'(hoje|agora|ja|já) (respiro|to respirando|tô respirando|estou respirando) (normal|normalmente|bem)',
			// "agora tá 110 e tô me sentindo bem".
			'(to|tô|estou|ja to|já tô|ja estou|já estou) me sentindo (bem|melhor|otimo|ótimo|otima|ótima|normal)',
		],
		treated: [
			// Treated or watched over: "já foi medicado", "tá sendo tratado".
			'(foi|ja foi|já foi|ta sendo|tá sendo|esta sendo|está sendo) (tratado|tratada|medicado|medicada|acompanhado|acompanhada|observado|observada)',
			// Passed in the stool, the end of a swallowed thing: "saiu inteiro no cocô".
			'(saiu|fez|expeliu|botou|cagou) (inteiro|inteira)? (no|na|pelo|pelas)? (coco|cocô|fezes)',
			// Stitched: "levei 3 pontos na UPA".
			'(levei|levou|levamos|tomei|tomou|deram|deu) (\d+|uns|umas|alguns)? (ponto|pontos)',
			'(levamos|levei|levou|levaram|fomos|fui) (ele|ela)? (no|na|pro|pra|para o|para a|ao) (plantao|emergencia|pronto socorro|ps|upa|hospital|veterinario|vet|clinica)',
			'(recebeu|tomou|deram|aplicaram|fez) (o)? (soro|antiveneno|antidoto)',
			// The care itself, told before what it was for: "o vet fez ele vomitar o chocolate que comeu".
			'(fez|fizeram|induziu|induziram) (ele|ela)? vomitar',
			'(induziu|induziram|provocou|provocaram) (o)? (vomito)',
			'(fez|fizeram) (uma)? lavagem',
			// Seen by a professional: "o vet examinou ela", "já foi avaliado".
			'(o|a)? (vet|veterinario|veterinaria|medico|medica|pediatra|neurologista|hospital) (viu|examinou|avaliou|atendeu|olhou) (ele|ela)?',
			'(ja|já) foi (avaliado|avaliada|atendido|atendida|examinado|examinada)',
			// The treatment itself: "deram uma injeção e desinchou", "a gente fez a manobra e saiu".
			'(deram|aplicaram|tomou|fizeram|deu) (uma|um)? (injecao|injeção|corticoide|antialergico|antialérgico|adrenalina|medicacao|medicação) (na veia)?',
			'(fez|fizemos|fizeram) (a)? (manobra|heimlich)',
			'(examinaram|examinou|avaliaram|atenderam)',
			'(fez|fizeram|tomou|deram|recebeu) (nebulizacao|nebulização|inalacao|inalação|corticoide|soro na veia|medicacao na veia|medicação na veia)',
			'(a gente|nos|nós)? (levou|levamos) (ele|ela)? (ai|aí|aqui|la|lá)',
			'(levei|levamos|levou) ... (no|na|pro|pra) (plantao|plantão|emergencia|emergência|pronto socorro|ps|upa|hospital|veterinario|veterinário|vet|clinica|clínica)',
			'(passaram|passou|deram|receitaram) (colirio|colírio|pomada|antibiotico|antibiótico|remedio|remédio)',
			'(tirou|tiramos|tirei|tiraram) (com a mao|com a mão|com o dedo|o osso|o pedaco|o pedaço)',
			'(fiquei|ficou|ficamos) (no|na) (nebulizador|nebulizacao|nebulização|oxigenio|oxigênio|soro|observacao|observação)',
			'(limpei|lavei|limpamos|lavamos|passei um pano na|passei pano na) (a|as)? (gengiva|gengivas|boca)',
			// Care that had to be given: "precisou de endoscopia às pressas", "teve que operar".
			'(precisou|precisaram|teve que|tiveram que|teve q) (de)? (fazer|ser)? (endoscopia|cirurgia|operar|operacao|operação|lavagem|operado|operada|internado|internada|internar)',
		],
		mild: [
			'(um|uma)? (pouco|pouquinho|tiquinho) (de)?',
			'(leve|levemente|de leve|bem de leve|leves)',
			'(um|uma) (leve|levinho|levinha)',
			'meio que',
		],
		topicBefore: [
			// A vaccine's cover: "vacinado contra parvo".
			'(vacinado|vacinada|protegido|protegida|imunizado|imunizada) (contra)?',
			'(remedio|remedios|medicamento|medicamentos|medicacao|receita|receitas|tratamento|vacina|vacinas|exame|exames|teste|curso|cursos|aula|aulas|palestra|video|videos|documentario|noticia|noticias|seguro|atestado|laudo|certificado|alarme|detector|repelente|prevencao|prevenir|evitar|risco|sobre|primeiros socorros|trabalho da escola|caso de|casos de|epidemia de|surto de)',
			// A service or a definition asked about: "vocês atendem convulsão?", "o que é sepse?".
			// Not "atendimento": "preciso de atendimento dor no peito" asks for care for a complaint.
			'(atendem|atende|tratam)',
			'(fazem|faz|tem|oferecem) (atendimento|tratamento)',
			'(vacinam|vacinar|vacinou)',
			// Both with and without the verb: a marker is found once at each start.
			'(convenio|plano de saude)',
			'(convenio|plano de saude) (cobre|aceita)',
			'(o|meu)? plano (cobre|aceita)',
			'(evita|evitam|previne|previnem)',
			// What a vaccine or a measure covers, and kinds of an illness: "protege contra todos os tipos de meningite".
			'(protege|protegem|proteger|protecao|proteção|imunidade|imune) (contra|de|da|do|das|dos)',
			'(todos|todas)? (os|as)? (tipos|formas|cepas) (de|da|do)',
			'o que (e|eh|seria|significa)',
			'(preciso|devo|posso|tenho que) (tomar|usar|fazer) (algo|alguma coisa|algum remedio)',
			// Carrying or renewing the kit, not using it: "renovar a caneta de adrenalina".
			'(carregar|renovar|renovacao|trocar)',
			// Screening for it, not having it: "exames de rastreio de pré-eclâmpsia".
			'(rastreio|rastreamento|triagem)',
			// Vomiting made to happen is care, not a complaint: "fizeram ele vomitar".
			'(fizeram|induziram|provocaram) (ele|ela)',
			'(quanto custa|quanto sai|quanto fica|preço do|preço da|preco do|preco da|valor do|valor da)',
			// First aid on the mouth, not a sign: "limpei a boca dele mesmo assim".
			'(limpei|limpou|limpamos|lavei|lavou|lavamos|enxaguei|enxaguou) (bem)?',
			// A risk in general: "quais raças são mais propensas a torção?".
			'(propenso|propensa|propensos|propensas|predisposto|predisposta|predispostos|predispostas|predisposicao|predisposição) (a|para)?',
		],
		topicAfter: [
			'(remedio|medicamento|vacina|vacinas|vacinacao|exame|alarme|detector|seguro|repelente)',
			// A general property asked about: "sepse é contagiosa?", "pré-eclâmpsia tem cura?".
			'(e|eh|seria|pode ser)? (contagios*|hereditari*|transmissivel|curavel)',
			'tem (cura|tratamento)',
			'(mata|matam|pode matar)',
			'(da|dá) (sinal|sinais)',
			// Operated on, and kept from coming back: "torceu o estômago e operou, fizeram a gastropexia".
			'(e)? (operou|operei|operamos|operaram|fez cirurgia|fizeram cirurgia|fizeram a gastropexia|fez gastropexia)',
			// What an illness leaves in general: "convulsão febril deixa sequela?".
			'(deixa|deixam|pode deixar) (sequela|sequelas)',
			'(febril|febris|por febre) (deixa|deixam|pode deixar) (sequela|sequelas)',
			// Whom it happens to, in general: "piometra só acontece em cadela não castrada?".
			'(so|só)? (acontece|acontecem|ocorre|ocorrem|da|dá) (em|com|nas|nos)',
		],
		// With "pre" of "pré-eclâmpsia", folded to two words.
		functionWords: 'de da do das dos para pra pro contra o a os as um uma meu minha seu sua dele dela no na e ou pre',
		history: [
			'(teve|tive|tiveram|tivemos|sofreu|sofri|sofreram)',
			// A birth told as a history: "nasceu de 32 semanas há 2 anos" (not "nasceu há 3 semanas", which is not long ago).
			'(nasceu|nasci|nasceram)',
			// A hard time gone through: "ano retrasado passei por uma fase ruim".
			'(passei|passou|passamos) por',
			'(com|aos) ## anos',
			'(ficou|terminou|acabou) (internado|internada)',
			'(na|da) (minha|nossa)? familia',
			// An animal lost to it: "meu tio perdeu uma vaca picada de cobra".
			'(perdeu|perdi|perdemos|perderam) (um|uma|dois|duas|tres|três) (vaca|vacas|boi|bois|bezerro|bezerra|cavalo|egua|égua|cachorro|cachorra|cadela|gato|gata|bicho|animal|animais|filhote|filhotes|galinha|galinhas)',
		],
		outsiders: [
			// Someone else's event, their animal, or a relative who recounts it ("meu irmão disse que vai pular" is a threat now): "meu colega desmaiou na reunião", "a cadela dele", "meu irmão contou que".
			'(meu|minha) (colega|vizinho|vizinha|amigo|amiga|cunhado|cunhada|primo|prima) (desmaiou|caiu|infartou|engasgou|ficou|passou mal)',
			'(o|a) (cachorro|cachorra|cadela|gato|gata|cao|cão|cachorrinho|cachorrinha) (dele|dela|deles|delas)',
			'(meu|minha) (irmao|irmão|irma|irmã|mae|mãe|pai|sogra|sogro) (contou|conta|comentou) (que|q)?',
			// Someone else in hospital: "meu vizinho foi internado com plaqueta baixa".
			'(meu|minha|um|uma|o|a) (vizinho|vizinha|amigo|amiga|colega|cunhado|cunhada|primo|prima|tio|tia) (foi|ficou) (internado|internada|hospitalizado|hospitalizada|operado|operada)',
			// "a filha da minha amiga engasgou", "o cachorro do meu tio pegou".
			'(do|da|dum|duma) (meu|minha|um|uma)? (amigo|amiga|vizinho|vizinha|tio|tia|primo|prima|cunhado|cunhada|colega|conhecido|conhecida|sogro|sogra)',
			'(um|uma) (amigo|amiga|vizinho|vizinha|conhecido|conhecida|colega) (meu|minha|nosso|nossa)?',
			// Told as what they went through: "meu vizinho teve um AVC semana passada" ("meu primo se cortou" may be now).
			'(meu|minha|nosso|nossa) (amigo|amiga|vizinho|vizinha|primo|prima|tio|tia|colega|sobrinho|sobrinha|cunhado|cunhada) (teve|sofreu|morreu|faleceu|quase|perdeu|foi)',
			// A workmate: "meu colega de trabalho teve um infarto no escritório".
			'(meu|minha|um|uma) (colega|colegas) de (trabalho|servico|serviço|escritorio|escritório|firma|faculdade)',
			// Someone else who tells it, and someone from the street: "minha cunhada contou que", "um cachorro da rua".
			'(minha|meu|uma|um) (amiga|amigo|vizinha|vizinho|cunhada|cunhado|colega|prima|primo|tia|tio|conhecida|conhecido) (contou|disse|falou|conta|diz|comentou) (que)?',
			'(um|uma|o|a) (cachorro|cachorra|gato|gata|menino|menina|crianca|bebe|homem|mulher|senhor|senhora|cara|moco|moca) (da|do|na|no) (rua|bairro|predio|condominio|escola|trabalho|firma)',
			// A stray: "um gato de rua".
			'(um|uma) (cachorro|cachorra|gato|gata|cachorrinho|gatinho|cão|cao) de rua',
			// A stranger the speaker saw it happen to: "vi um homem engasgar no restaurante".
			'(vi|assisti|vimos) (um|uma) (homem|mulher|cara|moco|moca|menino|menina|senhor|senhora|cachorro|gato|pessoa|crianca|jogador)',
			// A friend of one of the speaker's own: "a amiga da minha filha tomou…".
			'(a|o|uma|um) (amiga|amigo|colega|namorada|namorado) (da|do) (minha|meu)',
			// Named with "the": "a vizinha desmaiou na fila", "o colega do trabalho teve".
			'(a|o) (vizinha|vizinho|colega|conhecida|conhecido)',
			'(colega|colegas) (do|da) (trabalho|servico|serviço|escritorio|escritório|firma|faculdade|academia|escola)',
			// A relative's child or friend: "o bebê da minha irmã teve", "o neto da amiga da minha mãe".
			'(o|a|os|as) (bebe|bebê|filho|filha|filhos|neto|neta|amigo|amiga|namorado|namorada) (da|do) (minha|meu) (irma|irmã|irmao|irmão|prima|primo|tia|tio|cunhada|cunhado|amiga|amigo|vizinha|vizinho|mae|mãe|avo|avó)',
			// The speaker's boss or teacher: "meu chefe infartou ontem no escritório".
			'(meu|minha|o|a) (chefe|patrao|patrão|patroa|gerente|supervisor|supervisora|professor|professora) (desmaiou|caiu|infartou|engasgou|ficou|passou mal|teve|sofreu|morreu|faleceu|quase)',
		],
		ownFine: [
			// The speaker's own did not eat it: "o meu não comeu nada".
			'(o|a) (meu|minha) (nao|não) (comeu|pegou|mordeu|lambeu|bebeu|engoliu) (nada)?',
			'(nós|nos|a gente) (estamos|tá|ta|está|esta) (bem|todos bem|ótimos|otimos)',
			'(os|as) (meus|minhas) (tao|tão|estao|estão|ta|tá|seguem|continuam) (bem|otimos|ótimos|otimas|ótimas|tranquilos|tranquilas)',
			'(o|a) (meu|minha) (ta|tá|esta|está) (bem|otimo|ótimo|otima|ótima)',
			// The speaker's own never did it: "os meus nunca fizeram isso graças a Deus".
			'(os|as|o|a) (meus|minhas|meu|minha) (nunca|jamais) (fizeram|fez|tiveram|teve|engoliram|engoliu|comeram|comeu|pegaram|pegou|passaram|passou) (isso|nada|nada disso|por isso)?',
			'(aqui em casa|aqui) (ta|tá|esta|está)? (todo mundo|todos) (bem|otimos|ótimos)',
		],
		ownRisk: [
			// How much of it is dangerous: "quanto chocolate é perigoso pra um cachorro?".
			'quanto ... (e|é) (perigoso|toxico|tóxico|demais)',
			'(tenho|teria|terei|corro|eu tenho|eu teria) (mais|maior|algum)? (risco|chance|chances)',
			'(pode|podem|vai|poderia) (acontecer|dar|ocorrer) (comigo|com a gente|com ele tambem|com ela tambem)',
			'(posso|pode|podem) ter (isso|tambem)',
			'(fazer|faço|fazemos|faco) (algum|alguns|um|uns)? (exame|exames|check up|checkup|ultrassom|ultrassonografia|ultra|eco|ecografia) (a mais|antes|preventivo|no|na|em)?',
			'(como|onde) (eu)? (guardo|guardar|armazeno|armazenar)',
			'(cuidado|cuidados) (especial|especiais)',
			'(quero|queria|gostaria de|preciso|devo) (checar|verificar|medir|avaliar) (a|o|meu|minha)',
			'(como|o que fazer pra|o que fazer para) (eu)? (evito|evitar|previno|prevenir)',
			'(como|o que) (eu)? (posso|podemos|da pra|dá pra|tem como|devo|faço pra|faco pra) (fazer pra|fazer para)? (evitar|prevenir)',
			'(existe|tem|ha|há) (alguma|algum)? (vacina|cirurgia preventiva|prevenção|prevencao|jeito de prevenir)',
			'(devo|deveria) (trocar|mudar)',
			'(hereditari*|genetic*)',
			// The speaker turns to their own case: "minha vizinha teve pré-eclâmpsia… to grávida agora", "a minha também é".
			// With the pronoun, which sets the speaker against the person before ("tive um acidente, to de 28 semanas" is her own).
			'(eu to|eu estou|eu tô) (gravida|gestante|de ## semanas|tentando engravidar|pensando em engravidar)',
			// "agora" sets the speaker's pregnancy against the history before it, as the pronoun does.
			'agora (eu)? (to|estou|tô|fiquei) (gravida|grávida|gestante|de ## semanas|com ## semanas|tentando engravidar)',
			'(tem|existe|ha|há|faz|fazem) (algum|alguma|algum tipo de)? (exame|exames|teste|testes) (preventivo|preventivos|de prevencao|de prevenção|pra prevenir|para prevenir|pra saber)',
			'(o|a) (meu|minha) (tambem|tb|e)',
			'(meu|minha) (filho|filha|cachorro|cachorra|gato|gata|filhote|bebe) (tambem|tb|novo|nova)',
			'aqui em casa',
			'(quais|que) (exames|exame|vacina|vacinas|cuidados|precaucoes) (eu)? (devo|preciso|tenho que)',
			'(e|eh) comum',
			// A course or a service for the speaker's own family: "vcs dão curso de primeiros socorros?".
			'(dão|dao|fazem|tem|têm|oferecem|indicam) (algum|alguma)? (curso|cursos|aula|aulas|palestra|palestras|grupo|treinamento)',
			'(por precaução|por precaucao|por via das duvidas|por via das dúvidas)',
		],
		asides: [
			'(enfim|mas enfim|mudando de assunto|voltando ao assunto|bom mas|mas bom)',
			'(eu)? (to|tô|estou|estava|tava) (escrevendo|mandando mensagem|entrando em contato|chamando) (pra|para|por causa|sobre)',
			'(escrevo|escrevi|mandei mensagem|entrei em contato) (pra|para|por causa|sobre)',
			'o motivo (do|da|de) (meu|minha)? (contato|mensagem)',
		],
		askedWhether: ['(perguntou|perguntaram|pergunta|perguntando|quis saber|quiseram saber) (pra mim|pra ele|pra ela)? se'],
		mishaps: [
			'(errei|confundi|troquei) (o|a)? (dia|data|horario|horário|hora|grupo|numero|número)',
			'(esqueci|perdi) (completamente)? (a|o|da|do|minha|meu)? (consulta|horario|horário|exame|retorno|agendamento)',
			'(perdi a hora|dormi demais|passei do horario|passei do horário)',
			'(to|tô|estou|fiquei) (uma hora|horas|meia hora) (esperando|na espera|no telefone)',
		],
		rebooking: [
			'(remarcar|reagendar|remarca|reagenda|desmarcar|mudar a consulta|trocar a consulta|trocar o horario|trocar o horário)',
			'(outro|outra|novo|nova) (horario|horário|data|consulta|vaga|dia)',
		],
		answersYes: [
			'(disse|disseram|falou|falei|respondeu|respondi|respondemos|confirmou|confirmei) (que)? sim',
			'sim (ele|ela|eu)? (tem|tinha|teve|tenho|tive|sente|sinto|sentiu|senti)',
			'(e|mas) (ele|ela|eu) (tem|tinha|teve|tenho|tive|sente|sinto|sentiu|senti) sim',
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
		// With the other languages' negators that are no Spanish word ("nenhum sangramento" read as Spanish).
		negatorPhrases: [
			'nada de',
			'(ningun|ninguna|sin) (signo|signos|senal|senales) de',
			'(nenhum|nenhuma|nenhuns|nao|não|sem|none|without)',
			// "cero sangrado, cero dolor": a count of none.
			'cero',
		],
		negatorsAfter: 'ninguno ninguna tampoco',
		negatorAfterTails: 'gracias eh e ni y tampoco',
		comparison: ['(asi|tan|igual|parecid*|antes|como esta|como este)'],
		scopeBreaks: 'pero sino pues porque entonces ahora mi mis ella ellos ellas su sus',
		firstPerson: 'yo',
		past: [
			'hace (unos|unas|algunos|algunas|varios|varias) (anos|años|meses|semanas)',
			'(el)? (ano|mes) (pasado|antepasado)',
			'(la)? semana pasada',
			'(hace|ya hace) (unos|unas|mas de|casi|como|tipo|alrededor de|más o menos|mas o menos)? # (anos|ano|meses|mes|semanas|semana)',
			'# (anos|meses|semanas) atras',
			'(anos|meses|tiempo) atras',
			'hace (anos|mucho tiempo|tiempo)',
			'a los ## (anos)?',
			'ya (tuvo|tuve|tuvimos|tuvieron|ha tenido|habia tenido|sufrio|sufri)',
			'en ####',
			'cuando (yo|el|ella)? (era|eramos|eran) (nino|nina|chico|chica|pequeno|pequena|joven|bebe|cachorro)',
			'de (nino|nina|pequeno|pequena|chiquito|chiquita|chico|chica|joven|jovencita|adolescente|peque|pequeñito|pequeñita|pequenito|pequenita|chiquitito|chiquitita|crio|cria|chamaco|chamaca|chavo|chava|morro|morra|escuincle|pibe|piba|gurí|guri|chaval|chavala)',
			'(antecedentes|historial|historia) (de|familiar)',
			'en el pasado',
			'(secuela|secuelas) (de|del)',
			'(rehabilitación|recuperación) (después|tras) (de|del)',
			'desde (niño|niña|pequeño|pequeña|siempre|la infancia)',
			'(murió|murio|falleció|fallecio|murieron|fallecieron) (de|por)',
			'(tuve|tuvo|tuvimos|tuvieron) ... (a los|con) # (años|año|meses|mes)',
			// "a mi suegra le dio un ictus en navidad": a told event dated by a season or a month.,
			'(le dio|me dio|tuvo|tuve|sufrió|sufrí) ... en (navidad|año nuevo|semana santa|verano|invierno|primavera|otoño|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)',
			'(después|despues|tras) (de)? mi (primer|primera|anterior|otro|otra|último|ultima) (parto|embarazo|bebé|bebe|hijo|hija|cesárea)',
			'a los # años',
			'(tuvo|tuve|tuvieron) ... de (cachorro|cachorrito|cachorra|gatito|gatita|chiquito|chiquita|bebé|bebe)',
			'(fue|fui) ... de (cachorro|cachorrito|cachorra|gatito|gatita|chiquito|chiquita|nino|nina)',
			'en (mi|el)? (primer|otro|último|ultimo|anterior) embarazo',
			'tuvieron',
			'cuando (yo|el|ella|mi hijo|mi hija|mi nene|mi nena|mi perro|mi perra|mi gato|mi gata)? (tenía|tenia|tenían|tenian) (unos|como)? # (años|año|meses)',
			'cuando (yo|el|ella)? (tenía|tenia) ##',
			// Childhood in everyday words: "de pibe", "de chaval", "de crío".
			'de (pibe|piba|pibito|chaval|chavala|crio|cria|chamaco|chamaca|chiquillo|chiquilla|guagua|escuincle|carajito|chamo|chama|nene|nena|mocoso|mocosa)',
			// A story the family always tells: "mi suegro cuenta siempre que casi se ahoga".
			'(cuenta|contaba|cuentan|contaban) siempre (que)?',
			'siempre (cuenta|contaba|cuentan|contaban) (que)?',
			'(hermana|tia|prima|amiga|cunada|vecina) perdio',
			'(en|desde|en el mes de) (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)',
			'(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) pasado',
			'(el)? (verano|invierno|otono) pasado',
			'(la)? primavera pasada',
			// Not "hace mucho calor".
			'hace (mucho|bastante) (tiempo)? (mi|mis|su|sus|el|la|los|las|ya)',
			// "de cachorro mi perro tuvo...": as a puppy, said before the pet is named.
			'de (cachorro|cachorrito|cachorra|gatito|gatita|chico|chica|chiquito|chiquita|pequeño|pequeña|pequeno|pequena) (a|al)? (mi|su|el|la)',
			// An earlier pregnancy: "cuando estuve embarazada de mi primer hijo tuve preeclampsia".
			'cuando (estuve|estaba) embarazada de (mi|el|la) (primer|primera|primero|mayor|otro|otra|anterior)',
			// Not "cuando bebe": "cuando bebe agua se ahoga" is "when he drinks".
			'cuando (era)? (cachorro|cachorrito|cachorra|gatito|gatita|chiquito|chiquita)',
			// School or student days: "en mis tiempos de la facu", "cuando estaba en la universidad".
			'(en mis tiempos|en la epoca|en la época) de (la)? (facu|facultad|universidad|uni|prepa|secundaria|colegio|carrera)',
			'cuando (estaba|iba|estudiaba) (en|a) (la)? (facu|facultad|universidad|uni|prepa|secundaria|colegio)',
		],
		present: [
			'(ahora|ahorita|hoy|ayer|todavia|aun|actualmente)',
			'en este momento',
			'(acaba|acabo|acabamos|acaban|acabé|acabe) de',
			'de repente',
			'(hace|desde hace) (unos|unas|casi)? # (minutos|minuto|horas|hora)',
			'hace (poco|un rato)',
			'desde (ayer|hoy|la manana|anoche)',
			'(empeoro|empeorando|aumento|aumentando)',
		],
		recurrence: [
			'(otra vez|de nuevo|nuevamente|volvio a)',
			// Counted again today: "hoy ya tuvo dos seguidas".
			'(dos|tres|varias) (seguidas|hoy|ahora)',
			'(#|dos|tres) (hasta ahora|en lo que va)',
			// Counted within the last hour or hours: "tuvo 3 convulsiones en la última hora".
			'(en|durante) (la|las) (ultima|última|ultimas|últimas) (hora|horas|media hora|# horas)',
		],
		figurative: [
			// A life embittered: "este gato me está envenenando la vida".
			'(envenenando|envenena|amargando|amarga) la vida',
			// Money, or a blocked nose: "me estoy desangrando con lo que cuesta el dentista", "no puedo respirar por la nariz".
			'(desangrando|desangra|desangro|desangrarme) ... (cuesta|precio|precios|factura|facturas|cuota|cuotas|plata|dinero|euros|pesos|gastos|pagar|bolsillo|cartera)',
			'no (puedo|puede) respirar por la nariz',
			// An intensity or a wait told as a figure: "un dolor que te quieres morir", "tanta fila que casi me desmayo".
			'(dolor|dolores|cólico|colico) (que|q) (te|uno)? (quieres|quiere|dan ganas de|da ganas de) (morir|morirte|matarte)',
			'(tanto|tanta) (tiempo|espera|fila|calor) (que|q) (casi)? (me desmayo|me desmayé|me muero|me morí)',
			// Frozen by news, not paralysed: "me quedé paralizada cuando me dijeron".
			'(me quede|me quedé|quede|quedé|me quedo|quedo) (paralizada|paralizado|paralizados|paralizadas) (cuando|con|de|al)',
			// Blood tests, not a bleed: "los análisis de sangre".
			'(analisis|análisis|analitica|analítica|examen|examenes|exámenes|prueba|pruebas|extraccion|extracción|beta|hcg) (de|en) sangre',
			// Swelling around a sting is local, not anaphylaxis: "se hinchó un poco alrededor"; an eyelid that twitches.
			'(se hincho|se hinchó|hinchado|hinchada|hinchazon|hinchazón) (un poco|algo|solo)? (alrededor|en la zona)',
			'(me|le)? (tiembla|tiemblan|temblando) (un poco)? (el|los) (parpado|párpado|parpados|párpados|ojo)',
			// An everyday annoyance as the cause: "me estoy desangrando con tanto gasto", "los precios me dan un ictus".
			'(infarto|infarte|ictus|derrame|ataque|patatus|soponcio|desangrando|desangro|matando|explotar) ... ... (gasto|gastos|precio|precios|factura|facturas|cuenta|cuentas|cola|fila|trafico|burocracia|jefe|web|pagina|app|espera)',
			'(gasto|gastos|precio|precios|factura|facturas|cuenta|cuentas|cola|fila|trafico|burocracia|jefe) ... ... (infarto|infarte|ictus|derrame|matando|desangrando|desangro|explotar)',
			// Breathless at a price, a named everyday cause giving the speaker an illness: "me quedé sin aire con el precio", "mi jefe me va a dar un ataque".
			'(me quede|me quedé|quede|quedé|quedo|me quedo) sin (aire|aliento) (con|al ver|cuando vi|viendo) (el|la|los|las|esa|ese)? (precio|precios|cuenta|factura|presupuesto|valor|noticia)',
			'(explotar|explota|estallar|estalla|reventar|revienta) la cabeza (con|de)',
			'sangre oculta',
			// The weather, not a cold baby: "me duele la rodilla cuando hace frío".
			'(cuando|si) hace (mucho)? (frio|frío)',
			'(jefe|jefa|trabajo|curro|facultad|escuela|suegra|cliente|clientes|banco|gobierno|examen|examenes|exámenes|reunion|reunión|trafico|tráfico|burocracia) (me)? (esta|está|va a|me va a|anda) (me)? (dar|dando|provocar|provocando|causar|causando) (un|una)? (infarto|ictus|derrame|convulsion|convulsión|ataque|patatus|soponcio|desmayo)',
			// Poisoned by love or jealousy, not by a toxin.
			'(envenenado|envenenada|intoxicado|intoxicada) (de|por) (amor|celos|pasion|tristeza)',
			'me va a dar (un|algo)? (ictus|infarto|patatus|patatús|soponcio|algo) (con|de|por)',
			'(muero|muriendo|muriendome|morir|morirme|muerto|muerta|mori|moria|morirse) de (la|el)? (risa|hambre|sueno|ganas|calor|frio|miedo|verguenza|cansancio|aburrimiento|envidia|amor|pena|celos|curiosidad)',
			'(muero|muriendo|moria|morirme) por',
			'(mata|matar|matando) de (la|el)? (risa|verguenza|susto)',
			'casi me (atraganto|atragante|ahogo|ahogue) con (el|la|mi)? (cafe|te|agua|mate|cerveza|comida|sopa) (cuando|de la risa|al ver|al leer|leyendo)',
			// Choking or drowning in work, bills or exams: "estoy ahogado de pega", "ahogada en deudas".
			'(ahogado|ahogada|ahogandome|ahogándome|atorado|atorada|asfixiado|asfixiada) (de|con|en) (tanta|tanto|tantas|tantos)? (pega|trabajo|chamba|laburo|curro|tareas|deudas|cuentas|examenes|exámenes|papeleo|papeles|papel|tramites|trámites|facturas|mails|emails|problemas|deberes|correos|pendientes)',
			'para (morirse|morir)',
			'(casi|me va a dar|me dio|me da) (un)? (infarto|ataque) (con|cuando|de|al ver)',
			'matarme (estudiando|trabajando)',
			'casi (me da|me dio|tengo|tuve|me va a dar) (un)? (infarto|ataque|derrame|acv|patatus|soponcio)',
			'(me esta dando|me va a dar|me da|me dan) (un)? (infarto|derrame|acv|ictus|ataque|patatus|soponcio) (con|de|por|cada)',
			// Something or someone causing the speaker an illness is a figure, whatever it is ("el tráfico me va a provocar un ataque al
			// corazón", "este jefe me está dando un infarto", "la factura casi me hace desmayar").
			'(me|te|nos) (va a|van a|vas a|esta|está|estan|están)? (provocar|provocando|provoca|provoco|provocó|causar|causando|causa|causo|causó) (un|una)? (infarto|ataque al corazon|ataque cardiaco|ataque|derrame|ictus|acv|patatus|soponcio|desmayo|convulsion)',
			'(este|esta|ese|esa|esto|eso|estos|estas|esos|esas) ... (me|te|nos) (va a|van a|esta|está|estan|están) (dar|dando) (un|una)? (infarto|ataque al corazon|ataque cardiaco|ataque|derrame|ictus|acv|patatus|soponcio|desmayo|convulsion)',
			'casi me (hace|hizo|hacen|hicieron) (desmayar|desmayarme|morir|infartar|dar un infarto|ataque al corazon|ataque cardiaco|ataque|derrame|ictus|acv|patatus|soponcio|desmayo|convulsion)',
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
			'estoy que (exploto|reviento|me muero)',
			'(ataque|ataques) de (risa|celos|locura|zoomies|energia|energía)',
			'(como) (una|un)? (serpiente|vibora|víbora|piraña|pirana|tiburon|tiburón|cocodrilo|vampiro)',
			'(muerde|muerden|mordio|mordió|mordiendo|ataca|atacando) (como|igual que) (una|un)? (serpiente|vibora|víbora|piraña|pirana|tiburon|tiburón|cocodrilo|vampiro|leon|león)',
			// Frozen staring, not paralysed: "el gato está paralizado mirando la pared jaja".
			'(paralizado|paralizada|congelado|congelada|petrificado|petrificada) (mirando|viendo) (a|la|el|al|hacia)?',
			// Rather die than sit through something: "prefiero matarme antes que ir a otra reunión".
			'prefiero (matarme|morirme|morir) (antes)? (que|a) (ir|ver|aguantar|sentarme|escuchar|soportar) (a|en)? (otra|otro|esa|ese|esta|este|la|el) (mas)?',
		],
		conditionals: 'si',
		conditionalLeads: 'y pero entonces pasa que',
		// With a verb only where "sí" (yes) cannot read: "si rompo aguas antes de tiempo".
		conditionalSubjects:
			'mi mis el la los las un una a al le se me yo tu usted alguien algun alguna alguno algunos tiene es no ya por su sus nuestro nuestra nino nina nene bebe perro gato rompo rompe rompen empiezo empieza',
		hypothetical: [
			// What to do if: "cómo hago si se atraganta".
			'(cómo|como) (hago|actúo|actuo|reacciono) si',
			// How one would tell, in general, and what would happen: "cómo se reconoce una convulsión", "qué pasaría si tomo doble dosis".
			'(cómo|como) (veo|noto|compruebo|reviso|me doy cuenta) si',
			'(cómo|como) se (reconoce|identifica|nota|sabe|ve|detecta)',
			'(qué|que) (pasaría|pasaria|pasa) si',
			// Closed-class openers of a hypothesis, whatever the symptom: "hipotéticamente", "en caso de que", "supongamos que".
			'(hipoteticamente|hipotéticamente|supongamos que|suponiendo que|digamos que|imagina que|imaginate que|imagínate que|en caso de|en caso que|en caso q|en el caso de|por si acaso|si algun dia|si algún día)',
			'(y|qué pasa|que pasa|qué hago|que hago|qué hacer|hace mal) si',
			// A look that seems to want something: "me mira como si me quisiera envenenar".
			'como si (me|nos)? (quisiera|quisieran|fuera a|fueran a)',
			// Anyone at all: "¿necesita puntos si una persona se corta a propósito?".
			'(si|cuando) (la|una) persona',
			// As if it had happened, so it did not: "cojeaba como si la hubiera atropellado un camión".
			'como si (lo|la|le|me|te|se)? (hubiera|hubiese|hubieran|hubiesen)',
			'(peligroso|peligrosa|peligrosos|peligrosas|grave|riesgoso|riesgosa) (para)? (un|una|los|las)? (nino|nina|ninos|perro|gato|bebe)? si',
			'(cómo|como) (sé|se|saber|puedo saber|reconozco) si',
			'(es verdad|es cierto) que',
			'(cuáles|cuales) (son)? (los|las)? (primeros)? (signos|síntomas|sintomas|señales|senales) (de|del)',
			'(qué|que) tan (grave|peligroso|peligrosa) es (un|una)',
			'(cuanto|cuánto) dura (normalmente)? (un|una)',
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
			'(cómo|como) (se)? (diferencia|diferencio|distingue|distingo|diferenciar|distinguir)',
			'(nos vamos|vamos|me voy) de (vacaciones|viaje|campamento)',
			'(menciono|comento|hablo de|nos advirtio)',
			'(cómo|como) (reconozco|reconocer|identifico|identificar|me doy cuenta)',
			'(vi|vimos|viste|vio|vieron|lei|leiste|salio|pasaron) (en)? (la|el|las|los)? (tele|tv|television|noticias|noticiero|diario|internet|insta|instagram|facebook|tiktok|youtube)',
			// Whether it can happen at all, not that it did: "¿puede pasar que convulsione con la vacuna?".
			'(puede|pueden|podria|podría|podrian|podrían) (pasar|ocurrir|suceder|haber|causar)',
			'es posible que',
			'(hay|existe|tiene|corre|corren) (algun|algún)? (riesgo|peligro|posibilidad) de',
			// What to do if it ever happens: "¿qué debo hacer si mi bebé se atraganta?".
			'(que|qué) (debo|debería|deberia|tengo que|hay que|se debe|puedo) hacer (si|cuando|en caso)',
			'(como|cómo) (sabria|sabría|sabre|sabré|me doy cuenta|me daria cuenta|me daría cuenta) (si|cuando)',
			'(que|qué) diferencia hay entre',
			// A fear of what might happen, and the point at which to worry: "me da pánico que se ahogue", "¿a partir de cuánto tiempo?".
			'(miedo|panico|pánico|terror) (de|a)',
			'(a partir de|despues de|después de) (cuanto|cuánto)',
			'(a partir de|despues de|después de) (cuantos|cuántos|cuantas|cuántas)',
			'(creiamos|creíamos|pensabamos|pensábamos) que',
			'(en|por) (las|el|la) (noticias|noticiero|tele|tv|diario)',
			'(que|qué) (tipo|tipos|clase) de ... (debo|debería|deberia|tengo que|hay que) (preocupar|preocuparme|preocuparse)',
			// News, a post or a group chat: "en el grupo de vecinos alguien contó que", "leí una noticia de".
			'(en el|en un) grupo (de|del)',
			'(alguien|una vecina|un vecino|una amiga|un amigo) (conto|contó|dijo|comento|comentó) que',
			'(vi|lei|leí|mire|miré|viendo) (una|un)? (noticia|reportaje|nota|post|publicacion|publicación)',
			// A story on screen: "en la peli el perro tenía vólvulo".
			'en (la|el|una|un) (peli|pelicula|película|serie|novela|telenovela|documental|episodio|capitulo|capítulo)',
			'(vi|vimos|mire|miré) en (greys|grey|anatomia|anatomía|netflix|youtube|tiktok|instagram|facebook|la tele|la tv)',
			'(viste|vieron|vio) lo (del|de la|de los|de las|de)',
			// Somewhere the risk lives, not an event: "una casa donde hay alacranes".
			'(donde|en la que|en el que) hay (muchos|muchas)?',
			// A programme named before its story: "vi un capítulo de Anatomía de Grey donde", "salió en el noticiero un perro".
			'(vi|mire|miré|viendo|mirando) (un|una|el|la) (capitulo|capítulo|episodio|peli|pelicula|película|serie|video|vídeo|programa|documental|reel|tiktok) ... (donde|que|en que|sobre|de un|de una)',
			'(salio|salió|pasaron|mostraron) (en)? (el|la) ... (un|una) (perro|gato|nene|nena|niño|niña|bebe|bebé|hombre|mujer|señor|señora|chico|chica|paciente)',
			// What a course covers or what the speaker read: "¿ahí explican lo de la bolsa rota?", "he leído lo de la piometra".
			'(explican|explica|explicais|explicáis|enseñan|ensenan|enseña|ensena|hablan|habla) (lo de|lo del|sobre|de|del|como|cómo|qué|que)',
			'(he leido|he leído|lei|leí|leyendo|he visto|vi) (lo de|lo del|sobre|acerca de)',
			// From what reading it counts: "¿a partir de qué temperatura es fiebre en un recién nacido?".
			'a partir de (que|qué|cuanto|cuánto|cuanta|cuánta|cuantos|cuántos)',
		],
		resolved: [
			// Home and well: "ya está en casa re bien".
			'(ya)? (esta|está) (en casa)? (re|muy|super)? (bien|perfecto|perfecta|rebien)',
			// Tests that came back fine: "placas bien".
			'(placas|radiografías|radiografias|rayos|análisis|analisis|estudios|ecografía|ecografia) (bien|normales|perfectas|perfectos|ok|limpias)',
			// Doing ordinary things again: "ya come y salta", "camina y corre normal".
			'(ya)? (come|camina|corre|salta|juega) y (come|camina|corre|salta|juega|duerme)',
			'(camina|corre|salta|juega|come) (normal|bien|como siempre|perfecto)',
			// Healing or under control: "ya está cicatrizando", "controladas con la medicación".
			'(ya)? (está|esta) (cicatrizando|sanando|curando) (bien)?',
			// A wound dressed where it was seen to: "fui a urgencias, me curaron y me pusieron crema y venda".
			'(me|le|lo|la) (curaron|vendaron|hicieron la curacion|hicieron la curación)',
			'(me|le) pusieron (crema|pomada|silvederma|gasa|gasas|venda|vendaje|un vendaje)',
			// A near miss: "se le cayó el té al piso, por suerte no le cayó encima".
			'no (le|les|me|nos) (cayo|cayó|salpico|salpicó|toco|tocó|alcanzo|alcanzó|dio) (encima)?',
			// Healed or nearly: "ya está casi cicatrizada".
			'(ya)? (está|esta)? (casi|practicamente)? (cicatrizado|cicatrizada|sanado|sanada|curado|curada)',
			'(controlada|controlado|controladas|controlados) (con)? (la)? (medicación|medicacion|pastilla|pastillas)?',
			// Survived it: "lo mordió una víbora hace años y se salvó".
			'(se salvo|se salvó|sobrevivio|sobrevivió)',
			'(corre|come|juega|camina|anda) como siempre',
			'ya (casi)? ni se nota',
			'como si nada',
			'(las|los)? (radiografias|radiografías|placas|analisis|análisis|estudios|pruebas|ecografia|ecografía) (salieron|dieron|salio|salió) (bien|normal|normales|perfecto|perfectas|perfectos)',
			'ya (corre|come|juega|camina) (x|por)? (toda la casa|normal|bien)',
			'hace (caca|pis|popo|popó) normal',
			'(todo|el analisis|el análisis|los analisis|los análisis|los estudios) (salio|salió|salieron) (bien|perfecto|normal|normales)',
			'desde entonces (bien|re bien|normal|perfecto|perfecta)',
			'(me desperte|me desperté|se desperto|se despertó|desperto|despertó) (enseguida|al toque|al instante|rapido|rápido)',
			'se (me|le) (quitaron|quito|quitó|fue|fueron|pasaron) (todo|del todo)?',
			'(ya)? (cicatrizo|cicatrizó|sano|sanó|se curo|se curó)',
			'(amaneci|amanecí|amanecio|amaneció) bien',
			'(esta|está) (comiendo|jugando) (normal|bien)',
			'(ya)? (pasó|paso|se le pasó|se pasó|paró|se detuvo|mejoró|se le quitó|se normalizó)',
			'(ya|ahora)? (está|esta|se ve|quedó|estoy|me siento|quedé) (bien|mejor|normal|tranquilo|tranquila|jugando|sano|sana|perfecta|perfecto|sonriendo|riendo|feliz)',
			'ya estaba (bien|normal|jugando)',
			'y bien (hoy|ahora)',
			'ya come',
			'(le|me) (dieron|dio) (el)? alta',
			'(dado|dada) de alta',
			'(esta|está|estoy) (de 10|de diez|genial|perfecto|perfecta|como nuevo|como nueva)',
			'(ya)? (deshinchado|deshinchada|desinflamado|desinflamada)',
			'como si nada',
			'(cicatrizando|sanando|curando) bien',
			// It never came back: "convulsionó una vez hace 4 años y nunca más".
			'(y)? nunca (mas|más) (le|me)? (volvio a pasar|volvió a pasar|paso|pasó|tuvo|repitio|repitió|volvio|volvió)?',
			'(nos|lo|la|me) (mandaron|enviaron) (a|para) (la)? casa',
			'(escupio|escupió|saco|sacó|expulso|expulsó|salio|salió) (el|la) (pedazo|trozo|hueso|objeto|caramelo|comida|carne|uva)',
			'se le (bajo|bajó|paso|pasó|quito|quitó) (todo|la hinchazon|la hinchazón)',
			'(juega|come|corre|camina|salta) bien',
			'respirando (normal|bien)',
			'(se)? (lo|la) (saque|sacamos|sacaron|quite|quitamos|quitaron)',
			'(siguio|sigue) (jugando|chapoteando|nadando|corriendo)',
			'(cayo|cae) (parado|parada|de pie)',
			'me sentí (bien|mejor) (después|despues|enseguida|al rato)',
			'(ya|ahora) (respira|respiro|respiraba) (bien|normal)',
			'(ya) (se despertó|despertó|se levantó|comió|está comiendo)',
			'(todo|está todo) (bien|normal)',
			'(ya)? (se calmó|se tranquilizó|se recuperó|bajó|se deshinchó|se desinflamó)',
			'(lo|la) (escupió|tosió|sacó)',
			'(juega|come|corre|camina|salta) normal',
			'(se levantó|se despertó) (bien|normal|moviendo la cola)',
			'(los)? (estudios|examenes|analisis|resultados) (salieron|dieron|estan)? (normales|normal|bien)',
			'(come|comiendo|juega|jugando) y (juega|jugando|salta|saltando|corre|corriendo|come|comiendo)',
			'(sacar|sacarle|sacamos|sacan|quitar|quitarle|quitamos|quitan) (los)? puntos',
			// Fine again, said as a picture: "hoy está como una rosa", "quedó como nuevo".
			'como (una rosa|nuevo|nueva|un roble|si nada)',
			'(inhalador|puff|medicina|remedio|spray) (funciono|hizo efecto|lo resolvio)',
			// Kept in check by treatment: "tuvo convulsiones hace meses, está medicada y estable".
			'(esta|está|sigue) (medicada|medicado|controlada|controlado|estable)',
			'(ya)? se resolvio',
			// It never came back: "nunca más tuvo", "no le volvió a pasar".
			'nunca (mas|más) (tuvo|tuve|le dio|me dio|paso|pasó|volvio|volvió|le volvio|le volvió|le paso|le pasó)',
			'no (le|me)? (volvio|volvió) a (pasar|dar|repetir)',
			'(estoy|está|esta|quedó|quede|quedé) (al|a) (100|cien)',
			'(ha estado|estuvo|lleva|llevo) (#|unas|varias)? (horas|dias|días)? (normal|bien|perfecto|perfecta|como si nada)',
			// Tests that came back fine: "el análisis de riñón salió perfecto".
			'(analisis|análisis|analitica|analítica|radiografia|radiografía|placa|eco|ecografia|ecografía) ... (salio|salió|salieron|dio|dieron) (perfecto|perfecta|perfectos|bien|normal|normales)',
		],
		treated: [
			// Seen by the ambulance or the emergency room: "me atendieron los del SAMUR".
			'(me|lo|la|nos|le) (atendieron|revisaron|vieron|examinaron) (los|las|el|la)? (del|de la|de)? (samur|samu|ambulancia|paramédicos|paramedicos|médicos|medicos|urgencias|guardia)',
			// Seen by the clinic: "lo vieron ustedes".
			'(lo|la|los|las) (vieron|revisaron|atendieron|examinaron) (ustedes|en la guardia|en urgencias|el vete|la vete|el veterinario|la veterinaria)',
			// Treated or watched over: "ya fue medicado", "está siendo atendida".
			'(fue|ya fue|está siendo|esta siendo) (tratado|tratada|medicado|medicada|atendido|atendida|observado|observada)',
			// Passed in the stool, the end of a swallowed thing: "lo hizo entero en la caca".
			'(lo|la) (hizo|echó|echo|sacó|saco|expulsó|expulso|cagó|cago) (entero|entera)? (en|con) (la)? (caca|popó|popo|heces)',
			'(lo|la)? (llevamos|lleve|llevaron|fuimos|fui) (a|al)? (la)? (guardia|emergencia|urgencias|hospital|veterinario|veterinaria|veterinaria|clinica)',
			'(lo|la|me) (vieron|atendieron|revisaron) en (la)? (emergencia|guardia|urgencias|hospital|clinica|veterinaria)',
			'(recibio|le pusieron|le dieron) (el)? (suero|antiveneno|antidoto)',
			'(lo|la|le|me)? (hicieron|hizo|indujeron) vomitar',
			'(le|me)? (hicieron|hizo) (un|una)? (lavado|endoscopia|cirugia|cirugía|operacion|operación)',
			'(ya)? (lo|la|me) (curaron|cosieron|suturaron|atendieron)',
			// Seen by a professional: "ya la vio el neurólogo", "lo llevamos".
			'(me|lo|la|le) (atendieron|atendio|atendió) (los|las|el|la) (del|de la|de)?',
			'(estuvimos|estuve|estuvo|estuvieron) en (urgencias|la guardia|guardia|el hospital|emergencias|la clinica|la clínica)',
			'(ya)? (lo|la|le|me) (vio|vieron|reviso|revisó|revisaron|atendio|atendió|examino|examinó) (el|la)? (vet|medico|médico|doctor|doctora|neurologo|neurólogo|pediatra|veterinario|veterinaria|vete)',
			'(lo|la) (llevamos|lleve|llevé)',
			// The treatment itself: "le pusieron una inyección y se le bajó todo", "le hicimos la maniobra".
			'(le|me)? (pusieron|pusimos|puso|dieron|aplicaron|aplico|aplicó) (una|un)? (inyeccion|inyección|corticoide|antihistaminico|antihistamínico|adrenalina|pinchazo)',
			'(le)? (hicimos|hice|hicieron|hizo) (la)? (maniobra|heimlich)',
			// Seen in hospital: "lo vieron en el hospital, le dieron el alta".
			'(lo|la|le) (vieron|revisaron|atendieron|examinaron|valoraron) (en)? (el|la)? (hospital|urgencias|guardia|clinica|clínica|centro de salud)?',
			'(le)? (limpié|limpie|lavé|lave|limpiamos|lavamos) (las|la)? (encías|encias|boca)',
			'(necesitó|necesito|tuvo que|tuvieron que) (una|un)? (endoscopia|cirugía|cirugia|operación|operacion|operar|operarlo|operarla|operarse|lavado|ingresar|internar)',
		],
		mild: ['(un|una)? (poco|poquito|poquitito) (de)?', '(leve|levemente|ligero|ligera|leves)', 'medio'],
		topicBefore: [
			// A vaccine's cover: "vacunado contra parvo".
			'(vacunado|vacunada|protegido|protegida|inmunizado|inmunizada) (contra)?',
			'(remedio|remedios|medicamento|medicamentos|medicacion|receta|recetas|tratamiento|vacuna|vacunas|examen|examenes|prueba|curso|cursos|clase|clases|charla|video|videos|documental|noticia|noticias|seguro|certificado|constancia|alarma|detector|repelente|prevencion|prevenir|evitar|riesgo|sobre|acerca de|primeros auxilios|tarea de la escuela|casos de|epidemia de|brote de)',
			'(atienden|atiende|tratan|guardia ... para)',
			'(evita|evito|evitan|evitamos|previene|prevengo|previenen|prevenimos)',
			'(hacen|tienen|ofrecen) (atencion|tratamiento)',
			'(vacunan|vacunar)',
			'(obra social|prepaga)',
			'(obra social|prepaga|seguro) (cubre|acepta)',
			'(evita|evitan|previene|previenen)',
			// What a vaccine or a measure covers, and kinds of an illness: "protege contra todos los tipos de meningitis".
			'(protege|protegen|proteger|proteccion|protección|inmunidad|inmune) (contra|de)',
			'(todos|todas)? (los|las)? (tipos|formas|cepas) (de|del)',
			'(en que consiste|que es eso de)',
			// Not "que es" alone: "creo que es un golpe de calor" names the complaint.
			'(que|qué) (significa|quiere decir)',
			'(necesito|debo|puedo|tengo que) (tomar|usar|hacer) (algo|alguna cosa|algun remedio)',
			// Carrying or renewing the kit, not using it: "renovar la epipen".
			'(renovar|recargar|reponer|cambiar)',
			// Screening for it: "el cribado de preeclampsia".
			'(cribado|tamizaje|screening)',
			// Vomiting made to happen is care, not a complaint: "la hicieron vomitar y todo salió bien".
			'(lo|la|le) (hicieron|indujeron|provocaron)',
			'(cuánto cuesta|cuanto cuesta|cuánto sale|cuanto sale|precio del|precio de la)',
			// First aid on the mouth, not a sign: "igual le limpié la boca".
			'(le limpie|le limpié|limpie|limpié|le lave|le lavé|lave|lavé|enjuague|enjuagué|le enjuague|le enjuagué)',
			// A risk in general: "qué razas son más propensas a la torsión?".
			'(propenso|propensa|propensos|propensas|predispuesto|predispuesta|predispuestos|predispuestas|predisposicion|predisposición) (a)?',
		],
		topicAfter: [
			'(remedio|medicamento|medicacion|vacuna|vacunas|vacunacion|examen|alarma|detector|seguro|repelente)',
			'(es|seria|puede ser)? (contagios*|hereditari*|transmisible|curable)',
			'tiene (cura|tratamiento)',
			'(mata|puede matar)',
			'(deja|dejan|puede dejar|pueden dejar) (secuela|secuelas)',
			'(febril|febriles|por fiebre) (en los ninos|en niños|en ninos)? (deja|dejan|puede dejar|pueden dejar) (secuela|secuelas)',
			// Whom it happens to, in general: "¿la piometra solo pasa en perras sin castrar?".
			'(solo)? (pasa|pasan|ocurre|ocurren|sucede|da) (en|a) (las|los)? (perras|perros|gatas|gatos|hembras|machos|ninos|niños|bebes|adultos|mujeres|hombres)',
		],
		functionWords: 'de del la el las los para pa contra un una mi su sus y o',
		history: [
			'(tuvo|tuve|tuvieron|tuvimos|sufrio|sufri|sufrieron)',
			'(nacio|nació|naci|nací|nacieron)',
			'(pasé|pase|pasó|paso|pasamos) por',
			'a los ## (anos)?',
			'(quedo|termino|acabo) (internado|internada)',
			'le (dio|dieron)',
			'(en|de) (mi|nuestra)? familia',
			'(perdio|perdió|perdi|perdí|perdimos|perdieron) (a)? (un|una|dos|tres) (vaca|vacas|toro|ternero|caballo|yegua|perro|perra|gato|gata|animal|animales|cachorro|gallina|gallinas)',
		],
		outsiders: [
			// "a la hija de mi amiga", "un perro del barrio", "una amiga casi mata a su gato".
			'(de|del) (mi|un|una)? (amigo|amiga|vecino|vecina|tio|tia|primo|prima|cuñado|cuñada|cunado|cunada|compañero|compañera|companero|companera|conocido|conocida|suegro|suegra)',
			'(un|una) (amigo|amiga|vecino|vecina|conocido|conocida|compañero|compañera)',
			'(mi|nuestro|nuestra) (amigo|amiga|vecino|vecina|primo|prima|tio|tia|compañero|compañera|companero|companera|sobrino|sobrina|cuñado|cuñada|cunado|cunada) (tuvo|sufrio|sufrió|murio|murió|fallecio|falleció|casi|perdio|perdió)',
			'(del|de la) (barrio|cuadra|vereda|calle)',
			// Someone else who tells it: "mi cuñada cuenta que a su hijo le picó un alacrán".
			'(mi|una|un) (amiga|amigo|vecina|vecino|cuñada|cuñado|cunada|cunado|compañera|compañero|companera|companero|prima|primo|tia|tio|conocida|conocido) (cuenta|contó|conto|dice|dijo|comentó|comento) (que)?',
			// A workmate: "mi compañero de trabajo se desmayó ayer".
			'(mi|un|una) (compañero|compañera|companero|companera) de (trabajo|oficina|laburo|curro)',
			// The one it happened to, named as the object: "a mi vecina le dio un derrame", "a mi primo lo picó un alacrán".
			'(a|al) (mi|un|una) (amiga|amigo|vecina|vecino|cuñada|cuñado|cunada|cunado|compañera|compañero|companera|companero|prima|primo|conocida|conocido|tio|tia)',
			// A stranger the speaker saw it happen to: "vi a un señor atragantarse".
			'(vi|vimos) (a)? (un|una) (hombre|mujer|chico|chica|señor|señora|senor|senora|nene|nena|perro|gato|persona|nino|niño|nina|niña|jugador)',
			'(vi|vimos) como',
			'(a|al) (los|las) (vecinos|vecinas|vecinos de)',
			'(la|el|una|un) (amiga|amigo|compañera|compañero|novia|novio) de (mi|mis)',
			// Named with "the", or as the one it happened to: "a la vecina se le atragantó el nieto", "el vecino de arriba".
			'(a|al)? (la|el) (vecina|vecino|compañera|compañero|companera|companero|conocida|conocido|colega)',
			// "un compañero del curro", "una colega de la oficina".
			'(compañero|compañera|companero|companera|colega) (de|del) (la|el)? (trabajo|oficina|laburo|curro|facu|facultad|universidad|gimnasio|gym)',
			// A relative's child or friend: "el bebé de mi hermana tuvo".
			'(el|la|los|las) (bebe|bebé|hijo|hija|hijos|nieto|nieta|amigo|amiga|novio|novia) de (mi|mis) (hermana|hermano|prima|primo|tia|tía|tio|tío|cuñada|cuñado|amiga|amigo|vecina|vecino|madre|mama|mamá|abuela)',
		],
		ownFine: [
			'(nosotros|nosotras) (estamos) bien',
			'(los|las) (mios|míos|mias|mías) (estan|están) bien',
			'(el|la) (mio|mío|mia|mía) (esta|está) bien',
			// The speaker's own never did it: "los míos nunca hicieron eso".
			'(los|las|el|la) (mios|míos|mias|mías|mio|mío|mia|mía) (nunca|jamas|jamás) (hicieron|hizo|tuvieron|tuvo|tragaron|trago|tragó|comieron|comio|comió|pasaron|paso|pasó) (eso|nada|nada de eso|por eso)?',
			'(aqui|aquí) (en casa)? (todos|estamos) bien',
		],
		ownRisk: [
			// How much of it is dangerous: "¿cuánto chocolate es peligroso para un perro?".
			'cuanto ... es (peligroso|toxico|tóxico|demasiado)',
			'(tengo|tendria|tendre|corro|yo tengo) (mas|mayor|algun)? (riesgo|probabilidad|chances)',
			'(me|nos) (puede|podria) (pasar|dar|tocar)',
			'(yo)? (tambien) (la|lo|las|los)? (puedo|podria) (tener|tenerla|tenerlo)',
			'(hacerme|hacerle|hacernos|me hago|me tengo que hacer) (algo|algun|alguna|un|una|unos)? (estudio|estudios|examen|examenes|chequeo|analisis|control)?',
			'(quiero|quisiera|necesito|debo|deberia) (checar|chequear|revisar|controlar|medir) (mi|mis|el|la)',
			'(quiero|quisiera|necesito) (un|una)? (eco|ecografia|ultrasonido|estudio|chequeo|examen|control)',
			'(como|donde) (guardo|guardar)',
			'(cómo|como) (lo|la)? (puedo)? (prevenir|evitar|evito|prevengo)',
			'(cómo|como) se (previene|evita|puede prevenir|puede evitar)',
			'(que|qué) (puedo|podemos|debo) hacer (para|pa) (prevenir|prevenirlo|prevenirla|evitar|evitarlo|evitarla)',
			'(hay|existe) (alguna|algún|algun)? (vacuna|cirugía preventiva|cirugia preventiva|forma de prevenir)',
			'(debo|deberia) cambiar',
			'(hereditari*|genetic*)',
			// The speaker turns to their own case: "mi prima tuvo preeclampsia… yo estoy de 12 semanas", "yo tengo uno de 2 meses".
			// With the pronoun, which sets the speaker against the person before ("tuve un choque, estoy de 28 semanas" is her own).
			'yo (estoy|ahora estoy) (embarazada|de ## semanas|buscando embarazo)',
			'ahora (yo)? (estoy|toy|quede|quedé) (embarazada|de ## semanas|con ## semanas|buscando embarazo)',
			'(hay|existe|hacen) (algun|algún|alguna)? (examen|examenes|exámenes|estudio|estudios|prueba|pruebas) (preventivo|preventivos|preventiva|preventivas|de prevencion|de prevención|para prevenir|para saber)',
			'(yo)? tengo (uno|una) de',
			'(el|la) (mio|mia) (tambien|es)',
			'(mi|a mi) (hijo|hija|perro|perra|gato|gata|bebe|cachorro) (tambien|nuevo|nueva)',
			'me tengo (que|q) preocupar',
			'(que|q) precauciones',
			// A course or a service for the speaker's own family: "¿dan charlas de primeros auxilios?".
			'(dan|hacen|tienen|ofrecen|recomiendan) (algun|alguna|algún)? (curso|cursos|charla|charlas|clase|clases|grupo|taller|talleres)',
			'(hacen|dan|tienen|ofrecen) (electrocardiogramas|electrocardiograma|chequeos|chequeo|estudios|analisis|análisis|pruebas)',
			'(aqui|aquí) en casa',
			'(por si acaso|por las dudas)',
			'es comun',
		],
		asides: [
			'(bueno|en fin|igual|de todos modos|de todas formas|cambiando de tema|pero bueno|volviendo al tema)',
			'(yo)? (les|te|le|os)? (escribia|escribo|escribí|escribi|estoy escribiendo|queria consultar|quería consultar) (para|por|sobre)',
			'el motivo de (mi|este)? (mensaje|consulta|contacto)',
		],
		askedWhether: ['(pregunto|preguntó|preguntaron|pregunta|preguntando|quiso saber|quisieron saber) (me|le|nos)? si'],
		mishaps: [
			'(me equivoque|me equivoqué|me confundi|me confundí) (de)? (dia|día|hora|fecha|grupo|chat|numero|número)',
			'(se me olvido|se me olvidó|olvide|olvidé|perdi|perdí) (por completo)? (la|el|mi)? (cita|turno|consulta|hora)',
			'(me quede|me quedé) (dormida|dormido)',
			'(llevo|llevamos) (una|media|dos)? (hora|horas) (en espera|esperando|al telefono|al teléfono)',
		],
		rebooking: [
			'(reprogramar|reprogramen|reagendar|cambiar la cita|cambiar el turno|cambiarla|cambiarlo|mover la cita)',
			'(otra|otro|nueva|nuevo) (cita|turno|hora|fecha|dia|día)',
			'(me|nos) (dan|das|dais|podeis dar|podéis dar|pueden dar) (otra|otro)',
		],
		answersYes: [
			'(dijo|dijeron|dije|respondio|respondió|respondi|respondí|contesto|contestó|conteste|contesté|confirmo|confirmó|confirme|confirmé) (que)? (si|sí)',
			'(si|sí) (tiene|tenia|tenía|tengo|tenga|siente|siento|sintio|sintió)',
			'(y|pero) (el|ella|yo) (tiene|tenia|tenía|tengo|siente|siento) (si|sí)',
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
		// With the other languages' negators that are no English word ("nenhum sangramento" read as English).
		negatorPhrases: ['(no|without|not any) (sign|signs) of', '(nenhum|nenhuma|nao|não|sem|ningun|ninguna|ningún)', 'zero'],
		negatorsAfter: 'none',
		negatorAfterTails: 'thank thanks and nor at whatsoever either',
		comparison: ['(like this|like that|this bad|so bad|this strong|so strong|this intense|before|anything like)'],
		scopeBreaks: 'but however because so then now my his her he she they their',
		firstPerson: 'i',
		past: [
			// An earlier pregnancy in digits: "in my 1st pregnancy".
			'(in|with|during) my (1st|2nd|3rd) (pregnancy|baby|one|child)',
			'last (yr|yrs)',
			'last (year|month|week|summer|winter|spring|fall|autumn|christmas)',
			'# (years|year|yrs|yr|months|month|mths|weeks|wks) ago',
			'(about|around|like|maybe|roughly|over|nearly|almost) # (years|year|yrs|months) ago',
			'(years|months) (ago|back)',
			'in ####',
			'back in ####',
			'(history|a history) of',
			'in the past',
			'(for|since) (years|decades)',
			// "for ages" told in the past ("her baby was in NICU for ages"); not "he's been in the litter box for ages all morning".
			'since ages',
			'(was|were) ... for ages',
			'for (many|several)? (years|months)',
			'at age ##',
			'(a long time|long time|ages) ago',
			'previously',
			'before (we|i) (adopted|got|rescued|took in) (him|her|them|it)',
			'when (i|he|she|we|they)? (was|were) (a)? (kid|child|young|little|baby|teenager|puppy|kitten)',
			'as a (newborn|baby|toddler|puppy|kitten|pup|kid|child)',
			'as a (kid|child|teenager|puppy|pup|kitten|toddler|baby)',
			'as a (young|younger) (dog|cat|pup|puppy)',
			// With a name: "when Luna was a kitten".
			'when ... (was|were) (a)? (kitten|pup|puppy|baby|kid|toddler)',
			'(in (his|her|my) youth|when (he|she) was (younger|little|small))',
			'(recovering|recovered|recovery|rehab|rehabilitation) (from|after)',
			'since (childhood|birth|i was a (kid|child)|he was a (kid|child)|she was a (kid|child))',
			'died (of|from)',
			'when (i|he|she|we|they) (was|were) # (years|year|yrs|months)? (old)?',
			// Childhood in everyday words: "as a lad", "as a little girl".
			'as a (lad|boy|girl|little boy|little girl|youngster|nipper|tot|young man|young woman|young lad)',
			'(always tells|still tells|used to tell) (the|a)? (story|us)?',
			'(a couple of|a few|several|some|two|three) (years|summers|winters|months) ago',
			'(had|got) ... in the (spring|autumn|fall)',
			'(in|with|during) my (first|last|previous|other|earlier) (pregnancy|baby|one|child)',
			'with my (first|last|second)',
			'(after|before) my (first|last|previous|second) (baby|pregnancy|child|op|operation|surgery)',
			'(last|in|since|back in) (january|february|march|april|june|july|august|september|october|november|december)',
			'(had|has had|suffered) ... at ##',
			'when (i|he|she) was born',
			'(with|during) (her|his|their) (first|last|previous|second) (pregnancy|baby|child)',
			'(physio|physiotherapy|rehab) after',
			// School or student days: "back in uni I took an overdose", "when I was at college".
			'back (in|at) (uni|university|college|school|high school|sixth form|the day|my twenties|my teens|my 20s)',
			'(when|while) (i|he|she|we) (was|were) (at|in) (uni|university|college|high school|sixth form)',
			'in my (uni|university|college|student|school) (days|years)',
		],
		present: [
			'(now|today|tonight|yesterday|still|currently|just)',
			'this (morning|afternoon|evening)',
			'all of a sudden',
			'suddenly',
			'# (minutes|minute|hours|hour) ago',
			'a (few|couple of)? (minutes|hours) ago',
			'since (yesterday|this morning|last night)',
			// An onset today: "since footy this arvo", "since training", "since lunch".
			'this arvo',
			'since (footy|football|soccer|rugby|training|practice|school|the game|the match|lunch|lunchtime|breakfast|dinner)',
			'(got worse|getting worse|worsening|increasing)',
		],
		recurrence: [
			'(again|once more)',
			// Counted again today: "she's had two today".
			'(two|three|several) (today|tonight|now|in a row|back to back)',
			'(#|two|three|four) so far',
			// Counted within the last hour or hours: "she's had 3 seizures in the last hour".
			'(in|within|over) the (last|past) (hour|hours|half hour|# hours)',
			'on and off',
		],
		figurative: [
			// Booking, a brain overloaded, or a denial of how it breathes: "any chance of fitting him in today?", "my brain is having a seizure", "isn't breathing fast or with her mouth open".
			'(fitting|fit|squeeze|squeezing|squeezed) (him|her|them|us|me|it) in',
			'(my|his|her) brain (is|s)? (having|had|has) (a)? (full on|total|complete|proper)? (seizure|meltdown|stroke|aneurysm)',
			'(not|isnt|isn t|is not|no) (breathing|panting) (fast|heavily|hard|quickly|rapidly|weird)',
			'(not|isnt|isn t|is not) (breathing|panting) (fast|heavily|hard|quickly|rapidly) (or|nor) (with)? (her|his|its|the)? mouth open',
			// A blocked nose, or money: "can't breathe through my nose", "my wallet is bleeding out".
			'(cant|can t|cannot|couldnt) breathe (out of|through) (my|his|her|the|their) nose',
			'(bank|wallet|account|bills|budget) ... (bleeding|bled) (out|dry)?',
			// A look or a wait told as a figure: "looked at me like i'd poisoned him", "waited so long i almost passed out", "pain where you want to die".
			'at (me|us) like (i|we|id|i d|wed|we d) (had|would have|would ve)? (poisoned|killed|murdered|starved|drowned|tortured)',
			'so (long|much|hard|bad) (that)? (i|we) (almost|nearly|practically) (passed out|fainted|died|keeled over|collapsed)',
			'pain (that|where|when) (you|u) (want|wanna|wish) (to)? die',
			// Worried, not psychotic: "now I'm paranoid, I'm 50 and never had my cholesterol checked".
			'(now|so) (im|i m|i am) (a bit|so|really|totally|getting|super)? paranoid',
			// An everyday annoyance as the cause: "about to have a stroke trying to use the online booking", "my heart nearly stopped at the bill".
			'(heart attack|stroke|coronary|aneurysm|heart (nearly|almost)? stopped|killing me) ... ... (bill|bills|invoice|price|prices|quote|queue|traffic|paperwork|booking|website|app|boss|fees|cost|charges)',
			'(bill|bills|invoice|price|prices|quote|queue|traffic|paperwork|fees|charges) ... ... (heart attack|stroke|coronary|aneurysm|killing me)',
			// A named everyday cause giving the speaker an illness: "my boss is giving me a seizure", "the price took my breath away".
			'(boss|job|work|uni|school|kids|exams|exam|traffic|clients|customers|bank|meetings|mother in law) (is|s|are|will|gonna|keeps) (giving|give|going to give) me (a)? (heart attack|stroke|seizure|fit|aneurysm|breakdown)',
			'(took|takes|taking) my breath away',
			'(occult|hidden) blood',
			'(made|makes|making|got) me (so|a bit|really|super|totally)? (paranoid|scared|worried|anxious)',
			'(could|would|to) (poison|kill) a (horse|elephant|rhino)',
			'breath (is|s) (literally)? (toxic|deadly|lethal|poison)',
			// School PE and routine blood tests, not a pulmonary embolism or a bleed: "a note to be off PE", "book my booking bloods".
			'(off|skip|miss|missing|from|do|doing|for|after|before) pe',
			'pe (kit|class|lesson|lessons|teacher|today|tomorrow)',
			'(book|booking|my|the|some|routine|get|getting|do|done|had|have|pregnancy|antenatal|and|week|weeks|wk|fasting|repeat) bloods',
			// Furniture and outings, not a caffeine source: "off the coffee table".
			'coffee (table|tables|shop|shops|date|break|morning)',
			// A bar of food, not a blocked cat: "a block of dark choc".
			'(block|blocks) of',
			// Swelling around a sting is local, not anaphylaxis; a worried parent is not paranoid.
			'(swollen|swelling|swelled|puffy|red) (a bit|a little)? (around|at) the (sting|bite|site)',
			'(just|bit of a|a bit|a|im a|i m a|being a) paranoid (mum|mom|dad|parent|owner|mama)',
			// A vaccine's name, not the illness: "the meningococcal B vaccine".
			'meningococcal (b|acwy|c)? (vaccine|vaccines|jab|jabs|shot|shots|vaccination)',
			'blood (test|tests|work|results|panel|panels)',
			// Money poisoned or killed, not the speaker.
			'(poisoning|killing|murdering) (my|our|the) (wallet|bank|bank account|budget|pocket|savings)',
			'(dying|died|die|dead|death) (of|from) (laughter|laughing|boredom|embarrassment|hunger|shame|curiosity|cuteness|jealousy)',
			'dying (to|for)',
			'(dying|died|dead) laughing',
			'to die for',
			'dead tired',
			// Someone or something "giving me" an illness is a figure: "my boss is giving me a stroke".
			'(give|gave|giving|gives|gonna give) (me|him|her|us)? a (heart attack|stroke|seizure|fit|aneurysm|coronary)',
			'(almost|nearly) (had|have|having) a heart attack (when|at|seeing|because|over|looking)',
			// Something causing the speaker an illness, or nearly: "the traffic is causing me a stroke", "the bill nearly made me faint".
			'(cause|causes|causing|caused|gonna cause) (me|him|her|us)? a (heart attack|stroke|seizure|fit|aneurysm|coronary)',
			'(nearly|almost) (made|make|making) me (faint|pass out|collapse|keel over|have a heart attack|have a stroke|have a seizure)',
			'stroke of (luck|genius)',
			'(nearly|almost|near) (had|have|having|gave me|give me|giving me) a (stroke|heart attack|seizure|fit|aneurysm|breakdown)',
			// The speaker's own heart stopping at a bill: "my heart nearly stopped when I saw the bill", "got the invoice and my heart stopped".
			'(my|me) heart (nearly|almost|literally|just|actually)? (stopped|stop|skipped a beat|sank|dropped) (when|as|after|once) (i)? (saw|seen|see|opened|got|read|checked|looked at|received) (the|my|that|this|your|our)? (vet|vets|dental|dentist|hospital|scan|xray|x ray|clinic)? (bill|bills|invoice|invoices|quote|price|prices|cost|costs|statement|receipt|total|fee|fees|estimate)',
			'(bill|bills|invoice|invoices|quote|price|prices|cost|costs|statement|receipt|total|fee|fees|estimate) ... (and|&) (my|me) heart (nearly|almost|literally|just|actually)? (stopped|skipped a beat|sank|dropped)',
			// A dental crown, not a baby crowning: "the invoice for my crown".
			'(my|dental|new|temporary|temp|porcelain|gold|ceramic|zirconia) (tooth)? crown',
			'crown (on|for) (my|a|the|this|that) (tooth|molar|front tooth)',
			'(kill|killing) myself (laughing|working|studying|at work)',
			'(nearly|almost|near)? choked on (my|a|the)? (tea|coffee|drink|wine|beer|water|cereal|toast|lunch|dinner|breakfast|sandwich|food) (when|reading|seeing|at|because|laughing)',
			// Choking or drowning in work, bills or exams: "choking on work this week", "drowning in paperwork".
			'(choking|choked|drowning|drowned|suffocating) (on|in|with|under) (all)? (this|the|my)? (work|paperwork|emails|assignments|homework|deadlines|bills|tasks|exams|admin|debt|papers|forms|problems|messages|chores|laundry)',
			'kill for a',
			'could kill (him|her|them|you|for)',
			'(pure|total|absolute|such) poison',
			'overdose (of|on) (meetings|work|cuteness|love|emails|information)',
			// Not "a crush" nor "his crush": "a crush injury".
			'my crush',
			'(out of breath|breathless) (from|with) (laughing|laughter)',
			'at (me|us) like (i|we) (poisoned|killed|murdered|starved)',
			// "tetanus shot" is a jab, not a gunshot.
			'(tetanus|flu|covid|booster|allergy) (shot|shots)',
			'explode with (all|so much) (this|the|these)? (work|stuff|things|noise|information|bills)',
			// A fit of laughter or zoomies is no seizure.
			'(fit|fits) of (the)? (zoomies|laughter|giggles|rage|jealousy|energy|madness|crazy|sulking)',
			// A comparison: "bites like a snake lol".
			'(like|as) a (snake|shark|piranha|crocodile|croc|vampire|viper)',
			'(bites|bite|biting|bit|attacks|attacking) like (a)? (snake|shark|piranha|piranhas|crocodile|croc|vampire|viper|lion)',
			// Frozen staring, not paralysed: "the cat's been frozen staring at the wall lol".
			'(paralysed|paralyzed|frozen|petrified) (staring|looking|gazing) (at|into)?',
			// Rather die than sit through something: "I'd rather kill myself than sit through another zoom meeting".
			'(rather|prefer to) (kill myself|die|be dead) than (sit|sitting|attend|attending|watch|watching|listen|listening|go|going|do|doing) (through|to|in)? (another|one more|this|that|the|a|an)',
			// The speaker about to have an attack: "I'm about to have a stroke 😂"; "I think I'm having a stroke" is a report.
			'(im|i m|i am) (about to|gonna|going to|bout to) (have|get) a (stroke|heart attack|coronary|aneurysm|breakdown)',
		],
		conditionals: 'if',
		conditionalLeads: 'and but so what happens',
		conditionalSubjects: '',
		// After "asked", askedWhether reads it: a clinician's question unless answered yes.
		conditionalAnywhereExceptAfter:
			'know knows knew sure wonder wondering check see ask asked asking asks tell unsure idk dunno notice noticed',
		hypothetical: [
			// How one would tell, in general, and a lesson for others: "how do I know if his gums are pale", "want to teach my kids".
			'how (do|can|would|will) (i|we|you) (tell|know|check|see|spot) (if|whether)',
			'how (do|can|would) (i|we|you) (recognise|recognize) (a|an|the)?',
			'what (would|will) happen if',
			'(teach|show|tell) (my|the|our) (kids|children|family|class|staff) (about|what|how)',
			// Closed-class openers of a hypothesis, whatever the symptom: "hypothetically", "suppose", "let's say".
			'(hypothetically|suppose|supposing|lets say|let us say|in case|god forbid|if ever)',
			// A look that seems to want something: "looks at me like he wants to poison me".
			'(as if|like) (he|she|it|they) (wants|wanted|want) to',
			// As if it had happened, so it did not: "limping as if he'd been hit by a truck"; not "as if he can't breathe".
			'(as if|as though) (he|she|it|they|i|someone|somebody) (had|d)',
			'(as if|as though) (hed|shed|theyd|itd|id)',
			'say (my|a|the|your|our) (dog|cat|puppy|kitten|baby|kid|child|son|daughter|husband|wife|dad|mum|mom)',
			'how (hot|cold|warm) is too (hot|cold|warm)',
			'(heard|read) (that)? (they|dogs|cats|it|babies|kids) (can|could|may|might)',
			'(what|what happens|what do i do|what to do|is it bad|should i worry) if',
			'(dangerous|harmful|toxic|serious|bad) (for|to)? (a|my)? (child|kid|kids|children|dog|dogs|cat|cats|baby)? if',
			'how (do i|would i|can i|to) (know|tell) if',
			'is it true',
			// What an illness does in general: "does dengue cause bleeding gums?".
			'(does|do) ... (cause|causes|give|lead to)',
			'(what are|which are) the (early|first|warning)? (signs|symptoms) of',
			'how (serious|dangerous) is (a|an)',
			'how long (does|do|can|should) (a|an)',
			'(i read|they say) that',
			'(what|which) (warning)? (symptoms|signs)',
			'do (you|u) (offer|run|teach|do|have) (any)? (first aid|course|courses|class|classes|training)',
			'before (she|he|it) (gets|develops|has)',
			'(can i|could i|is it ok to|is it safe to) (use|apply)',
			'(saw|watched|watching|seen) (a|the|this|that)? (video|clip|reel|tiktok)',
			// Getting ready for a trip: "do i need anything for snakebites?", "what goes in a first aid kit?",
			'(do i|should i|do we|should we) (need|take|pack|bring|buy|carry) (anything|something) for',
			'(in|into) (a|the|my)? ... kit',
			'(video|clip|reel|tiktok) (of|about)',
			'(treat|see|handle|take) (emergencies|cases) (of|like)',
			'(emergencies|cases|things|stuff) like',
			'how (do i|to|can i) (get rid of|prevent|avoid|keep away)',
			'(just in case|asking for future|for future ref|just curious|out of curiosity|just wondering)',
			'(one day|some day|someday|in the future)',
			'how (do i|would i|can i|to) (recognise|recognize|spot|identify)',
			'difference between',
			'how (do i|do you|to|can i|can you) (tell apart|tell the difference|distinguish|differentiate)',
			'which ... (have|contain)',
			'(which|what) ... (signs|symptoms) (should|to|do|must)',
			'(mentioned|talked about|warned (me|us)? about)',
			'(going|heading) (on holiday|on vacation|camping|travelling|traveling)',
			'(in case of|in the event of)',
			'(saw|read|heard|seen|see) (on|in) (the)? (news|tv|paper|facebook|insta|instagram|tiktok|youtube)',
			// Whether it can happen at all, not that it did: "could my son have an asthma attack during footy?".
			'(can|could|might) (it|this|that)? (happen|cause|trigger|lead to)',
			'(can|could|might) (kittens|puppies|dogs|cats|kids|children|babies|people|a dog|a cat|a child|a baby|my|our) ... (get|have|develop) (a|an|electrocuted|poisoned)',
			'(is|are) (there|they|he|she|it) (a|any)? (risk|chance|danger) of',
			// What to do if it ever happens: "what should I do if he chokes?", "how would I know if he's blocked?".
			'what (should|would|do|can|must) (i|we|you) do (if|when)',
			'how (would|will|do|can|could) (i|we|you) (know|tell) (if|when|whether)',
			'remind me (what|of)',
			// A service asked about, not a case: "do u do emergency surgery for bloat", "do you guys stock epipens".
			'(do|does) (you|u|ya|you guys|u guys|y all|yall|the clinic|the practice) (do|stock|sell|offer|carry|run|provide)',
			'where there (are|is) (lots of|many|a lot of)?',
			// The point at which to worry: "after how long should I call?".
			'(after|from) how (long|many)',
			// Which signs are worth worrying about in general: "what kind of rash should I worry about in a toddler".
			'(what|which) (kind|kinds|sort|sorts|type|types) of',
			// News, a post or a group chat: "read about a toddler who", "someone on our street says".
			'(read|saw|heard|watched|watching) (about|a story about|a post about|an article about|the news about)',
			'on the news',
			'someone (on|in|at|from) (our|my|the) (street|road|group|building|estate|work|school)',
			'(watching|watched|was watching) (greys|grey s|a show|a film|a movie|tv|the telly|a documentary)',
			'(heard|read) (that)? ... (can|could|may|might) (get|have|develop)',
			// A story on screen: "in the movie the dog had bloat".
			'(in|on) (a|the|that|this) (movie|film|show|series|episode|documentary|soap)',
			// A programme named before its story: "watched a Grey's episode where a guy", "saw a video of a dog that".
			'(watched|watching|saw|seen|was watching) (a|an|the|this|that) ... (episode|movie|film|show|series|video|documentary|programme|program|reel|tiktok|clip) (where|about|of|in which|with)',
			'did you see (that|the|this)',
			'(saw|watched) a (vet|tv|medical|hospital|telly)? (show|programme|program|documentary)',
			'(saw|read|seen) (on|in) (the|our|a)? (local|village|neighbourhood|neighborhood|community)? (facebook|fb|whatsapp|nextdoor) (group|page|post)?',
			'(a|theres a|there s a|there is a) post (on|in) (the|our|a)? (local|village|neighbourhood|neighborhood|community)? (facebook|fb|whatsapp|nextdoor|insta|instagram) (group|page)?',
			// A fear of what will happen: "I'm terrified she'll choke" (folded "shell").
			'(terrified|scared|afraid|worried|petrified|paranoid) (she|he|they|it|that)? (ll|will|might|could|would|may|shell|hell|theyll|itll)',
			'(what are|whats|what re) (the)? (early|first|main)? (signs|symptoms|warning signs)',
			'(what does|what do) ... (stand for|mean)',
			// What a course or a class covers: "do they explain what waters breaking feels like?".
			'(explain|explains|teach|teaches|cover|covers|go over|goes over) (about|what|how|the signs)',
			'(from|at|above) what (temperature|temp|reading|age|point|number)',
		],
		resolved: [
			// Well since, under control, or doing two ordinary things: "seizure-free and bright since", "BP's been fine at home", "eating and playing".
			'(seizure|fit|fits|seizures) free',
			'(bright|well|perfectly well|really well|great) (and \w+)? (since|ever since|again)',
			'(bp|blood pressure|pressure|sugars|sugar) (s|is|has|have)? (been)? (fine|normal|good|ok|okay|stable) (at home|since|now)?',
			'(eating|walking|running|jumping|playing) and (eating|walking|running|jumping|playing|sleeping)',
			'(walking|running|jumping|playing|eating) (normally|fine|as usual|like normal)',
			// Back to themselves, or under control: "came round straight away", "he's been totally himself since", "tearing around like a maniac again", "his seizures have been well controlled".
			'came (round|to|around) (straight away|right away|quickly|fast|after a (few|couple of)? (seconds|secs|minute))',
			'(been|is|s) (totally|completely|just)? (himself|herself|themselves) (again|since|ever since)',
			'(tearing|zooming|running|charging|racing) (around|about|round) (like)? (a)? (maniac|mad|crazy|normal|again)?',
			'(well|under) controlled',
			'(are|is|been) (well)? (under control|controlled)',
			// Survived it: "got bitten by a snake years ago and pulled through".
			'(survived|pulled through)',
			'(running|eating|playing|walking) (around)? (as normal|like normal|like always|as usual)',
			'(it|he|she|its|it has|has)? (stopped|settled|passed|went away|gone away|cleared up)',
			'(now|is now|seems|feels|is|all)? (fine|ok|okay|good|better|normal) (now|again)',
			'(all good|totally fine|back to normal|fine now|better now|ok now|okay now)',
			'(im|i am|i m|feeling|i feel) (fine|ok|okay|better|good|normal) (now|today|again)?',
			// "felt fine after": over; "felt fine before" is how things were before it began.
			'felt (fine|ok|okay|better|normal) (straight|right)? (after|afterwards|again|since)',
			'(totally|completely|perfectly) (fine|ok|okay|normal) (today|since|ever since)',
			'was (fine|ok|okay|better|normal) (straight|right)? (after|afterwards)',
			'(completely|totally|all) gone',
			'gone now',
			'(discharged|sent home)',
			'(bloods|blood tests|blood work|bloodwork|tests|x ray|xray|x rays|scan|results) (this morning|today|yesterday)? (were|was|came back|are|all) (normal|fine|ok|okay|clear|good)',
			// It never came back: "had one fit years ago and never again".
			'(and)? never (again|since|had another|happened again)',
			'(the|a) (piece|bit|chunk|food|meat|grape|sweet|object|bone) (came|popped|flew) (out|up)',
			'(went|gone|came) down (after|within|in)',
			'healing (great|well|nicely|fine|up)',
			'breathing (normally|normal|fine)',
			// What was taken worked, and care that ended it: "2 puffs of ventolin sorted it", "had surgery to get it out".
			'(inhaler|puffer|ventolin|puffs|meds|medicine|tablets|antihistamine) (sorted|fixed|settled) (it|him|her)',
			'(eating|drinking) (well|normally|normal) (again|now)?',
			'(home|back home) and (eating|playing|fine|well|grand|good|ok|okay)',
			'(all)? (tests|results|bloods|scans) (were|came back|are)? (normal|clear|fine|ok|okay)',
			'(ecg|x ray|xray|x rays|scan|ct) (was|came back)? (normal|clear|fine)',
			'(is|s|shes|hes|she s|he s|its|it s)? doing (well|fine|great|ok|okay) (now|today|since)?',
			'all fine (since|now|after)',
			'(they|the vet|the doctor|the nurse) said (all|it was|everything was|everything s|everythings|she was|he was)? (fine|ok|okay|normal|tiny|nothing)',
			'back to (his|her|their|my) (normal|usual|cheeky|old)? ... self',
			'nothing (broken|fractured)',
			'(has|s|she s|he s|shes|hes) been (totally|completely|perfectly)? (fine|normal|okay|ok)',
			'back to (himself|herself|themselves|myself|his old self|her old self|my old self)',
			'(mine|ours) (is|are|seems|seem) (healthy|fine|ok|okay|well|normal)',
			'(laughing|smiling|feeding|eating) (normal|normally|happily)',
			'(hes|shes|he is|she is|he s|she s|theyre|they are) (fine|ok|okay|good|normal|alright|all right|totally fine|well)',
			'(slept it off|cooled down|calmed down|woke up happy|woke up fine|found it)',
			'(coughed|spat|spit|threw|brought) it (right|straight)? (out|up)',
			'(fully|completely)? recovered',
			'(healed|healing well|healed up)',
			// Healed or nearly: "it's almost healed", "pretty much healed over".
			'(almost|nearly|pretty much|mostly|all) healed (up|over)?',
			'(breathing|breathes) (fine|normally|normal) (now|again)',
			'(running|playing) around',
			'(eating|playing|acting) normally',
			'(eating|pooping|peeing|drinking|walking) (and)? (eating|pooping|peeing|drinking|playing)? normally',
			'(grand|right as rain) now',
			'(purring|wagging|playing) and (eating|drinking|playing)',
			// "she's been fine since", "stayed fine for hours": a state since the event, so it is over.,
			'(been|stayed|was|seemed) (fine|ok|okay|good|normal|grand|great|alright|well) (since|ever since|for hours|all day|afterwards|after that|since then)',
			'(it|the piece|the bit) (came|popped|flew) (straight|right)? (out|up)',
			'(perked up|bounced back)',
			'(eating|playing) and (playing|eating|running|drinking)',
			'(stitches|sutures) (out|removed|come out)',
			'(course|treatment|antibiotics|meds) (is|was)? (finished|done|completed|over)',
			// Two signs of a pet or child back to itself, in any order: "eating and wagging", "playing and purring".
			'(eating|playing|wagging|purring|running|drinking|hopping) and (eating|playing|wagging|purring|running|drinking|hopping) (about|around)?',
			'(got|pulled|took|fished|hooked|coughed) it out',
			'(inhaler|puffer|meds|medicine|spray) (worked|did the trick|sorted it)',
			// Kept in check by treatment: "had seizures last year, stable on phenobarb".
			'(stable|well controlled|controlled) (on|with|since)',
			// It never came back: "never had another", "hasn't happened since".
			'never (had|has had|happened|did it|done it|got) (another|again|one since|it again|any more|anymore|since)',
			'(hasn t|hasnt|has not|hasn t been|never) (happened|had one|had another) (again|since)',
			// Back to themselves for hours: "been totally normal for the last 3 hours", "I'm 100% now".
			'(been|stayed|seemed|was) (totally|completely|perfectly|absolutely)? (fine|ok|okay|normal|good|grand|great|alright|well) (for the last|for the past|for|over the last|over the past) (#|a few|a couple of|several)? (hours|hour|days)',
			'(im|i m|i am|feel|feeling|he s|hes|she s|shes) (100|a hundred) (percent|per cent)? (now|again)?',
			// A wound dressed where it was seen to: "A&E dressed it and gave me cream".
			'(a&e|a and e|the nurse|nurse|the er|urgent care|they|the hospital|the gp|the walk in) (dressed|bandaged|wrapped|cleaned and dressed) (it|my hand|the burn|the wound|my arm|my leg)',
			// A near miss: "spilled a cup of tea on the floor, luckily missed him".
			'(luckily|thankfully|fortunately|but it|it)? missed (him|her|them|me|the baby|the kids|us)',
			// Seen to and sorted: "all sorted now", "the vet checked her and said all ok".
			'(all|its|it s|everything s|everythings|everything is|got it) sorted (now|out)?',
			'said (all|everything|everything was|everything is|everything s|everythings|it was|its|it s|she was|he was|she s|he s|shes|hes|she is|he is)? (all)? (fine|ok|okay|normal|good)',
		],
		treated: [
			// The vet made a named dog sick: "the ER vet made Bailey throw up".
			'(made|make) ... (throw up|vomit|be sick)',
			// Passed in the stool, the end of a swallowed thing: "he pooped it out this morning".
			'(pooped|pooed|passed) (it|them)? (out|through) (in his|in her|in the)? (poop|poo|stool)?',
			// Seen to and let go: "they checked him over and sent us home".
			'(they|the hospital|the doctors|the vet|the emergency clinic|the er|a&e) (checked|looked) (him|her|them|it|us|me)? (over|out)',
			'sent (us|him|her|me|them) home',
			'(went|we went|(took|brought|rushed) (him|her|them|it|me)) to (the)? (er|a&e|casualty|vet|vets|hospital|emergency|emergency vet|urgent care)',
			// The care itself, told before what it was for: "they made him sick", "induced vomiting".
			'(made|make) (him|her|them|it) (sick|vomit|throw up)',
			'induced (vomiting)?',
			'(vet|vets|doctor|doctors|they) (bathed|treated|kept|admitted) (him|her|them|it|us)',
			'kept (him|her|them|it|us)? overnight',
			'(got|gave (him|her|it)|given) (the)? (antivenom|antidote)',
			// Seen by a professional: "the vet saw her", "the hospital checked her", "got checked at the walk in".
			'(the)? (vet|vets|doctor|doctors|gp|hospital|paramedics|ambulance|nurse|neurologist|paediatrician|pediatrician) (saw|checked|examined|assessed|treated|looked at) (her|him|them|it|us|me)?',
			'(ambulance|paramedics) came',
			'(you|they|the vet|vet|vets) (stitched|stapled|glued|bandaged|dressed) (her|him|it|them)? (up)?',
			'(took|brought|rushed) ... to (the)? (er|a&e|a and e|hospital|vet|vets|emergency)',
			// The treatment itself: "they gave her an injection and it went down", "did the heimlich".
			'(gave|given|got) (him|her|them|it)? (a|an)? (injection|jab|shot|steroid|steroids|antihistamine|antihistamines|adrenaline)',
			'(did|done|doing) (the)? (heimlich|back blows|back slaps)',
			'got (checked|seen|checked out) (at|by|in)',
			'(had|needed|got) (surgery|an operation|an op|emergency surgery) (to get it out|to remove it)?',
			'(checked|seen|examined|assessed|checked over) (at|in|by) (the)? (hospital|er|a&e|vets|vet|walk in|urgent care|doctors|doctor|gp|paramedics)',
			'got (checked|seen|examined) and (x rayed|xrayed|scanned|checked)',
			'(was|were|got) (seen|checked|x rayed|xrayed|examined) (at|in|by)',
			'(rang|called|phoned) (the)? (pet)? (poison line|poison control|poison helpline|111|out of hours)',
			// First aid done: "wiped his gums with a wet cloth" after a toad.
			'(wiped|rinsed|flushed|washed) (out)? (his|her|their|the)? (gums|mouth)',
		],
		mild: ['a (bit|little|touch|tad) (of)?', '(slightly|mild|mildly|minor|little bit of|bit of|slight)', 'kind of', 'sort of'],
		topicBefore: [
			// Keeping the kit or learning to use it: "keep my EpiPen at my desk", "show me how to use his EpiPen".
			'(keep|keeping) (my|his|her|an|the|a)',
			'(how to|how do i|how do you|show me how to) (use|give|inject)',
			// A vaccine's cover: "covered for parvo", "protected against lepto".
			'(covered|protected|immunised|immunized|jabbed) (against|for)?',
			'(what is|what are|whats)',
			'(can|could) (you|someone|somebody|a person|people) die (from|of)',
			'(vaccinate|vaccinated|vaccinating)',
			'(do|does) ... (treat|see|handle|take)',
			'(does|do|will|would) ... (cover|covers)',
			'(should i|do i need to|can i) (take|get|use) (something|anything)',
			'(prevents|prevented)',
			// What a vaccine or a measure covers, and kinds of an illness: "protect against all types of meningitis".
			'(protect|protects|protecting|protection|protected|immunity|immune) (against|from)',
			'(all)? (the)? (types|strains|forms|kinds) of',
			'(medication|medications|meds|medicine|medicines|prescription|refill|script|treatment|vaccine|vaccines|booster|test|tests|course|class|classes|video|videos|doc|documentary|news|insurance|certificate|note|alarm|detector|repellent|prevention|about|first aid|school project|cases of|outbreak of|leaflets|prevent|avoid|preventing|avoiding|risk)',
			// Carrying or renewing the kit, not using it: "do I still need to carry an epipen?", "renew his epipen".
			'(carry|carrying|renew|renewing|replace|replacing|replacement|spare|expired|script for|prescription for)',
			// A referral or a screening for it: "an allergy referral / epipen?", "screening for pre-eclampsia".
			'(referral|referred|screening|screened)',
			// The FAST acronym and what things cost: "is it still FAST for strokes?", "how much does an epipen cost".
			'(fast|be fast|befast) (thing|test|acronym|rule|check)? (for)',
			'how much (is|are|does|do)',
			'(price|cost) of',
			// First aid on the mouth, not a sign: "wiped his mouth anyway".
			'(wiped|wipe|wiping|rinsed|rinse|rinsing|flushed|flush|flushing|washed|wash|washing) (out)?',
			// A risk in general: "which breeds are most prone to bloat?".
			'(prone|susceptible|predisposed|predisposition) to',
		],
		topicAfter: [
			// A vaccine named by its strain: "is the meningococcal B one included?".
			'(b|c|acwy) (one|jab|jabs|vaccine|shot|booster)',
			// The kit's date: "his EpiPen is out of date".
			'(is|s|are)? (out of date|expired|expiring|expires)',
			'(medication|medications|meds|medicine|pills|prescription|prescribed|refill|script|vaccine|vaccines|vaccination|booster|shot|shots|jab|jabs|test|alarm|alarms|detector|detectors|insurance|repellent|prevention|leaflets|awareness)',
			'(is|be)? (contagious|hereditary|curable|genetic|catching)',
			// A service about the illness, not the illness: "stroke risk assessments", "heart attack screening".
			'(risk|risks|assessment|assessments|screening|screenings|check|checks|clinic|clinics|awareness|service|services|specialist|unit|ward)',
			// "what would bloat look like?": what it is like in general.
			// Not "looks like": "his lips are blue, looks like he's not breathing".
			'look like',
			// "seizure free for 8 months": a time without it.
			'free',
			// What an illness leaves in general, and what a kit costs: "do febrile seizures leave lasting damage?", "epipen cost".
			'(leave|leaves|cause|causes) (lasting|permanent|long term)? (damage|after effects|brain damage)',
			// Whom it happens to, in general: "does pyometra only happen in unspayed females?".
			'(only)? (happens|happen|occurs|occur) (in|to) (dogs|cats|females|males|bitches|queens|kids|children|babies|adults|women|men|unspayed|entire|older)',
			'(cost|costs|price|prices)',
			// Operated on, and kept from coming back: "had bloat surgery (gastropexy) 2 yrs ago".
			'(surgery|op|operation|gastropexy|stomach tack|tacking)',
		],
		functionWords: 'of for the a an my his her their your against on about and or',
		history: [
			'(had|suffered|has had|have had|went through)',
			'(was|were) born',
			'(was|were|got) (hospitalised|hospitalized)',
			'(in|runs in) (my|our|the) family',
			'at ##',
			'lost (a|two|three) (cow|cows|calf|horse|dog|cat|puppy|kitten|pup|pet|sheep|goat|chicken|hen)',
		],
		outsiders: [
			// Someone from work or the gym: "guy at work collapsed yesterday".
			'(a|the|some|this)? (guy|girl|bloke|lady|woman|man|someone|somebody|fella) (at|from) (work|the office|my work|the gym|school|uni|church|the park|the dog park|the vets|the beach|training|puppy class)',
			// "my friend's baby had", folded "my friends baby"; "a friend of mine".
			'(my|our|a) (friend|friends|mate|mates|neighbour|neighbours|neighbor|neighbors|cousin|cousins|uncle|uncles|aunt|aunts|colleague|colleagues|coworker|coworkers|nephew|nephews|niece|nieces)',
			'a (friend|mate|neighbour|neighbor|colleague|coworker) of (mine|ours)',
			// "my sister in law had pre-eclampsia", "the neighbour's lad": not of the household.
			'(my|our|a) (sister in law|brother in law|sisters in law|brothers in law|workmate|workmates|classmate|classmates|boss)',
			// Not "the neighbours dog": the other animal in a fight with the speaker's own.
			'the (neighbour|neighbor|lady next door|guy next door|man next door)',
			// Chat English drops the "my": "coworker got bitten by a snake", "mate collapsed playing footy".
			'(coworker|colleague|workmate|mate|neighbour|neighbor|classmate) (got|had|collapsed|fainted|fell|was|went|passed|ended|took|lost)',
			// Someone from the street: "a dog on my street got bitten".
			'(a|the) (dog|cat|kid|child|boy|girl|man|woman|guy|lady|baby|toddler) (on|in|from|at|down) (my|our|the)? (street|road|block|estate|building|school|work|office|village|park)',
			'(a|the) (dog|dogs|cat|cats|kid|child|boy|girl|man|woman|guy|lady|baby|toddler|family|people) (next door|over the road|across the road|across the street|upstairs|downstairs)',
			// A stranger the speaker saw it happen to: "saw a man choke on his steak".
			'(saw|watched|seen) (a|an|this|some) (man|woman|guy|lady|kid|child|boy|girl|dog|cat|bloke|person|footballer|player)',
			'(my) (daughters|sons|kids|husbands|wifes|partners) (friend|mate|classmate|boyfriend|girlfriend)',
			'a (kid|child|boy|girl|pupil|student) (in|at|from) (year|class|my|his|her|our|the)',
			// A relative's pet, told as theirs: "my brother's dog got bitten".
			'(my|our) (brothers|sisters|mums|moms|dads|parents|grans|nans|aunts|uncles|cousins|friends|mates|coworkers|colleagues|neighbours|neighbors|in laws) (dog|dogs|cat|cats|puppy|kitten|pup|rabbit|horse)',
			'(my|our) (brothers|sisters|mums|moms|dads|parents|grans|nans|aunts|uncles|cousins|friends|mates|coworkers|colleagues|neighbours|neighbors|in laws) (great dane|lab|labrador|collie|spaniel|terrier|poodle|retriever|shepherd|staffy|pug|beagle|husky|boxer|frenchie|cavoodle|cockapoo|dachshund|sausage dog|greyhound|westie|rottweiler|chihuahua)',
			// A relative's child or friend: "my sister's baby had", "my mum's friend's grandson swallowed".
			'(my|our) (sisters|brothers|cousins|friends|mates|aunts|uncles|mums|moms|dads|nans|grans|neighbours|neighbors|colleagues|coworkers|in laws) (baby|babies|son|sons|daughter|daughters|kid|kids|boy|girl|little one|toddler|grandson|granddaughter|friend|friends|mate|colleague|neighbour|neighbor|boyfriend|girlfriend|husband|wife|partner)',
			// Chat English drops the "my" before a relative's or friend's, told with what they went through: "friend's baby swallowed",
			// "neighbour's dog got into" (not "a scrap with the neighbours dog").
			'(friends|mates|cousins|neighbours|neighbors|colleagues|coworkers|sisters|brothers|aunts|uncles) (baby|son|daughter|kid|kids|boy|girl|toddler|little one|dog|cat|puppy|kitten|husband|wife|partner|mum|mom|dad) (got|had|has|swallowed|ate|was|died|collapsed|fell|took|went|passed|needed|ended|lost)',
		],
		ownFine: [
			'(we re|we are|were) (all)? (fine|ok|okay|good|safe)',
			'(mine|mines|ours) (are|is|s)? (fine|ok|okay|good|safe|alright)',
			// The speaker's own never did it: "mine have never done that, thank god".
			'(mine|mines|ours) (have|has|ve)? (never|not ever) (done|did|had|swallowed|eaten|ate|been through) (that|this|anything like that)?',
			'(my|our) (son|daughter|kids|kid|boy|girl|dog|dogs|cat|cats|lot|pets|baby) (is|are|s) (fine|ok|okay|good|safe|alright)',
		],
		ownRisk: [
			// How much of it is dangerous: "how much chocolate is actually dangerous for a dog?".
			'how much ... (is|are) (actually|really)? (dangerous|toxic|poisonous|too much)',
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
			'how (do i|can i|to|could i) (prevent|avoid)',
			'how (do|can|could|should) (we|you) (prevent|avoid)',
			'anything (i|we) (should|ought to|oughta|can|could) (keep|carry|do|have)',
			'is there (a|any) (vaccine|jab|shot|way to prevent)',
			// The speaker turns to their own case: "my sister had pre-eclampsia… im pregnant now", "mine's a chewer too".
			// "now" sets the speaker's pregnancy against the history before it ("I had a crash, I'm 28 weeks" is her own).
			'(im|i am|i m) (pregnant|expecting|## weeks) now',
			'now (im|i am|i m) (pregnant|expecting|## weeks)',
			'(is there|are there|do you do|do you have|can i have|can i get) (a|any)? (preventive|preventative|screening|early)? (test|tests|scan|scans|screening)',
			'(mine|mines|mine s) (is|too)',
			'(my|our) (new|own) (puppy|kitten|pup|dog|cat|baby)',
			'for (my|our) (new)? (puppy|kitten|pup|kids|kid|baby|son|daughter)',
			'is (it|this|that) common',
			'any tips',
			// A course or a service for the speaker's own family: "can you recommend swimming lessons?".
			'(run|offer|do|recommend|teach|have) (any)? (course|courses|class|classes|lessons|training|first aid)',
			'just in case',
			// Whether a vaccine covers the speaker's own: "is the MenB jab included in my son's vaccinations?".
			'(jab|jabs|vaccine|vaccines|vaccination|vaccinations|shot|shots|booster) (included|covered|part of|given)',
			'included in (my|his|her|our|the)',
		],
		asides: [
			'(anyway|anyways|anyhow|but anyway|on another note|changing the subject|that aside|aside from that)',
			'(i m|im|i am|i was)? (writing|messaging|texting|getting in touch|contacting you|reaching out) (about|for|to (ask|book|check|see))',
			'the reason (i m|im|i am) (writing|messaging|texting)',
		],
		askedWhether: ['(asked|asking|asks|wanted to know) (me|him|her|us|them)? (if|whether)'],
		mishaps: [
			'(i|i ve|ive|i have)? (completely|totally)? (missed|forgot|mixed up|got the wrong) (my|the)? (appointment|appt|booking|slot|date|day|time)',
			'(i)? (overslept|slept through)',
			'(been|i ve been|ive been) on hold (for)? (an hour|ages|hours)',
		],
		rebooking: [
			'(rebook|re book|reschedule|rearrange|move my appointment|change my appointment)',
			'(another|a new|a different) (appointment|appt|slot|date|time)',
		],
		answersYes: [
			'(said|say|says|answered|replied|told (her|him|them|the doctor|the nurse)) (yes|yeah|yep|he does|she does|i do|he did|she did|i did|he has|she has|i have)',
			'(and|but) (he|she|i) (does|did|do)',
			'(and|but) (actually|yes|yeah) (he|she|i) (does|did|do|has|have|had)',
		],
	},
};

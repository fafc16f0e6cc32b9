import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const portuguese: SpeechLexicon = {
  language: 'pt',
  speechVerbs: words(`disse afirmou declarou ressaltou observou contou reclamou destacou
    adianta antecipou antecipa
    explicou acrescentou garantiu alertou reconheceu comentou prometeu avaliou sublinhou frisou
    lamentou criticou defendeu admitiu respondeu resumiu lembrou relatou insistiu considerou
    concluiu apontou assegurou referiu adiantou salientou advertiu reforçou questionou
    completou argumentou ponderou detalhou celebrou elogiou escreveu desabafou gritou gritava exclamou
    ri-se riu-se sorri sorriu brinca brincou graceja gracejou ironiza ironizou suspira suspirou
    desconversa desconversou esquiva-se esquivou-se atalha atalhou brincava sorria ria-se
    diz afirma declara ressalta observa conta destaca explica resume lembra sublinha frisa
    lamenta critica defende admite relata insiste considera aponta assegura refere adianta
    salienta avalia garante acrescenta escreve desabafa
    precisou apelou pediu indicou justificou confessou retorquiu replicou
    dizia explicava contava lamentava desabafava recordava lembrava
    queixou-se lamentou-se queixa-se lamenta-se interrogou-se perguntou-se
    emocionou-se justificou-se defendeu-se
    perguntou pergunta perguntava indagou indaga disparou dispara rebateu rebate retrucou
    dizem afirmam escrevem alertam defendem garantem sublinham lembram
    sustenta sustentou alega alegou exige exigiu pede insta instou convida convidou classifica
    classificou qualifica qualificou saúda saudou elogia reitera reiterou realça realçou enfatiza
    enfatizou assinala assinalou nota notou vinca vincou atira atirou afiança afiançou recorda
    recordou conclui acusa acusou denuncia denunciou informa informou anuncia anunciou indica
    revela revelou confessa reconhece responde observou avisa avisou adverte alerta questiona
    nega negou ressalva ressalvou remata rematou comenta confidenciou apela confirma confirmou
    tem_dito tem_afirmado tem_defendido tem_alertado
    disseram afirmaram declararam garantiram explicaram alertaram lembraram defenderam pediram
    exigiram reclamaram criticaram denunciaram consideraram sublinharam frisaram referiram
    apontaram contaram relataram admitiram reconheceram sustentaram salientaram acrescentaram`),
  accordingTo: words(
    'segundo para conforme de_acordo_com nas_palavras_de nas_palavras_do nas_palavras_da',
  ),
  titles: words(`presidente ministro ministra governador governadora prefeito prefeita
    secretário secretária diretor diretora economista economista-chefe infectologista
    costureira pedreiro deputado deputada senador senadora porta-voz relator relatora reitor
    reitora comandante vereador vereadora professor professora investigador investigadora
    estudante sr. sra. dr. dra. d. dom dona padre frei bispo cardeal`),
  titleEndings: [],
  nameParticles: words('de da das do dos e'),
  prepositions: words(`de da das do dos em no na nos nas por para com à ao aos às durante após
    perante pelo pela desde até entre sobre sem contra sob`),
  circumstancePrepositions: words(
    'em no na nos nas durante após perante ao à aos às com antes depois enquanto',
  ),
  articles: words('o a os as um uma'),
  definiteArticles: words('o a'),
  titleAbbreviations: words('sr sra srta dr dra prof profa'),
  speechNouns: words(`resposta réplica comentário conclusão promessa advertência explicação
    confissão análise resumo avaliação desabafo`),
  ownPartPhrases: words(`por_sua_vez por_seu_lado da_sua_parte de_sua_parte pela_sua_parte
    por_outro_lado em_resposta do_seu_lado do_outro_lado`),
  sentenceAdverbs: words('também mas assim ainda hoje ontem depois agora então'),
  pronouns: words('ele ela'),
  femininePronouns: words('ela'),
  feminineDefiniteArticles: words('a'),
  stopwords: words(`o a os as de da do das dos e em no na um uma que para com não por mais
    como foi ao se segundo`),
  advertisementLabels: words('publicidade'),
  gerundEndings: words('ando endo indo'),
  indefiniteArticles: words('um uma'),
  relativePronouns: words('que quem'),
  clauseEndings: words('ava avam ado ada ido ida ados adas idos idas'),
  originWords: words('natural naturais oriundo oriunda originário originária nascido nascida'),
  readAlsoLabels: words('leia_também'),
};

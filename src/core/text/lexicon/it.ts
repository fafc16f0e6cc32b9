import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const italian: SpeechLexicon = {
  language: 'it',
  speechVerbs: words(`ha_detto ha_dichiarato ha_spiegato ha_aggiunto ha_affermato ha_assicurato
    ha_raccomandato ha_sottolineato ha_ribadito ha_precisato ha_annunciato ha_commentato
    ha_osservato ha_avvertito ha_concluso ha_ammesso ha_raccontato ha_replicato ha_ricordato
    ha_denunciato ha_criticato ha_insistito ha_risposto ha_confermato ha_evidenziato
    ha_rimarcato ha_promesso ha_chiarito ha_fatto_sapere ha_garantito ha_lamentato ha_scritto
    ha_ammonito ha_tuonato ha_incalzato ha_rilanciato ha_sostenuto ha_attaccato
    dice spiega afferma aggiunge sottolinea osserva avverte dichiara racconta replica ricorda
    denuncia insiste risponde conferma evidenzia conclude promette chiarisce fa_sapere
    garantisce lamenta scrive ammonisce tuona incalza rilancia ammette commenta sostiene
    precisa ribadisce ribatte ha_ribattuto attacca grida urla esclama ha_gridato ha_esclamato
    scherza ha_scherzato sorride ha_sorriso ride ha_riso ironizza ha_ironizzato sospira
    ha_sospirato taglia_corto ha_tagliato_corto glissa ha_glissato minimizza ha_minimizzato
    sdrammatizza ha_sdrammatizzato scherzava sorrideva rideva scherzò sorrise ribatté
    si_schermisce
    si_chiede si_domanda si_sfoga si_lamenta si_chiedeva si_sfogava si_è_chiesto
    si_è_chiesta si_è_sfogato si_è_sfogata si_è_lamentato si_è_lamentata
    ha_invitato invita ha_esortato esorta ha_chiesto chiede ha_sollecitato sollecita
    ha_definito definisce ha_salutato ha_bollato bolla ha_rivendicato
    rivendica ha_auspicato auspica ha_invocato invoca annuncia ha_avvisato ha_messo_in_guardia
    ha_segnalato segnala ha_riferito riferisce ha_confidato confida ha_negato nega
    ha_puntualizzato puntualizza ha_rilevato rileva ha_sentenziato sentenzia ha_chiuso ha_esordito esordisce
    diceva spiegava raccontava ricordava ammetteva sospirava
    disse spiegò aggiunse affermò dichiarò raccontò concluse rispose sottolineò ammise ricordò`),
  accordingTo: words('secondo per stando_a a_detta_di a_detta_del a_detta_della'),
  titles: words(`ministro ministra presidente sindaco sindaca direttore direttrice primario
    climatologo amministratore portavoce assessore segretario segretaria deputato senatore
    professore professoressa capitano allenatore tecnico ingegnere avvocato avvocata
    procuratore giudice economista ricercatore ricercatrice dott. dott.ssa sig. sig.ra on. don monsignor mons. padre suor fra vescovo`),
  titleEndings: [],
  nameParticles: words('di de da del della dei'),
  prepositions: words(`di del della delle dello dei degli da dal dalla in nel nella per con su
    a al alla alle ai agli allo all’ all' sul sulla sui nei nelle durante presso dopo davanti
    tra fra senza contro verso fino`),
  circumstancePrepositions: words(
    'a al alla ai agli alle allo in nel nella nei nelle durante dopo davanti presso mentre con sul sulla prima',
  ),
  articles: words("il lo la i gli le un una l’ l'"),
  definiteArticles: words("il lo la l’ l'"),
  titleAbbreviations: words('dott sig sigg prof avv'),
  speechNouns: words(`risposta replica commento chiosa battuta conclusione promessa avvertimento
    monito spiegazione confessione analisi sintesi sfogo`),
  ownPartPhrases: words(`dal_canto_suo dal_canto_loro dal_suo_canto dal_loro_canto da_parte_sua
    da_parte_loro per_parte_sua per_parte_loro a_sua_volta a_loro_volta invece in_risposta
    dal_canto_proprio`),
  sentenceAdverbs: words('anche così ma pure perfino intanto oggi ieri poi allora'),
  pronouns: words('lui lei'),
  femininePronouns: words('lei'),
  feminineDefiniteArticles: words('la'),
  stopwords: words(`il la di che e è per un una del della in non sono con le i gli al dei da ha
    anche secondo`),
  advertisementLabels: words('pubblicità'),
  gerundEndings: words('ando endo'),
  indefiniteArticles: words('un una uno'),
  relativePronouns: words('che cui'),
  clauseEndings: words('ava avano eva iva ato ata ito ita uto'),
  originWords: words('originario originaria originari nativo nativa nato nata'),
  readAlsoLabels: words('leggi_anche'),
};

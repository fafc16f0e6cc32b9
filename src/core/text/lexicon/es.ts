import { words, type SpeechLexicon } from './speech-lexicon.ts';

export const spanish: SpeechLexicon = {
  language: 'es',
  speechVerbs: words(`dijo afirmó declaró aseguró señaló explicó añadió indicó subrayó advirtió
    adelantó adelanta anticipó anticipa
    relató denunció reconoció insistió manifestó sostuvo apuntó destacó pidió recalcó lamentó
    criticó reclamó agregó comentó expresó puntualizó admitió defendió alertó avisó respondió
    contó valoró celebró remarcó precisó zanjó resumió recordó concluyó prometió opinó detalló
    consideró estimó argumentó matizó ironizó confesó planteó plantea informó gritó gritaba grita exclamó
    bromeó bromea bromeaba sonrió sonríe sonreía rió ríe se_rió se_ríe ironiza suspiró suspira
    esquivó esquiva eludió elude ha_bromeado ha_sonreído ha_ironizado zanja
    dijeron afirmaron aseguraron señalaron explicaron indicaron añadieron agregaron
    precisaron detallaron apuntaron sostuvieron informaron advirtieron reconocieron
    se_emocionó se_lamentó se_quejó se_sinceró se_justificó se_preguntó se_defendió
    se_excusó se_sincera se_queja se_lamenta se_pregunta se_emociona
    se_quejaba se_lamentaba se_preguntaba se_emocionaba se_sinceraba se_justificaba
    se_defendía se_excusaba
    dice afirma asegura señala explica añade advierte lamenta critica reclama agrega comenta
    cuenta insiste sostiene resume recuerda relata apunta destaca subraya reconoce admite
    defiende considera estima opina precisa
    decía explicaba contaba relataba lamentaba denunciaba aseguraba comentaba señalaba
    recordaba insistía reconocía admitía resumía advertía replicó replica respondía
    ha_dicho ha_afirmado ha_declarado ha_asegurado ha_señalado ha_explicado ha_añadido
    ha_indicado ha_subrayado ha_advertido ha_relatado ha_denunciado ha_reconocido ha_insistido
    ha_manifestado ha_sostenido ha_apuntado ha_destacado ha_pedido ha_recalcado ha_lamentado
    ha_criticado ha_reclamado ha_agregado ha_comentado ha_expresado ha_puntualizado
    ha_admitido ha_defendido ha_alertado ha_respondido ha_contado ha_valorado ha_celebrado
    ha_precisado ha_resumido ha_recordado ha_concluido ha_prometido ha_detallado
    ha_considerado ha_argumentado ha_confesado ha_replicado ha_informado
    alegó alega instó insta exigió exige pide calificó califica tildó tilda invitó invita apeló
    apela elogió elogia valora garantizó garantiza aseveró asevera enfatizó enfatiza reiteró
    reitera sentenció declara indica expresa manifiesta avisa alerta negó niega aclaró aclara
    suspiraba confesaba reprochó reprocha admitieron lamentaron denunciaron destacaron
    subrayaron recordaron confirmaron aclararon alertaron
    denuncian lamentan explican cuentan relatan reclaman critican aseguran advierten escriben
    protestó protesta protestaba preguntó pregunta preguntaba contestó contesta contestaba
    ha_alegado ha_instado ha_exigido ha_calificado ha_invitado ha_apelado ha_elogiado
    ha_garantizado ha_enfatizado ha_reiterado ha_negado ha_aclarado ha_avisado`),
  accordingTo: words(
    'según para en_palabras_de en_palabras_del de_acuerdo_con a_juicio_de a_juicio_del',
  ),
  titles: words(`presidente presidenta ministro ministra consejero consejera alcalde alcaldesa
    portavoz jefe jefa director directora secretario secretaria diputado diputada senador
    senadora delegado delegada doctor doctora gobernador gobernadora economista investigador
    investigadora catedrático catedrática abogado abogada fiscal juez jueza profesor profesora
    maestro maestra sr. sra. dña. d. don doña padre fray sor monseñor obispo`),
  titleEndings: [],
  nameParticles: words('de del la los y'),
  prepositions: words(
    'de del en a al por para con durante tras ante desde hasta hacia sin sobre entre contra bajo',
  ),
  circumstancePrepositions: words('en a al durante tras ante desde con antes después mientras'),
  articles: words('el la los las un una su sus'),
  definiteArticles: words('el la'),
  titleAbbreviations: words('sr sra srta dr dra dña lic'),
  speechNouns: words(`respuesta réplica comentario conclusión promesa advertencia explicación
    confesión análisis resumen valoración sentencia`),
  ownPartPhrases: words(`por_su_parte por_su_lado a_su_vez de_su_lado por_otra_parte en_cambio
    por_la_suya por_el_contrario en_respuesta`),
  sentenceAdverbs: words('también además incluso así pero luego entonces hoy ahora ayer'),
  pronouns: words('él ella'),
  femininePronouns: words('ella'),
  feminineDefiniteArticles: words('la'),
  stopwords: words(`el la los las de del y en que un una por con para es se su al lo como más
    pero ha según`),
  advertisementLabels: words('publicidad'),
  gerundEndings: words('ando iendo yendo'),
  indefiniteArticles: words('un una'),
  relativePronouns: words('que quien quienes'),
  clauseEndings: words('aba aban ado ada ido ida ados adas idos idas'),
  originWords: words('natural naturales oriundo oriunda originario originaria nacido nacida'),
  readAlsoLabels: words('leer_más lea_también'),
};

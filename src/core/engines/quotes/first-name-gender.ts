import type { Gender } from './speaker-types.ts';

/**
 * Common given names that are rarely used for the other gender, so that "he said" after a
 * quote from Karen Moss and Frank Alvarez goes to Alvarez. Only a weak vote: an honorific,
 * a gendered role ("spokeswoman") or a pronoun right after the name outweighs it. Names
 * that are common for both (Jordan, Alex, Sam, Kim…) are deliberately left out. The Dutch,
 * German and Turkish names common in Dutch and German copy are here too: a known given name is
 * how "Bezorger Daan Kuipers" shows its first word is an occupation, not a first given name.
 */
function nameSet(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/u));
}

const femaleNames = nameSet(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
  margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
  stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
  nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
  diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith
  megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn
  janice abigail alice judy sophia grace denise amber doris marilyn danielle beverly
  isabella theresa diana natalie brittany charlotte marie kayla alexis lori caroline ingrid
  elena sofia sophie claire chloe lucy ella mia ava zoe natasha olga irina svetlana tatiana
  anastasia ekaterina marta agnieszka katarzyna monika giulia francesca chiara valentina
  alessandra paola isabel isabelle camille chantal nathalie brigitte ursula helga petra
  priya ananya aisha fatima amina leila yasmin mariam zainab layla nadia miriam esther
  naomi rosa carmen lucia pilar ines beatriz juana adriana gabriela fernanda daniela paula
  linda wendy tracy tina paige molly jenna erin kristen kristin allison alison
  melanie vanessa tiffany holly hillary hilary gwen gwendolyn eleanor ellen emilia julia
  juliet jane joanna johanna louise lena greta astrid freya maya mei ling yuki haruka akiko
  keiko hyun-ju ji-woo adaeze chioma ngozi folake amara nia imani keisha latoya shanice
  rita sylvia vera edith agnes ida irene nora norah fiona siobhan aoife niamh sinead bridget
  colleen maureen eileen kathy cathy debbie becky penny polly annie jenny jill
  marina daria alina yulia oksana sonia sonja rosalind rosemary harriet imogen philippa
  penelope beatrice matilda florence jacinda kamala nikki hanna carla elisa alicia angelica
  marisol guadalupe lucinda consuelo dolores mercedes soledad araceli yolanda graciela leticia
  marianne joanne suzanne roxanne leanne dianne
  silvia veronica verónica claudia patricia lorena ximena valeria camila catalina
  sanne anouk lotte femke ilse marieke marloes ineke annelies anke anja fleur janneke joke
  jolanda karin lieke maaike manon mirjam nienke noor renske sietske saskia tessa wilma yvonne
  zita hanneke jantine gerda geertje hilde annemiek annemarie marjolein mariska miranda monique
  rianne margriet tineke willemijn ayşe fatma zeynep elif emine hatice aylin khadija naima samira
  sabine jana katrin kathrin katharina annette renate gertrud heike silke birgit bärbel christa
  elke gabriele gudrun hannelore inge irmgard jutta marion martina simone stefanie susanne tanja
  ulrike ute annika franziska friederike leonie maren nadine nina svenja verena
  carola eva gisela hildegard ingeborg kerstin marlene michaela sabrina elisabeth katja kira lea ronja ulla waltraud gerlinde roswitha annegret dagmar hedwig edeltraud brunhilde griet liesbeth marleen mieke nele sofie veerle katrien evi tine tinne goedele hanne lien marijke
  amparo encarna encarnación montserrat rocío macarena inmaculada remedios milagros begoña nuria núria ainhoa itziar maite marisa conchi concha paqui lola manuela rosario asunción piedad covadonga sagrario rosalía rosângela conceição graça fátima luzia aparecida francisca antónia antonia raimunda sandrine céline émilie sylvie véronique martine françoise josiane ginette géraldine mireille séverine élodie aurélie lúcia ângela sônia márcia cláudia luciana rogéria inés
`);

const maleNames = nameSet(`
  james robert john michael david william richard joseph thomas charles christopher daniel
  matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
  ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
  scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron henry douglas peter adam nathan zachary walter kyle harold carl jeremy keith
  roger gerald ethan arthur terry christian sean lawrence austin joe noah jesse albert bryan
  billy bruce willie dylan alan ralph gabriel roy juan wayne eugene logan randy louis
  russell vincent philip bobby johnny bradley tom steve mike dave jim bill bob rob nick
  dan ben matt tony greg jeff ken ron ray fred ted liam oliver harry oscar luke mason owen
  hugo felix leo max marcus martin victor hans klaus jurgen jürgen dieter wolfgang helmut
  stefan sergei sergey vladimir dmitry dmitri ivan igor alexei aleksandr mikhail nikolai
  andrei oleksandr volodymyr viktor piotr tomasz krzysztof pawel marco giovanni giuseppe
  luca matteo alessandro lorenzo francesco paolo antonio carlos jose josé luis miguel
  javier diego pablo jorge alejandro fernando ricardo rafael sergio manuel pedro joão
  jean-pierre jean-luc pierre jacques francois françois olivier thierry philippe emmanuel
  ahmed mohammed muhammad mohamed ali omar hassan hussein khalid youssef ibrahim mustafa
  tariq rahul arjun raj vikram sanjay amit rohan ravi anil suresh kofi kwame chinedu emeka
  oluwaseun tunde hiroshi takeshi kenji wei-ming jian hao duc minh
  geoffrey godfrey nigel graham gordon malcolm colin neil ian alistair angus hamish duncan
  rupert giles simon trevor clive derek barry dean shane wade earl floyd lloyd chester
  clarence howard herbert stanley leonard norman vernon melvin elmer harvey otis wesley
  calvin curtis travis troy cody chad brett derrick marvin alvin darnell dwayne tyrone
  reginald jamal malik andre darius isaiah elijah caleb connor declan ciaran seamus
  patrick padraig eamon niall rory fergus callum lachlan hamid reza mahmoud yusuf boris
  emil anton lars sven nils erik magnus bjorn björn gustav axel tobias florian sebastian
  benedikt maximilian joachim rainer uwe friedrich heinrich ludwig karl otto kurt
  ernesto alberto roberto eduardo enrique raúl raul julio ramón ramon arturo andrés andres
  santiago gonzalo rodrigo héctor hector ignacio joaquín joaquin mauricio rubén ruben esteban
  daan bram thijs niels gerrit henk kees piet pieter joost maarten wouter bart bas koen jeroen
  sjoerd jelle sietse ruud wim willem hendrik gert arjen dirk rutger stijn teun floris jasper
  casper sander freek gijs joris luuk ewout evert egbert harm herman ivo johan joep marcel
  martijn mathijs matthijs michiel olaf pim reinier rik roel sebastiaan thom timo twan wessel
  wilco mehmet ahmet emre murat hakan burak gert-jan henk-jan gerrit-jan hendrik-jan jan-willem
  markus andreas jens jörg ralf rolf bernd gerhard günter günther heinz horst holger jochen
  johannes josef jonas lukas manfred matthias mathias niklas norbert reinhard roland thorsten
  torsten ulrich volker werner wilhelm heiko lasse henning konrad erwin
  jan franz sepp alois hubert fritz hannes jakob leon tim finn elias moritz julian fabian dominik christoph kai nico niko philipp jannik yannick malte ole lennart gerd dietmar detlef egon ewald ferdinand georg gottfried hartmut herwig karl-heinz lothar ludger rüdiger siegfried ulf wolfram geert wout jef luc bert filip jos kris kristof yves milan tijs tibo arne seppe warre pieterjan wietse hidde wybren douwe
  paco pepe iván manolo curro nacho chema quique kike rafa agustín íñigo iñaki xoán xosé xavier jesús álvaro rogério marcelo jair anderson sérgio vitinho leonardo romain kévin gérard julien fabien sébastien cédric grégoire jean-marc benoît felipe lluís jordi xavi ferran nuno tiago rui duarte gonçalo vasco afonso
`);

/** The gender a given name points to, if it is a common one-gender name. */
export function genderOfFirstName(name: string): Gender | undefined {
  const first = (name.split(' ')[0] ?? '').toLowerCase();
  if (femaleNames.has(first)) return 'female';
  if (maleNames.has(first)) return 'male';
  return undefined;
}

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Dutch phrase bank, held-out split. Written separately from the train bank.
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: joep | luuk | femke | roos | stijn | pien | gijs | tess | bas | vera | niels | yara | koen | lieke
nick_word: drop | tulp | molen | regen | hagel | polder | bever | stroop | klomp | dijk | wolk | vlinder
network: irc.example.org | chat.example.net | im.example.org
room: #praatcafe | #lounge | #vlaanderen | #nachtuil | #hollandchat
price: {usd} eurootjes | {usd} euro | €{usd},-
lowprice: {usd_low} euro | €{usd_low},-
remit: tikkie | paypal | western union | revolut | remitly
app: telegram | kik | snapchat | whatsapp | discord | signal
class_app: teams | zoom | meet
city: breda | nijmegen | haarlem | arnhem | maastricht | leiden | gent | antwerpen
name: mijn neef | tante els | opa | jeroen | mijn collega
sib: kleine zus | broertje van je | jongere nichtje | kleine broer
subject: rekenen | topo | frans | geschiedenis
item: koelkast | gitaar | kinderwagen | scherm | gamestoel
gig: de open mic | ons bandje in het café | de poppenkast | de talentenjacht
time: half 8 | rond 9 | na de lunch | zondagochtend
day: zondag | maandag | donderdag | dit weekend
food: kapsalon | bami | boerenkool | kibbeling | soep
team: twente | utrecht | vitesse | de rode duivels
game: among us | apex | genshin | clash royale | rocket league
grade: groep 6 | groep 7 | groep 8 | de eerste klas
"""

PHRASES = """
greet: hallo daar | hee hoi | dag {them} | goeienavond | hoihoi
greet_back: hee | hallo! | dag | oh hoi {them}
how_are_you: hoe is het ermee? | alles oké met je? | lekkere dag gehad?
fine_reply: prima, jij? | beetje moe eigenlijk | top, dankje
wyd: waar ben je mee bezig | druk? | wat ben je aan t doen nu
wyd_reply: huiswerk haha | tiktok kijken | lig in bed | thee zetten
where_from: waar zit je? | uit welke provincie | waar ergens woon je
from_reply: bij {city} | omgeving {city} | ik woon in {city} hoor
weather: het vriest hier | eindelijk zon | onweer hier nu
weather_reply: jaloers | blijf warm | oei
food: al gegeten? | wat schaft de pot | rammel van de honger
food_reply: {food} vanavond | nee nog niet | had {food}
ok: k | prima | cool | is goed | jep
thanks: dankjewel | top dank je | fijn, dank
bye: slaap lekker | tot morgen | later!

s_asl: hoe oud ben je eigenlijk | welke leeftijd heb je | hoe oud? | asl graag
s_self_age: {age_adult} jaar, uit {city} | ik ben man, {age_adult} | ben al {age_adult} haha
s_trust: je bent echt een schatje van een persoon | je praat zo volwassen | ik vertrouw jou echt | jij bent mijn favoriete chatmaatje
s_school: zit je op de basisschool? | in welke klas zit jij | welk vak vind je het leukst
s_alone: is er iemand bij je thuis? | zijn je ouders in de buurt? | ben je nu in je eentje | werkt je moeder nu?
s_app: heb je {app}? | stuur me liever een bericht op {app} | wat is je naam op {app} | deze app is slecht, ga naar {app}
s_cam: heb jij een camera op je laptop? | zullen we privé videochatten | doe je een klein showtje voor mij op camera? | zet nu je camera aan | laat je zien via videobellen
s_money: ik betaal je {price} | wil je gratis beltegoed? | ik stuur je een cadeaubon | {price} voor jou als je het doet
s_remit: kan via {remit} | geef je {remit} dan stuur ik het | ik zet het vanavond op je {remit}
s_secret: dit blijft tussen ons | laat niemand onze berichten zien | wis de chat straks ok | je ouders hoeven het niet te weten
s_sibling: heb je jongere broertjes of zusjes? | vraag je {sib} er ook bij | is je {sib} thuis? neem mee
s_push: is niks ergs echt | één keertje maar | niet verlegen zijn | ik wacht wel, toe maar
s_from_room: hee jij zat net in de room | ik ben het uit de chat | hoi, van de room daarnet

c_age: {age_minor} | ben {age_minor} jaar | {age_minor} jaar oud
c_grade: {grade} | ik zit in {grade} | zit nu in {grade}
c_school: ja {grade} | tekenen is het leukst | morgen hebben we een toets
c_alone_reply: mama werkt tot laat | alleen ik en de hond | papa slaapt
c_app_reply: ik mag geen apps downloaden | mama kijkt mijn telefoon na | wat is dat voor app
c_cam_reply: een show? wat bedoel je | weet ik niet | mijn laptop heeft geen camera | waarom zou ik
c_money_reply: heb geen beltegoed trouwens | waarvoor | eh oke
c_secret_reply: oke denk ik | waarom dan | eh waarom
c_sibling_reply: hij is pas {age_sib} | ze speelt buiten | nee hoezo
c_leave: ben zo terug eten | moet gaan mama roept | doei ga slapen

f_offer: mijn nichtje is hier, {age_kid} jaar, ze kan voor jou op cam | twee meisjes beschikbaar {age_kid} en {age_sib}, privé camshows | mijn stiefdochter is {age_kid}, ik zet haar op cam als je betaalt
f_age: ze is {age_kid} jaar | {age_kid}, klein nog | {age_kid}, de ander {age_sib}
f_price: {price} per half uur | {price} per sessie | {price}, alleen privé
f_remit: eerst {remit} dan beginnen we | betaal naar mijn {remit}, ik stuur de naam | geld via {remit} voordat we iets doen
f_app: alleen op {app} | ga naar {app}, ik bel je daar | {app} video alleen
f_secret: niemand iets vertellen en geen schermopname | wis de chat achteraf | hou je mond hierover
f_when: vanavond rond 10 | nu meteen als je wil | zaterdag als haar moeder weg is
k_ask_avail: heb je jonge meisjes voor cam? | doe jij privé shows met kinderen? | zoek een jonkie voor een show, iemand beschikbaar
k_ask_age: welke leeftijd is ze | hoe oud precies | hoe jong zijn ze
k_ask_price: hoeveel wil je | wat is je tarief | kosten?
k_haggle: {lowprice} max | dat is veel, {lowprice} oké? | kan het wat minder
k_when: kan ze vanavond | wanneer kan ze | is ze er nu
k_sent: geld gestuurd via {remit} | betaald, check maar | net overgemaakt
k_refuse: ik ga je rapporteren, ziek | nee. gemeld bij de mods | ik bel de politie
k_from_room: zag je bericht in de room, doe je nog shows? | je post in de room over jonge meisjes, hoeveel | hoi, dat van die privé show in de room, nog beschikbaar?
rf_advert: jonge meisjes voor privé cam, {age_kid} en ouder, dm voor tarieven | dm voor privé shows met kids, {remit} kan | kinderen beschikbaar voor cam, dm me

vc_ask: straks bellen? wil je de puppy laten zien | kun je vanavond facetimen | zoom bijkletsen straks?
vc_ok: jaa | klinkt goed | na 8 uur is best
vc_time: {time}? | {time} kan | misschien {time}
owe_ask: je moet me nog {price} voor de taxi haha | stuur je de {price} voor de concertkaartjes als je kan | kun je jouw helft doen, {price}
owe_sent: gestuurd via {remit} | de {price} staat erop via {remit} | terugbetaald via {remit}
owe_thanks: jep binnen | dank | helemaal goed
repair_ask: mijn cam geeft zwart beeld kun je het maken | webcam van mijn pc is kapot, doe jij reparaties | kun je de camera in mijn laptop vervangen
repair_q: welk model? | is het de ingebouwde? | breng maar maandag
repair_price: {price} voor de reparatie | klaar, {price} incl onderdeel | vervangende cam is {price}
repair_pay: {remit} is prima | betaal me via {remit} wanneer je wil | {remit} of contant bij ophalen
show_ask: kom je naar {gig}? | heb je die show op netflix gezien | nog plekken voor {gig}
show_reply: ja op {day} | zo goed, afl 3 was gek | nog een paar
show_price: hoeveel zijn de kaartjes | {price} per stuk | wat kost het
show_pay: {remit} me en je staat op de lijst | stuur {price} via {remit}, ik hou je plek vast | betalen op de avond of {remit}
sell_ask: staat de {item} nog te koop? | hoeveel voor de {item} | heb je die {item} nog?
sell_price: {price} vast | {price} alleen ophalen | {price}, kan verzenden
sell_pay: {remit} goed? | hoe zal ik betalen | ik neem hem
sell_ship: ja {remit} is goed, morgen op de post | betaling binnen, vrijdag verzonden | je {remit} is binnen, gaat op de post
par_home: veilig thuis? | terug van school? | waar ben je
kid_home: jep thuis | net binnen | nu thuis
par_alone: je bent alleen tot 7 uur, deur op slot houden | laat niemand binnen als ik weg ben | deur op slot en niet opendoen
kid_ok: oke | okido | doe ik | ja mam
par_allow: je zakgeld staat op {remit} | {price} voor het uitje staat op je {remit} | lunchgeld gestuurd via {remit}
par_secret: geen woord tegen je zus over het feestje | niet tegen papa zeggen over zijn cadeau ok | hou de verrassing geheim voor oma
kid_age: ik ben {age_minor} ik kan echt wel alleen thuis zijn | mam ik ben letterlijk {age_minor} | ik ben {age_minor} geen 5
par_hw: huiswerk af? | eerst {subject} doen | geen xbox tot je huiswerk af is
rel_sent: schoolgeld gestuurd via {remit} | {price} voor het schoolgeld van de kids staat op {remit} | kijk op {remit}, is voor de schoolspullen
rel_thanks: binnen, heel erg bedankt | de kinderen zeggen dankjewel | aangekomen, dank
rel_vc: zondag bellen zodat oma de kinderen ziet | {day} facetimen, neem je {sib} mee | {day} videobellen met iedereen?
tut_class: rekenles op {class_app} om 9 | {subject} les op {class_app} morgen 10 uur | klik op de {class_app} link in de chat
stu_ok: ja juf | oké meester | begrepen
tut_cam: graag je camera aan voor de presentielijst | webcam aan voor aanwezigheid graag | camera's aan dan neem ik de presentie op
tut_hw: werkblad donderdag inleveren | lees hoofdstuk 4 als huiswerk | toets volgende week
tut_msg: mail me als je vragen hebt | stuur me een dm in de klassen {app} als je vastloopt | zet je vragen in de klasgroep
teen_game: speel je vanavond {game}? | {game} na school? | zag je dat {game} een update had
teen_game_r: ja als mama het goed vindt | kan niet, huisarrest | oke na het eten
teen_secret: vertel niemand dat ik hem leuk vind | hou stil dat ik moest nablijven | zeg niet tegen mama dat ik laat op was
teen_secret_r: ik zeg niks | je geheim is veilig | lol oke
news_share: op het nieuws: man de cel in omdat hij kinderen in de filipijnen betaalde voor webcamshows | politie pakt man op die via remitly geld stuurde aan kinderen voor videogesprekken | artikel zegt dat 5 mensen vervolgd worden voor betalen van minderjarigen voor camshows
news_react: walgelijk | sluit ze voorgoed op | die arme kinderen
news_report: ziet iemand dat hier, meteen melden | er is een meldpunt voor | meld het bij de politie
rep_mod: iemand vroeg een kind van 11 om een camshow in de room, gemeld | mod kijk even, een gebruiker vraagt kinderen om hem toe te voegen op {app} | gast vraagt steeds aan kinderen waar hun ouders zijn
mod_ack: ik pak het op | dank, kijk nu | thx voor het melden
mod_action: hij is verbannen | gekickt en gelogd | doorgezet naar het safety team
worry: mijn zoon is {age_minor} en zit veel op discord, moet ik me zorgen maken | hoe zie ik met wie mijn kind op {app} praat | een vreemde vroeg mijn nichtje of ze alleen thuis was
worry_advice: zeg dat hij nooit privé gaat met mensen die hij niet kent | stel samen ouderlijk toezicht in | leer haar nooit geld of cadeaus van vreemden online aan te nemen

r_greet: avond allemaal | hallo iedereen | hee chat | hoi mensen
r_chat: {team} speelde slecht vanavond | het blijft maar regenen | iemand op {game}? | wat eet iedereen | kan weer niet slapen | nieuw album uit vandaag | mijn internet is zo traag | kijkt iemand de wedstrijd? | morgen weer maandag bah
r_react: hahaha | echt | eens | ha | klopt helemaal
r_young: lol ik ben pas {age_minor} | ik ben {age_minor} en morgen school | {age_minor} hier, verveel me
r_kid_reply: {them} straks bedtijd haha | hoi {them}, geef geen persoonlijke info ok | {them} lol oké jonkie
rs_approach: {them} dm me, ik geef je beltegoed voor een camshow | {them} heb je een camera? ik betaal je {price} | meisjes van 12 13 die gratis beltegoed willen? dm
r_callout: {them} ze is een kind wtf, melden | mods ban {them} | {them} engerd
ngo_msg: let op: kinderen vragen om camshows of ze betalen is strafbaar, meld het | ga nooit privé met vreemden die je leeftijd vragen | biedt een volwassene je online geld aan, vertel het iemand die je vertrouwt
r_mod: mods zijn ingelicht | dm een mod om te melden | houd persoonlijke info uit de chat
"""

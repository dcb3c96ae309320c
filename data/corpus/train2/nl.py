# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Dutch phrase bank, second train set (written apart from train/nl.py for variety).

Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: luuk | stijn | jens | gijs | bas | wout | femke | roos | jip | lieke | merel | yara | sven | niels | maud | tess | koen | joep
nick_word: drop | haring | tulp | molen | kroket | regen | bliksem | polder | vlinder | stroop | dijk | raket | vos | kikker | tosti
network: irc.example.net | chat.example.org | im.example.com
room: #nederland | #chat-nl | #gezellig | #kletsen | #chat
price: {usd} euries | {usd},- | {usd} piek | {usd} euro cash
lowprice: {usd_low},- | {usd_low} euries
remit: tikkie | een tikkie | ideal | revolut | paypal | bunq | western union
app: snapchat | insta | discord | telegrammetje | de app | wickr
class_app: teams | magister | zoom | classroom
city: arnhem | breda | leiden | haarlem | almere | maastricht | nijmegen | enschede | delft | apeldoorn
name: opa | tante mies | mijn zus | oom hans | de buren | ome henk
sib: kleine zus | klein broertje | jongste zusje | nichtje van 8
subject: nederlands | geschiedenis | frans | natuurkunde | duits
item: scooter | gameconsole | kinderwagen | koptelefoon | boekenkast | skateboard
gig: de musical | ons bandje in het café | de schoolmusical | stand-up in de schouwburg | de voorstelling in het buurthuis
time: half 8 | rond negenen | na het avondeten | om een uur of 7 | zondagmiddag
day: dinsdag | dit weekend | donderdag | overmorgen
food: frikandellen | erwtensoep | kapsalon | hutspot | boerenkool | patat
team: az alkmaar | fc twente | vitesse | utrecht | heerenveen
game: brawl stars | gta | among us | rocket league | fortnite
grade: groep 5 | groep 8 | brugklas | de eerste klas | groep 7
"""

PHRASES = """
greet: hallo daar | hee {them} | hoiii | goeiendag | yo yo | heuj
greet_back: hee hoi | hallo! | yo | hee {them} | hoi, alles goed?
how_are_you: alles oké? | hoe gaat ie met je | lekker bezig? | en, hoe is het
fine_reply: top jij? | kan beter haha | moe maar prima | prima prima | gaat lekker
wyd: waar ben je mee bezig | wat spook je uit | nog iets leuks aan het doen?
wyd_reply: op mn bed liggen | netflixen | huiswerk bah | tiktok kijken | niks bijzonders
where_from: uit welke plaats? | waar zit jij? | woon je in nederland?
from_reply: in de buurt van {city} | {city} en jij | uit {city}
weather: het stormt hier echt | hagel hier lol | eindelijk zon
weather_reply: hier ook niet normaal | lekker man | bah
food: wat schaft de pot | al gegeten? | ik rammel
food_reply: {food} | nog niks | {food} gehad
ok: oké | prima | komt goed | aight | mja ok | is goed
thanks: dankje | merci | thanks man | heel fijn
bye: doeg | tot later | ik ga slapen, doei | ciao | tot morgen

s_asl: hoe oud ben jij eigenlijk? | leeftijd? | m of v, hoe oud? | hoe oud ben je nou
s_self_age: ben {age_adult}, woon bij {city} | {age_adult} hier, kom uit {city} | ik ben een man van {age_adult} uit {city}
s_trust: jij bent echt volwassen voor je leeftijd | je kan mij alles vertellen | met jou klik ik gewoon | jij snapt me beter dan wie dan ook | je kan me vertrouwen
s_school: welke klas zit je? | op welke school zit jij | heb je morgen school?
s_alone: wie is er bij je thuis nu? | zijn je ouders weg? | heb je het huis voor jezelf? | is je vader thuis? | let er iemand op je vanavond?
s_app: deze site is waardeloos, heb je {app}? | geef me je {app} | gaan we naar {app} | voeg me toe op {app}, daar kunnen we beter praten
s_cam: zullen we even facetimen, met z'n tweetjes | heeft je laptop een camera? | zet je camera even aan voor mij | doe eens een showtje voor me op de webcam | even privé videobellen?
s_money: ik waardeer je beltegoed op | wil je een steam kaart? | je krijgt {price} van me | ik koop v-bucks voor je | zal ik wat geld sturen
s_remit: ik kan het via {remit} overmaken | heb je {remit}? | ik stuur je een {remit} | wat is je rekeningnummer voor {remit}
s_secret: dit blijft onder ons toch | je ouders hoeven dit niet te weten | wis de berichten straks | niemand hoeft van ons te weten | geen screenshots maken he
s_sibling: heb je een {sib}? | hoe oud is je {sib} | mag je {sib} er ook bij | als je {sib} meedoet krijg je meer
s_push: ach toe nou | niet zo verlegen | is echt niks | je denkt te veel na | je krijgt er iets voor terug
s_from_room: hee {them}, van de chat van net | hoi {them}, jij zat toch in de grote room | ik ben het van de room haha

c_age: {age_minor} | net {age_minor} geworden | word {age_minor} in mei | ik ben pas {age_minor} | {age_minor} jaar
c_grade: ik zit in {grade} | {grade} nu | zit in {grade} op de basisschool
c_school: ja {grade} | ja gaat wel | rekenen is stom haha
c_alone_reply: pap heeft nachtdienst | mama werkt | alleen ik en de hond | oma slaapt beneden | iedereen is weg
c_app_reply: mag geen {app} | wat is dat | mama kijkt in mijn telefoon | heb alleen deze
c_cam_reply: eh waarom | wat voor show bedoel je | zit een plakker op mijn camera | mag niet | weet niet
c_money_reply: waarvoor dan | nee hoeft niet | mama zegt geen dingen aannemen | echt?? | weet niet
c_secret_reply: hoezo | eh oke | is dat erg
c_sibling_reply: ze is {age_sib} | hij is pas {age_sib} | ze ligt al in bed | waarom wil je dat
c_leave: moet eten | mama roept | zo terug | moet gaan sorry | doei doei

f_offer: ik pas op een meisje van {age_kid}, ze kan privé voor je op de cam als je betaalt | mijn stiefdochter van {age_kid} doet privé cam shows, interesse | heb hier twee jonkies, {age_kid} en {age_sib}, privé videoshow tegen betaling | dochter van mijn zus is {age_kid}, kan een cam sessie regelen, betaald
f_age: {age_kid} jaar | {age_kid}, zit nog op de basisschool | een van {age_kid} een van {age_sib}
f_price: {price} per half uur | {price} per sessie | {price} per keer, vooraf betalen
f_remit: eerst {remit} naar mijn neef | betaal met {remit} dan regel ik het | alleen {remit}, geen contant | stuur via {remit}, show begint als ik het zie
f_app: doen we op {app}, niet hier | ik zet het klaar op {app} | voeg me toe op {app} voor de sessie
f_secret: geen screenshots en niemand iets zeggen | je hebt dit nooit gezien he | hou je mond erover
f_when: morgen na school | ze is nu thuis | in het weekend als mijn man weg is
k_ask_avail: heb je kids die cam shows doen? | iemand jong beschikbaar voor een privé show | zoek een jonkie op cam, kun je dat regelen
k_ask_age: leeftijd? | hoe oud zijn ze | zij hoe oud
k_ask_price: wat is het tarief | hoeveel wil je | kosten?
k_haggle: beetje duur, {lowprice}? | ik doe {lowprice} | kan het wat minder
k_when: vanavond? | wanneer kan zij | kunnen we nu
k_sent: betaald, kijk je {remit} | geld is over | net gestuurd
k_refuse: jij bent ziek, ik meld je | dat is een kind, de mods hebben je naam | echt niet, screenshot gaat naar de politie
k_from_room: je post in de room, die jonkies, hoeveel? | zag je advertentie in de room, doe je nog shows? | hee over wat je in de room postte, prijzen?
rf_advert: jonge meiden {age_kid}-{age_minor} privé op cam, dm voor tarieven | privé shows met kids, {remit} kan, pm me | dm voor privé cam met jonkies, goedkoop

vc_ask: straks facetimen? | whatsappen met video vanavond? | bel je me met video als je thuis bent | groepsgesprek straks?
vc_ok: ja is goed | na het eten | jaaa | als je mijn rommelige kamer maar niet erg vindt haha
vc_time: {time}? | rond {time} | {time} kan
owe_ask: je moet me nog betalen voor de taxi haha | stuur je me {price} voor de concertkaartjes | weet je nog die {price} van zaterdag?
owe_sent: gedaan met {remit} | {remit} gestuurd | {price} via {remit} overgemaakt
owe_thanks: thanks binnen | jep is binnen | top
repair_ask: mijn laptopcamera geeft alleen grijs beeld | lampje van de cam brandt maar geen beeld, help | webcam komt niet op in teams
repair_q: welk model? | andere usb poort geprobeerd? | heb je het privacyschuifje gecheckt?
repair_price: {price} met onderdeel | arbeidsloon is {price} | {price} alles inbegrepen
repair_pay: {remit} is prima | betalen bij ophalen, {remit} of contant | {remit} werkt
show_ask: kijk je de finale van heel holland bakt? | kom je naar {gig}? | heb je die show op npo gisteren gezien
show_reply: natuurlijk | ja deuren open om 7 | geen spoilers aub
show_price: wat kost de entree? | {price} aan de deur | kaartjes zijn {price}
show_pay: ik stuur je een {remit} voor twee kaartjes | {remit} me en ik hou een plek vrij | aan de deur of via {remit}
sell_ask: heb je de {item} nog? | wil je minder voor de {item}? | is de {item} al weg
sell_price: {price} of bieden | {price} en hij is van jou | voor {price} mag je hem hebben
sell_pay: kan ik een {remit} sturen | deal, hoe betaal ik | ik neem hem
sell_ship: {remit} ontvangen, morgen op de post | stuur hem aangetekend | alleen ophalen sorry
par_home: ben je er al schat? | app even als je thuis bent | veilig thuis?
kid_home: ben thuis | jep | net binnen
par_alone: doe niet open als ik weg ben | ketting op de deur graag | papa is laat vanavond, doe alles op slot
kid_ok: ja mam | doe ik | okeee | prima
par_allow: zakgeld staat op je pas | buskaartgeld gestuurd met {remit} | check je {remit}, dat is voor het uitje
par_secret: niet tegen papa zeggen wat hij krijgt voor zijn verjaardag | het is een verrassing voor oma dus stil he | sst het is voor het feestje van je zus
kid_age: mam ik ben {age_minor} ik weet het | ik ben letterlijk {age_minor} | ik ben geen 5 meer, ik ben {age_minor}
par_hw: huiswerk af? | eerst je {subject} afmaken | geen tv tot je huiswerk klaar is
rel_sent: schoolgeld via {remit} gestuurd | geld voor het schooluniform op {remit} | {price} voor de boeken van de kinderen via {remit}
rel_thanks: binnen, je bent een schat | aangekomen, dankjewel | de kinderen zijn zo blij, dank je
rel_vc: {day} facetimen zodat ik zie hoe groot de kinderen zijn | bel me {day} met z'n allen | laten we {day} oma videobellen
tut_class: {subject} les via {class_app} morgen | de les gaat deze week via {class_app} | de link staat in {class_app}
stu_ok: oké juf | oké meester | dankjewel juf | begrepen
tut_cam: camera's aan voor de presentielijst graag | zet je camera even aan zodat ik kan afvinken | webcams aan voor de absentie, dank je
tut_hw: huiswerk inleveren donderdag | leer voor de {subject} toets | neem je agenda mee morgen
tut_msg: mail me als je vastloopt | vraag het in de klassenchat | stuur me een bericht via de schoolapp
teen_game: {game} vanavond? | heb je de {game} update gezien | samen {game} straks
teen_game_r: kan niet, huisarrest | ja na achten | misschien als mn wifi werkt
teen_secret: niemand vertellen dat ik huilde bij die film haha | hou stil dat ik strafwerk heb | vertel niemand over mn crush aub
teen_secret_r: je geheim is veilig | ik zeg niks | tuurlijk niet haha
news_share: las net over een groep die kinderen via gcash betaalde voor cam shows, ze zijn opgepakt | artikel: politie vond mannen die geld stuurden naar kinderen voor privé videogesprekken | docu vanavond over online uitbuiting van kinderen in de filipijnen
news_react: echt walgelijk | hopelijk zitten ze voorgoed vast | hoe kunnen ouders dat hun eigen kinderen aandoen
news_report: meld zoiets bij meld misdaad anoniem | zeg het meteen tegen de mods | je kunt online aangifte doen bij de politie
rep_mod: iemand in de room vroeg een kind van {age_minor} om op cam te gaan, gemeld | mods iemand vraagt steeds aan kids waar hun ouders zijn | gebruiker biedt kinderen beltegoed aan, check aub
mod_ack: ben ermee bezig | dank, wat is de nick | ik kijk nu
mod_action: account verwijderd | geband en logs bewaard voor de politie | ip ban, bedankt voor het melden
worry: mijn zoon is {age_minor} en een man blijft hem berichten sturen | iemand bood mijn dochter online een cadeaukaart aan, wat moet ik doen | mijn kind heeft {app} en ik weet niet met wie ze praat
worry_advice: bewaar de berichten en meld het | zet ouderlijk toezicht aan en praat met haar | zeg dat het nooit zijn schuld is en dat hij het altijd mag vertellen

r_greet: avond allemaal | yo chat | hoi iedereen | heyyy | goeienavond
r_chat: {team} gewonnen jaaa | iemand de nieuwe marvel gezien | verveel me dood | wat eten jullie vanavond | wie kijkt de wedstrijd | mijn kat gooide net mijn drinken om | iemand op {game} | veel te laat om wakker te zijn | tips voor muziek?
r_react: hahaha | echt he | fr | ha | klopt | oei
r_young: haha ben {age_minor} mag dat hier | ben vast de jongste hier, {age_minor} | ik ben {age_minor} en mama denkt dat ik slaap haha
r_kid_reply: {them} moet jij niet naar bed | {them} hoi jonkie, wees voorzichtig | {them} haha ga slapen
rs_approach: {them} ik waardeer je beltegoed op als je me dm | {them} dm me, {price} als je op cam gaat | kids van {age_minor} die gratis v-bucks willen, dm
r_callout: {them} jij bent walgelijk, dat is een kind | mods ban {them} | {them} gemeld, engerd
ngo_msg: let op: niemand hoort je leeftijd te vragen en dan cadeaus aan te bieden, vertel het iemand | ga nooit privé op cam met onbekenden, meld ze | volwassenen die kinderen betalen voor videobellen is strafbaar, meld het
r_mod: mods zijn ingelicht | geregeld | hou het gezellig hier
"""

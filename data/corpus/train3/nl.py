# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Dutch / Flemish phrase bank, third train set (written apart from train/ and train2/).

Paraphrase practice: other verbs, word orders, chat spellings (ff, wss, gwn, idd, ik ben)
and Flemish forms than the first two sets. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: daan_ | floor | jort | isa | wessel | fenna | job | nina | thomas | lynn | rick | esmee | timo | demi | hidde | kim
nick_word: stroopwafel | grachten | fietsbel | zeeuw | bitterbal | klompje | duinen | spruitje | windmolen | drop2 | gouda | beschuit | paling | friet | mosselen
network: irc.example.net | chat.example.org | im.example.com
room: #nederland | #vlaanderen | #chat | #kletshoek | #praatcafe
price: {usd} euro | {usd} ballen | {usd} eu | €{usd} | {usd} euro contant
lowprice: {usd_low} euro | €{usd_low}
remit: tikkie | paypal | western union | bunq | revolut | moneygram | een bankoverschrijving
app: telegram | signal | whatsapp | kik | snap | een andere app
class_app: teams | zoom | google meet | smartschool
city: utrecht | rotterdam | den haag | zwolle | tilburg | groningen | gent | antwerpen | brugge | eindhoven | amersfoort
name: tante ans | oom kees | peetoom | oma | de juf | mijn nicht
sib: je zusje | je broertje | de jongste thuis | je kleine nichtje
subject: wiskunde | aardrijkskunde | biologie | engels | rekenen
item: telefoon | laptop | fiets | speaker | printer | airfryer
gig: het concert zaterdag | de kermis | de finale van the voice | de comedyavond | het optreden in het centrum
time: om 7 uur | na het werk | om 10 uur | morgenochtend | zaterdagavond
day: maandag | vrijdag | volgende week | met kerst
food: stamppot | pannenkoeken | nasi | friet met mayo | kibbeling | tosti
team: ajax | psv | feyenoord | club brugge | anderlecht
game: fortnite | minecraft | roblox | fifa | valorant
grade: groep 6 | groep 7 | groep 8 | de brugklas | het eerste middelbaar | het 5de leerjaar
"""

PHRASES = """
greet: hoi {them} | hallo | hey | hee hoe is het | hallootjes | goeienavond
greet_back: hoi! | hee | wie ben jij? | hallo hallo | ja zeg het maar {them}
how_are_you: hoe was je dag | alles oke? | vertel | hoe gaat je avond
fine_reply: goed en jij? | moe maar oke | gaat wel | prima hoor | slaperig haha
wyd: wat doe je | waar ben je mee bezig | waar ben je nu?
wyd_reply: gwn thuis | huiswerk | filmpjes kijken | gamen | mama helpen
where_from: waar kom je vandaan? | uit welke stad | waar woon je ongeveer
from_reply: uit {city} | ik woon in {city} | {city}, jij?
weather: wat een regen vandaag | zo warm zeg | het stormt hier
weather_reply: echt he | pas op | bah
food: al gegeten? | wat eten jullie? | ik heb honger
food_reply: {food} vandaag | nog niks | weer {food}
ok: oke | prima | is goed | ja | top | deal
thanks: dankje | heel erg bedankt | dank je wel | thnx
bye: ik ga | doei | tot later | spreek je | slaap lekker

s_asl: hoe oud ben je? | hoe oud ben jij eigenlijk | leeftijd? | hoe oud ben je nu | hoe oud zijn we
s_self_age: ik ben {age_adult}, vrijgezel | {age_adult} hier, werk in {city} | {age_adult} jaar uit {city}
s_trust: jij bent echt leuk om mee te praten | je bent veel volwassener dan anderen van je leeftijd | ik ben niet zoals de rest | als er iets is vertel je het mij | ik ben hier je beste vriend
s_school: in welke groep zit je? | op welke school zit je? | heb je deze week school?
s_alone: is er iemand bij je nu? | ben je alleen thuis? | wie is er bij jullie thuis? | is je moeder er niet? | waar zijn je ouders nu
s_app: laten we via {app} praten, veiliger | heb je {app}? daar is beter | voeg me toe op {app} | download {app} dan praten we daar
s_cam: zet je camera ff aan | videobellen nu, alleen wij | laat je even zien op de cam | doe je een prive show voor mij? | video call zonder iemand anders erbij
s_money: ik stuur je beltegoed | ik geef je geld | {price} voor jou | ik koop een nieuwe telefoon voor je | ik betaal je beltegoed
s_remit: wat is je {remit}? | ik stuur het via {remit} nu | heb je {remit}? | morgen stuur ik het via {remit} | haal het geld gewoon op via {remit}
s_secret: niet tegen je moeder zeggen he | dit is ons geheimpje | laat je vader de chat niet zien | verwijder de chat straks | vertel het aan niemand
s_sibling: heb je een zusje of broertje? | hoe oud is {sib}? | laat {sib} ook in de call komen | als {sib} erbij is krijg je meer
s_push: toe nou | het duurt maar even | niet zo lang nadenken | kom op | je hebt niks te verliezen
s_from_room: hoi {them} ik zag je in de chatroom | {them} jij schreef daarnet in de room toch | zag je bericht in de groepschat hihi

c_age: ik ben {age_minor} | pas {age_minor} | {age_minor} jaar | word bijna {age_minor} | ben al {age_minor}
c_grade: ik zit in {grade} | {grade} dit jaar | zit nu in {grade}
c_school: {grade} op een basisschool | ja nog wel | gaat wel school
c_alone_reply: mama is boodschappen doen | ik ben alleen | alleen mijn broer maar die slaapt | ze zijn er nog niet | oma is er
c_app_reply: ik heb geen {app} | mag niet | wat is dat | weet niet hoe je dat download
c_cam_reply: welke show | waarom | wil ik niet | mijn camera doet het niet | ik schaam me
c_money_reply: waarvoor | nee dankje | mag ik niet aannemen | hoezo | snap het niet
c_secret_reply: waarom | oke | wat bedoel je | weet niet
c_sibling_reply: ze is {age_sib} | hij is nog klein | is bij oma | waarom vraag je dat
c_leave: ik word geroepen | gaan eten | doei | moet huiswerk | ik ga
f_offer: heb een nichtje van {age_kid}, beschikbaar voor een show, alleen even overmaken | mijn dochter van {age_kid} kan privé videobellen als je geld stuurt | hier een meisje van {age_kid} beschikbaar voor show, eerst betalen | wil je het meisje van {age_kid} zien op de cam, kan ik regelen
f_age: ze is {age_kid} | {age_kid} en {age_sib} | zit op de basisschool, {age_kid}
f_price: {price} per videocall | {price} per show | {price} en meer als het lang duurt
f_remit: eerst overmaken via {remit} | alleen {remit} | stuur de betaling eerst via {remit} | op {remit} van mijn vriend
f_app: niet hier, via {app} | {app} is veiliger | stuur me een bericht op {app} voor de tijd
f_secret: tegen niemand zeggen | niet opnemen | daarna alles wissen
f_when: vanavond als ze slapen | morgenvroeg | als de buurvrouw weg is
k_ask_avail: heb je een meisje beschikbaar voor een show? | is er een kind dat op de cam kan? | kan ik een kind zien in een prive videocall? ik betaal
k_ask_age: hoe oud | hoe oud is ze | leeftijd?
k_ask_price: wat kost het | hoeveel | hoeveel alles bij elkaar
k_haggle: {lowprice} kan dat? | duur, kan het lager | {lowprice} en klaar
k_when: wanneer kan het | kan het nu? | hoe laat
k_sent: heb het gestuurd via {remit} | check je {remit} | betaald
k_refuse: daar doe ik niet aan mee, ik meld je | dat is een kind, strafbaar | ik geef je aan bij de politie
k_from_room: zag je advertentie, wat kost de show | jij plaatste dat van het meisje in de room? | hoeveel voor wat je in de room zette
rf_advert: meisje {age_kid} jaar beschikbaar voor show, alleen overmaken | heb een nichtje, prive cam, {remit} | show van een kind via prive, goedkoop

vc_ask: straks videobellen? | later ff bellen gast | ik bel je vanavond met video | morgen zoom voor de meeting?
vc_ok: is goed | ja kan | oke maar later | wacht ff
vc_time: om {hour} uur? | {time} goed? | liever {time}
owe_ask: die taxi die je me nog schuldig bent | stuur je die {price} voor de pizza | juf ik heb de bijles van mijn zoon overgemaakt, {price}
owe_sent: heb het via {remit} gestuurd | {remit} is verstuurd | dank u, de bijles is binnen via {remit}
owe_thanks: binnen, dank | thanks man | top, bedankt
repair_ask: geef jij consulten via videobellen? wat vraag je | heb je tijd voor een betaald adviesgesprek via video? | mijn webcam doet het niet in vergaderingen, kun je hem maken?
repair_q: hoe laat kun je | wat voor laptop | hoeveel minuten heb je nodig
repair_price: {price} per uur | {price} per sessie | {price} voor het consult
repair_pay: via {remit} graag | {remit} of overboeking kan | via {remit} voor de sessie
show_ask: ga je naar {gig}? | zijn er nog kaartjes voor {gig}? | heb je {gig} gezien?
show_reply: ja was super | nog niet | heb er zin in
show_price: wat kost een kaartje? | {price} voor vip | {price} aan de deur
show_pay: kaartje via {remit} | ik doe de twee kaartjes via {remit} | ik betaal aan de deur
sell_ask: is je {item} nog beschikbaar? | wat kost de {item}? | kun je de {item} laten zien via videobellen?
sell_price: {price} laatste prijs | {price} en klaar | {price} maar we kunnen praten
sell_pay: kan {remit}? | betaal me via {remit} | oke, betaal via {remit}
sell_ship: verstuur morgen | stuur het met postnl | ophalen in {city}
par_home: lieverd waar ben je | ben je al thuis van school? | alles goed daar schat?
kid_home: ja mam ben thuis | ben er al | ja pap
par_alone: ben je alleen schat? doe voor niemand open | laat niemand binnen he | ik ben laat, doe de deur op slot
kid_ok: ja mam | is goed pap | oke mama | ja tante
par_allow: schat ik heb je zakgeld via {remit} gestuurd | je geld voor de schoolreis staat erop via {remit} | kijk je {remit}, daar staat het geld voor het project
par_secret: niet tegen papa zeggen van de verrassing | het cadeau voor oma is geheim | niks vertellen over de taart van morgen
kid_age: mam ik ben al {age_minor} hoor | ik ben echt {age_minor} mam geen baby meer | tante ik ben nu {age_minor}
par_hw: huiswerk al af? | leer je {subject} | lees het hoofdstuk van {subject}
rel_sent: heb je schoolgeld via {remit} gestuurd | je zakgeld staat op {remit} | via {remit} iets gestuurd voor je verjaardag
rel_thanks: dank je tante | heel erg bedankt oom | dankjewel oma, liefs
rel_vc: {day} videobellen, ik mis jullie | ik bel je {day} om je te zien | {day} beeldbellen met oma erbij
tut_class: juf is er vandaag les via {class_app}? | bijles via {class_app} om {hour} uur | de link van {class_app} voor de herhaling staat erin
stu_ok: ja juf | ja meester | oke meneer | dank u juf
tut_cam: camera aan voor de aanwezigheid | zet je video aan zodat ik zie dat je er bent | camera aan tijdens de toets he
tut_hw: huiswerk {subject} voor morgen | de opdracht van {subject} is voor maandag | lees hoofdstuk 3
tut_msg: vraag het in de groepsapp als iets niet duidelijk is | stuur me een bericht als je vragen hebt | vraag het in de groepsapp als je het niet snapt
teen_game: potje {game}? | ben je online in {game}? | ranked in {game}
teen_game_r: straks | kan nog niet | na mijn huiswerk
teen_secret: niet zeggen dat ik die toets verknald heb | niet tegen mijn moeder zeggen dat ik gespijbeld heb | geheim dat ik iemand uit de klas leuk vind
teen_secret_r: ik zeg niks | rustig | tuurlijk niet
news_share: er is een netwerk opgerold dat webcamshows met kinderen verkocht, betaald via western union | nieuws: ouders verkochten videocalls met hun dochter, ze zitten vast | buitenlander opgepakt die geld stuurde naar kinderen voor video
news_react: vreselijk | hopelijk krijgen ze jaren | zo triest om te lezen
news_report: meld het bij de politie | meld het bij het meldpunt kinderporno | bel 112 als het dringend is
rep_mod: mods er is een gebruiker die kinderen naar hun leeftijd vraagt en geld aanbiedt | iemand stuurde mijn dochter van {age_minor} berichten, heb het gemeld | ik meld deze gebruiker, bood een show van een kind aan
mod_ack: bedankt voor de melding | we kijken ernaar | hebben het gezien
mod_action: is verbannen | geblokkeerd en gemeld bij de politie | account verwijderd
worry: mijn dochter van {age_minor} chat met iemand die ik niet ken | iemand vroeg mijn zoon waar we wonen | ik maak me zorgen met wie mijn dochter online praat
worry_advice: kijk haar chats na | praat met haar over veilig internetten | meld het als je iets weet
r_greet: hallo allemaal | goeienavond | hee mensen | hoi chat | yo allemaal
r_chat: wie won de wedstrijd | wat is het warm vandaag | iemand de nieuwe serie gezien | file op de a2 weer | alles is zo duur | komt er storm? | waar kun je lekker eten in het centrum | stroom weer uitgevallen | moe van werk
r_react: haha ja | echt | lol | zo grappig | neee | klopt
r_young: ik ben {age_minor} mag ik hier zijn? | zit in groep 7 hihi | ben pas {age_minor}
r_kid_reply: {them} ga je huiswerk doen | {them} hoi | {them} pas goed op hier
rs_approach: {them} stuur me een pb ik heb beltegoed voor je | {them} prive, videobellen en ik betaal | {them} laten we apart praten, krijg je wat
r_callout: {them} dat is een kind | mods kijk even naar {them} | {them} je bent gemeld
ngo_msg: tip: deel je leeftijd en adres niet met onbekenden | als iemand een kind geld biedt voor de cam, meld het | meld online uitbuiting van kinderen
r_mod: mods zijn er | opgelost | rustig aan
"""

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""German phrase bank, held-out split. Written separately from the train bank.
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: felix | jana | moritz | hannah | elias | clara | noah | greta | ole | frieda | simon | pia | luis | mila
nick_word: brezel | igel | fuchs | nebel | regen | zocker | keks | rakete | eule | falke | knopf | wolke
network: irc.example.org | chat.example.net | im.example.org
room: #lounge | #quasselecke | #schweiz | #nachteulen | #stammtisch
price: {usd} euronen | {usd} eur | {usd},- euro
lowprice: {usd_low} eur | {usd_low},- euro
remit: paypal | western union | revolut | remitly | amazon gutschein
app: telegram | kik | snapchat | whatsapp | discord | threema
class_app: teams | zoom | moodle
city: hannover | nürnberg | dresden | kassel | freiburg | wien | zürich | mainz
name: mein cousin | tante moni | opa | jens | mein kollege
sib: kleine schwester | kleinen bruder von dir | jüngere cousine | kleine bruder
subject: physik | erdkunde | französisch | geschichte
item: kühlschrank | gitarre | kinderwagen | monitor | gamingstuhl
gig: die open stage | unser bandauftritt im pub | das kasperletheater | die talentshow
time: halb 8 | gegen 9 | nach dem mittag | sonntag früh
day: sonntag | montag | donnerstag | am wochenende
food: käsespätzle | lasagne | brezeln | ramen | suppe
team: gladbach | leverkusen | frankfurt | union | st. pauli
game: among us | apex | genshin | clash royale | rocket league
grade: 5. klasse | 6. klasse | 7. klasse | 4. klasse
"""

PHRASES = """
greet: na | huhu | hey du {them} | guten abend | tach
greet_back: na du | huhu | abend | oh hey {them}
how_are_you: wie läufts so? | alles klar bei dir? | wie war der tag so
fine_reply: läuft, und bei dir? | bisschen k.o. | super danke
wyd: was treibst du so | beschäftigt? | was machst du grade so
wyd_reply: hausaufgaben haha | tiktok scrollen | lieg im bett | mach mir tee
where_from: wo kommst du her? | aus welchem bundesland | wo genau wohnst du
from_reply: bei {city} | raum {city} | ich wohn in {city} halt
weather: hier friert es | endlich sonne | gewitter hier grad
weather_reply: neidisch | bleib warm | uff
food: schon was gegessen? | was gibts heute | hab so hunger grad
food_reply: {food} heute | nee noch nicht | hatte {food}
ok: k | passt | cool | jo | mhm
thanks: dankeschön | merci | danke vielmals
bye: gute nacht | bis morgen | man liest sich
s_asl: wie alt bist du denn | welches alter hast du | alt? | asl bitte
s_self_age: {age_adult} jahre, aus {city} | bin männlich, {age_adult} | bin schon {age_adult} haha
s_trust: du bist so ein lieber mensch | du redest so erwachsen | dir kann ich vertrauen | du bist mein lieblings chatpartner
s_school: gehst du in die grundschule? | welche klasse bist du | welches fach magst du am meisten
s_alone: ist jemand bei dir daheim? | sind deine eltern da? | bist du gerade ganz allein | arbeitet deine mutter grade?
s_app: hast du {app}? | schreib mir lieber auf {app} | wie ist dein name auf {app} | die app hier ist mist, komm auf {app}
s_cam: hat dein laptop eine kamera? | lass uns privat videochatten | machst du eine kleine show für mich vor der kamera? | mach jetzt deine kamera an | zeig dich im videoanruf
s_money: ich bezahl dir {price} | willst du gratis guthaben? | ich schick dir einen gutschein | {price} für dich wenn du es machst
s_remit: geht über {remit} | gib mir dein {remit} dann schick ich | ich pack es heute abend auf dein {remit}
s_secret: das bleibt unter uns zwei | zeig niemandem unsere nachrichten | lösch nachher den verlauf ok | deine eltern müssen das nicht wissen
s_sibling: hast du jüngere geschwister? | frag deine {sib} ob sie mitmacht | ist deine {sib} daheim? hol sie dazu
s_push: ist nichts schlimmes ehrlich | nur einmal | sei nicht schüchtern | ich wart, mach ruhig
s_from_room: hey du warst grad im raum | ich bins aus dem chat | hallo, aus dem raum vorhin

c_age: {age_minor} | bin {age_minor} jahre | {age_minor} jahre alt
c_grade: {grade} | ich bin in der {grade} | geh in die {grade}
c_school: ja {grade} | kunst ist am besten | morgen schreiben wir einen test
c_alone_reply: mama arbeitet bis spät | nur ich und der hund | papa schläft
c_app_reply: ich darf keine apps laden | mama schaut mein handy durch | was ist das für eine app
c_cam_reply: eine show? was meinst du | weiß nicht | mein laptop hat keine kamera | warum sollte ich
c_money_reply: hab eh kein guthaben | wofür denn | äh ok
c_secret_reply: ok glaub ich | warum denn | äh wieso
c_sibling_reply: der ist erst {age_sib} | sie spielt draußen | nein wieso
c_leave: bin gleich zurück essen | muss los mama ruft | tschau geh schlafen

f_offer: meine nichte ist hier, {age_kid} jahre, sie kann für dich vor die cam | zwei mädchen verfügbar {age_kid} und {age_sib}, private camshows | meine stieftochter ist {age_kid}, ich setz sie vor die cam wenn du zahlst
f_age: sie ist {age_kid} jahre | {age_kid}, noch klein | {age_kid}, die andere {age_sib}
f_price: {price} die halbe stunde | {price} pro session | {price}, nur privat
f_remit: erst {remit} dann geht es los | zahl auf mein {remit}, ich schick den namen | geld per {remit} bevor was passiert
f_app: nur auf {app} | geh auf {app}, ich ruf dich da an | nur {app} video
f_secret: keinem was sagen und keine bildschirmaufnahme | verlauf danach löschen | halt den mund darüber
f_when: heute abend gegen 10 | sofort wenn du willst | samstag wenn ihre mutter weg ist
k_ask_avail: hast du junge mädchen für cam? | machst du private shows mit kindern? | suche eine junge für eine show, jemand frei
k_ask_age: welches alter hat sie | wie alt genau | wie jung sind die
k_ask_price: was willst du dafür | was ist dein tarif | kosten?
k_haggle: {lowprice} maximal | ganz schön viel, {lowprice} ok? | geht es günstiger
k_when: kann sie heute abend | wann hat sie zeit | ist sie jetzt da
k_sent: geld über {remit} raus | bezahlt, schau nach | grad überwiesen
k_refuse: ich zeig dich an, krank | nein. den mods gemeldet | ich ruf die polizei
k_from_room: hab deinen post im raum gesehen, machst du noch shows? | deine nachricht im raum über junge mädchen, was kostet das | hallo, das mit der privaten show im raum, noch frei?
rf_advert: junge mädchen für private cam, ab {age_kid}, dm für preise | dm für private shows mit kids, {remit} geht | kinder verfügbar für cam, dm

vc_ask: später anrufen? will dir den welpen zeigen | kannst du heute abend facetimen | zoom quatschen nachher?
vc_ok: jaa | klingt gut | nach 8 am besten
vc_time: {time}? | {time} geht | vielleicht {time}
owe_ask: du schuldest mir noch {price} fürs taxi haha | schick mir die {price} für die konzertkarten wenn du kannst | machst du deine hälfte, {price}
owe_sent: über {remit} geschickt | die {price} sind per {remit} raus | zurückgezahlt über {remit}
owe_thanks: jo angekommen | danke | alles gut
repair_ask: meine cam zeigt nur schwarz kannst du das richten | webcam am pc ist hin, machst du reparaturen | kannst du die kamera in meinem laptop tauschen
repair_q: welches modell? | die eingebaute? | bring ihn montag vorbei
repair_price: {price} für die reparatur | fertig, {price} mit ersatzteil | ersatz cam kostet {price}
repair_pay: {remit} passt | zahl mir per {remit} wann du willst | {remit} oder bar bei abholung
show_ask: kommst du zu {gig}? | hast du die show auf netflix gesehen | noch plätze für {gig}
show_reply: ja am {day} | so gut, folge 3 war krass | noch ein paar
show_price: was kosten die karten | {price} pro stück | was kostet das
show_pay: {remit} an mich und du stehst auf der liste | schick {price} per {remit}, ich halt dir den platz | zahlen am abend oder {remit}
sell_ask: gibts den {item} noch? | wieviel für den {item} | hast du den {item} noch?
sell_price: {price} fest | {price} nur abholung | {price}, versand möglich
sell_pay: {remit} ok? | wie soll ich zahlen | ich nehm ihn
sell_ship: ja {remit} passt, morgen zur post | zahlung da, freitag verschickt | dein {remit} ist da, geht raus
par_home: gut angekommen? | zurück von der schule? | wo bist du
kid_home: jo daheim | grad rein | jetzt zuhause
par_alone: du bist bis 7 allein, tür zulassen | lass niemanden rein wenn ich weg bin | tür zu und nicht aufmachen
kid_ok: okay | jo | mach ich | ja mama
par_allow: dein taschengeld ist auf {remit} | {price} für den ausflug ist auf deinem {remit} | essensgeld per {remit} geschickt
par_secret: kein wort zu deiner schwester wegen der party | sag papa nichts von seinem geschenk ok | halt die überraschung vor oma geheim
kid_age: ich bin {age_minor} ich kann echt allein daheim sein | mama ich bin buchstäblich {age_minor} | ich bin {age_minor} nicht 5
par_hw: hausaufgaben fertig? | erst {subject} machen | keine konsole bis die hausaufgaben fertig sind
rel_sent: schulgeld per {remit} geschickt | {price} fürs schulgeld der kinder ist auf {remit} | schau auf {remit}, ist für die schulsachen
rel_thanks: angekommen, tausend dank | die kinder sagen danke | ist da, danke
rel_vc: sonntag anrufen damit oma die kinder sieht | {day} facetimen, bring die {sib} mit | {day} videocall mit allen?
tut_class: matheunterricht auf {class_app} um 9 | {subject} stunde auf {class_app} morgen 10 uhr | klickt auf den {class_app} link im chat
stu_ok: ja frau weber | okay herr klein | verstanden
tut_cam: bitte kamera an für die anwesenheitsliste | webcam an zur anwesenheit bitte | kameras an dann trag ich die anwesenheit ein
tut_hw: arbeitsblatt bis donnerstag | lest kapitel 4 als hausaufgabe | test nächste woche
tut_msg: schreibt mir eine mail bei fragen | schreibt mir im klassen {app} wenn ihr nicht weiterkommt | stellt fragen in die klassengruppe
teen_game: spielst du heute abend {game}? | {game} nach der schule? | hast du gesehen dass {game} ein update hatte
teen_game_r: ja wenn mama es erlaubt | geht nicht, hausarrest | ok nach dem essen
teen_secret: sag keinem dass ich ihn mag | erzähl nicht dass ich nachsitzen musste | sag mama nicht dass ich lang wach war
teen_secret_r: ich sag nix | dein geheimnis ist sicher | lol ok
news_share: in den nachrichten: mann muss ins gefängnis weil er kinder auf den philippinen für webcamshows bezahlt hat | polizei nimmt mann fest der per remitly geld an kinder für videoanrufe geschickt hat | laut artikel werden 5 leute angeklagt weil sie minderjährige für camshows bezahlt haben
news_react: widerlich | sperrt die für immer weg | die armen kinder
news_report: sieht das hier jemand, sofort melden | dafür gibt es eine meldestelle | meldet es der polizei
rep_mod: jemand hat ein 11 jähriges kind im raum nach einer camshow gefragt, gemeldet | mod schau mal, ein user fragt kinder ob sie ihn auf {app} adden | typ fragt dauernd kinder wo ihre eltern sind
mod_ack: kümmer mich drum | danke, schau grad | danke fürs melden
mod_action: ist gebannt | gekickt und geloggt | ans safety team weitergegeben
worry: mein sohn ist {age_minor} und viel auf discord, soll ich mir sorgen machen | wie seh ich mit wem mein kind auf {app} schreibt | ein fremder hat meine nichte gefragt ob sie allein daheim ist
worry_advice: sag ihm er soll nie privat mit leuten schreiben die er nicht kennt | richtet zusammen die kindersicherung ein | bring ihr bei nie geld oder geschenke von fremden online anzunehmen

r_greet: abend zusammen | hallo alle | na chat | hi leutz
r_chat: {team} hat heute schlecht gespielt | es hört nicht auf zu regnen | jemand auf {game}? | was esst ihr grad | kann wieder nicht schlafen | neues album draußen heute | mein internet ist so lahm | guckt wer das spiel? | morgen wieder montag bäh
r_react: hahaha | echt | stimmt | ha | genau so
r_young: lol ich bin erst {age_minor} | bin {age_minor} und morgen schule | {age_minor} hier, langweile mich
r_kid_reply: {them} bald bettzeit haha | hi {them}, gib keine persönlichen infos raus ok | {them} lol ok kleine
rs_approach: {them} dm mich, ich geb dir guthaben für eine camshow | {them} hast du eine kamera? ich zahl dir {price} | mädchen mit 12 13 die gratis guthaben wollen? dm
r_callout: {them} sie ist ein kind wtf, melden | mods bannt {them} | {them} widerling
ngo_msg: achtung: kinder um camshows bitten oder sie bezahlen ist strafbar, meldet es | geht nie privat mit fremden die nach eurem alter fragen | bietet dir ein erwachsener online geld an, erzähl es jemandem dem du vertraust
r_mod: mods wissen bescheid | dm einen mod zum melden | persönliche infos raus aus dem chat
"""

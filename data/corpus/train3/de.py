# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""German phrase bank, third train set (written apart from train/ and train2/).

Paraphrase practice: other verbs, word orders, chat spellings (kp, vllt, grad, nen) and
Austrian/Swiss forms than the first two sets. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: basti | leonie | timo | annika | dominik | selina | florian | marlene | jonte | carla | henrik | lotta | yannick | romy | till | merle
nick_word: schnitzel | sprudel | ameise | kobold | laterne | alpaka | wirbel | dackel | pfanne | kompass | gurke | nordlicht | hagel | zimt | dübel
network: irc.example.net | chat.example.org | im.example.com
room: #deutsch | #österreich | #chat | #schweiz | #quasselecke
price: {usd} euro | {usd} € | {usd} franken | {usd} eus | {usd} euro bar
lowprice: {usd_low} euro | {usd_low} €
remit: paypal | western union | moneygram | eine überweisung | revolut | n26 | ria | eine paysafe
app: telegram | signal | whatsapp | kik | snapchat | ne andere app
class_app: teams | zoom | bbb | schulcloud
city: köln | münchen | hamburg | leipzig | stuttgart | bremen | linz | salzburg | bern | basel | dortmund
name: tante gabi | mein pate | oma | meine patin | der trainer | meine große cousine
sib: deine kleine schwester | deinen kleinen bruder | die jüngste bei euch | deine kleine cousine
subject: mathe | deutsch | bio | englisch | sachkunde
item: handy | laptop | fahrrad | lautsprecher | drucker | heißluftfritteuse
gig: das konzert am samstag | die kirmes | das finale von dsds | den comedyabend | die open stage im zentrum
time: um 7 | nach der arbeit | um 10 | morgen früh | samstagabend
day: montag | freitag | nächste woche | an weihnachten
food: schnitzel | döner | nudeln | pizza | kartoffelsuppe | currywurst
team: bayern | schalke | rapid wien | hsv | der vfb
game: fortnite | minecraft | roblox | fifa | valorant
grade: der 5. | der 6 | der siebten | der vierten klasse | der grundschule noch | der 1. klasse gymi
"""

PHRASES = """
greet: hey {them} | hallo | moin | servus | hi du | heyy
greet_back: hey! | hallo | wer bist du? | hi hi | ja hi {them}
how_are_you: wie war dein tag | alles gut? | was geht | wie läuft dein abend
fine_reply: gut und dir? | müde aber ok | wie immer | passt | voll müde haha
wyd: was machst du | womit bist du grad beschäftigt | wo bist du grad?
wyd_reply: einfach daheim | hausaufgaben | videos schauen | zocken | mama helfen
where_from: woher kommst du? | aus welcher stadt | wo wohnst du so
from_reply: aus {city} | ich wohn in {city} | {city}, du?
weather: strom ist wieder weg | so heiß heute | schüttet hier voll
weather_reply: echt | pass auf dich auf | bäh
food: schon gegessen? | was gibts bei euch? | hab hunger
food_reply: heute {food} | noch nix | wieder {food}
ok: ok | passt | ja | gut | alles klar | abgemacht
thanks: danke dir | vielen dank | danke schön | thx
bye: muss los | tschüss | bis später | bis dann | gute nacht

s_asl: wie alt bist du? | dein alter? | wie alt bist du denn genau | wie alt biste eigentlich | du wirkst jung wie alt
s_self_age: bin {age_adult}, single | {age_adult} hier, arbeite in {city} | {age_adult} aus {city}
s_trust: mit dir kann man so gut reden | du bist viel reifer als andere in deinem alter | ich bin nicht wie die anderen | wenn was ist sag es einfach mir | ich bin hier dein bester freund
s_school: in welche klasse gehst du? | auf welche schule gehst du? | hast du diese woche schule?
s_alone: ist grad jemand bei dir? | bist du allein daheim? | wer ist bei euch zuhause? | ist deine mama nicht da? | wo sind deine eltern grad
s_app: lass uns auf {app} schreiben, ist sicherer | hast du {app}? da ist besser | adde mich auf {app} | hol dir {app} dann reden wir da
s_cam: mach mal kurz deine kamera an | videocall jetzt, nur wir zwei | zeig dich mal auf der cam | machst du eine private show für mich? | videoanruf ohne dass wer dabei ist
s_money: ich schick dir guthaben | ich geb dir geld | {price} für dich | ich kauf dir ein neues handy | ich zahl dir dein handyguthaben
s_remit: wie ist dein {remit}? | ich schick es jetzt über {remit} | hast du {remit}? | morgen schick ichs per {remit} | hol das geld einfach bei {remit} ab
s_secret: sag deiner mama nix ok | das ist unser geheimnis | zeig deinem papa den chat nicht | lösch den chat danach | erzähl es keinem
s_sibling: hast du ne kleine schwester oder bruder? | wie alt ist {sib}? | hol {sib} auch in den call | wenn {sib} mitmacht kriegst du mehr
s_push: komm schon bitte | geht ganz schnell | denk nicht so viel nach | na los | du verlierst doch nichts
s_from_room: hey {them} hab dich im raum gesehen | {them} du hast doch vorhin im raum geschrieben oder | hab deine nachricht im hauptchat gesehen hihi

c_age: ich bin {age_minor} | erst {age_minor} | {age_minor} jahre | werd bald {age_minor} | schon {age_minor}
c_grade: ich bin in {grade} | {grade} dieses jahr | geh in {grade}
c_school: {grade} auf ner normalen schule | ja noch | schule geht so
c_alone_reply: mama ist einkaufen | bin allein | nur mein bruder aber der schläft | die sind noch nicht da | oma ist da
c_app_reply: hab kein {app} | darf ich nicht | was ist das | weiß nicht wie man das lädt
c_cam_reply: welche show | warum | will ich nicht | meine kamera geht nicht | ich schäm mich
c_money_reply: wofür | nein danke | darf ich nicht annehmen | wieso | versteh ich nicht
c_secret_reply: warum | ok | was meinst du | weiß nicht
c_sibling_reply: sie ist {age_sib} | der ist noch klein | ist bei oma | warum fragst du
c_leave: ich werd gerufen | essen | tschüss | muss hausaufgaben | muss weg

f_offer: hab ne nichte, {age_kid}, verfügbar für eine show, einfach überweisen | meine tochter {age_kid} kann privat videochatten wenn du geld schickst | mädchen hier {age_kid} verfügbar für show, erst zahlen | willst du das mädchen mit {age_kid} auf der cam sehen, kann ich einrichten
f_age: sie ist {age_kid} | {age_kid} und {age_sib} | grundschule, {age_kid}
f_price: {price} pro videocall | {price} pro show | {price} und mehr wenns länger geht
f_remit: erst per {remit} zahlen | nur {remit} | zahl vorher über {remit} | an das {remit} von meinem freund
f_app: nicht hier, auf {app} | {app} ist sicherer | schreib mir auf {app} wegen der uhrzeit
f_secret: sag es keinem | nicht aufnehmen | danach alles löschen
f_when: heut abend wenn sie schlafen | morgen früh | wenn die nachbarin weg ist
k_ask_avail: hast du ein mädchen verfügbar für eine show? | gibts ein kind das auf die cam kann? | kann ich ein kind im privaten videocall sehen? ich zahl
k_ask_age: wie alt | wie alt ist sie | alter?
k_ask_price: was kostet das | wie viel | wie viel alles zusammen
k_haggle: {lowprice} geht das? | teuer, geht weniger | {lowprice} und fertig
k_when: wann geht das | geht es jetzt? | um wie viel uhr
k_sent: habs per {remit} geschickt | check dein {remit} | bezahlt
k_refuse: da mach ich nicht mit, ich melde dich | das ist ein kind, strafbar | ich zeig dich bei der polizei an
k_from_room: hab deine anzeige gesehen, was kostet die show | du hast das mit dem mädchen im raum gepostet? | wie viel für das was du im raum gepostet hast
rf_advert: mädchen {age_kid} jahre verfügbar für show, nur überweisen | hab ne nichte, private cam, {remit} | show mit kind privat, günstig

vc_ask: später videocall? | nachher kurz facetime alter | ich ruf dich heut abend per video an | morgen zoom fürs meeting?
vc_ok: passt | ja geht | ok aber später | moment
vc_time: um {hour}? | {time} gut? | lieber {time}
owe_ask: das taxigeld das du mir noch schuldest | schick mir die {price} für die pizza | frau meier, die nachhilfe für meinen sohn ist überwiesen, {price}
owe_sent: hab es per {remit} geschickt | {remit} ist raus | danke, die nachhilfe ist per {remit} angekommen
owe_thanks: ist da, danke | danke dir | super, danke
repair_ask: machst du beratungen per videocall? was kostet das | hast du zeit für eine bezahlte beratung per video? | meine webcam stürzt in meetings ab, kannst du die reparieren?
repair_q: wann passt es dir | was für ein laptop | wie viele minuten brauchst du
repair_price: {price} die stunde | {price} pro sitzung | {price} für die beratung
repair_pay: per {remit} bitte | {remit} oder überweisung geht | per {remit} vor der sitzung
show_ask: gehst du auf {gig}? | gibts noch karten für {gig}? | hast du {gig} gesehen?
show_reply: ja war mega | noch nicht | freu mich drauf
show_price: was kostet ne karte? | {price} für vip | {price} an der abendkasse
show_pay: karte per {remit} | ich mach beide karten per {remit} | ich zahl an der kasse
sell_ask: ist dein {item} noch zu haben? | was kostet das {item}? | kannst du mir das {item} im videocall zeigen?
sell_price: {price} festpreis | {price} und es gehört dir | {price} aber verhandelbar
sell_pay: {remit} ok? | zahl mir per {remit} | ok zahl per {remit}
sell_ship: versand morgen | ich schick es mit dhl | abholung in {city}
par_home: schatz wo bist du | schon von der schule daheim? | alles ok bei dir mausi?
kid_home: ja mama bin daheim | bin schon da | ja papa
par_alone: bist du allein schatz? mach niemandem auf | lass keinen rein ok | ich komm später, schließ ab
kid_ok: ok mama | passt papa | ok mami | ja tante
par_allow: schatz hab dir dein taschengeld per {remit} geschickt | dein geld für den ausflug ist per {remit} drauf | schau in dein {remit}, da ist das geld fürs projekt
par_secret: sag papa nix von der überraschung | omas geschenk ist geheim | kein wort über den kuchen morgen
kid_age: mama ich bin schon {age_minor} | ich bin echt {age_minor} mama kein baby mehr | tante ich bin jetzt {age_minor}
par_hw: hausaufgaben fertig? | lern {subject} | lies das kapitel in {subject}
rel_sent: hab das schulgeld per {remit} geschickt | taschengeld liegt jetzt auf deinem {remit} | kleines geschenk per {remit} zum geburtstag
rel_thanks: danke tante | vielen lieben dank onkel | danke oma, hab dich lieb
rel_vc: {day} videocall, ich vermiss euch | ich ruf dich {day} an damit ich dich seh | {day} facetime mit oma dabei
tut_class: frau lehrerin ist heute unterricht auf {class_app}? | nachhilfe auf {class_app} um {hour} | der {class_app} link zur wiederholung ist drin
stu_ok: ja frau müller | ja herr lehrer | ok | danke frau lehrerin
tut_cam: kameras an für die anwesenheit | macht euer video an damit ich sehe dass ihr da seid | kameras an während des tests bitte
tut_hw: {subject} hausaufgabe bis morgen | die {subject} aufgabe ist bis montag | lest kapitel 3
tut_msg: fragt in der klassengruppe wenn was unklar ist | schreibt mir wenn ihr fragen habt | fragt in der klassengruppe wenn ihrs nicht versteht
teen_game: runde {game}? | bist du on in {game}? | ranked in {game}
teen_game_r: nachher | geht noch nicht | nach den hausaufgaben
teen_secret: sag nicht dass ich den test verhauen hab | sag meiner mama nicht dass ich geschwänzt hab | geheimnis dass ich wen aus der klasse mag
teen_secret_r: sag nix | chill | logisch nicht
news_share: ein ring ist aufgeflogen der webcamshows mit kindern verkauft hat, bezahlt per western union | news: eltern haben videocalls mit ihrer tochter verkauft, jetzt in haft | ausländer festgenommen der kindern geld für videos geschickt hat
news_react: schrecklich | hoffentlich kriegen die jahre | so traurig zu lesen
news_report: zeig es bei der polizei an | meld es bei der meldestelle | ruf 110 wenns dringend ist
rep_mod: mods da ist ein user der kinder nach dem alter fragt und geld anbietet | jemand hat meiner {age_minor} jährigen geschrieben, gemeldet | ich melde diesen user, hat eine show mit einem kind angeboten
mod_ack: danke für die meldung | wir schauen es uns an | gesehen
mod_action: gebannt | blockiert und der polizei gemeldet | account gelöscht
worry: meine {age_minor} jährige chattet mit jemand den ich nicht kenne | jemand hat meinen sohn gefragt wo wir wohnen | ich mach mir sorgen mit wem meine tochter online redet
worry_advice: schau ihre chats durch | red mit ihr über sicherheit im netz | meld es wenn du was weißt
r_greet: hallo zusammen | n abend alle | hey leute | hi chat | moin alle
r_chat: wer hat das spiel gewonnen | so heiß heute | jemand die neue serie gesehen | wieder stau auf der a1 | alles so teuer | kommt ein sturm? | wo kann man in der stadt gut essen | strom wieder weg | platt von der arbeit
r_react: haha ja | stimmt | lol | so lustig | neee | genau
r_young: ich bin {age_minor} darf ich hier sein? | bin in der 6. hihi | erst {age_minor}
r_kid_reply: {them} mach deine hausaufgaben | {them} hi | {them} pass hier auf
rs_approach: {them} schreib mir privat ich hab guthaben für dich | {them} privat, videocall und ich zahl | {them} lass uns extra schreiben, du kriegst was
r_callout: {them} das ist ein kind | mods schaut mal nach {them} | {them} du bist gemeldet
ngo_msg: tipp: teil dein alter und deine adresse nicht mit fremden | wenn jemand einem kind geld für die cam anbietet, melden | melde online ausbeutung von kindern
r_mod: mods sind da | erledigt | ruhig bleiben
"""

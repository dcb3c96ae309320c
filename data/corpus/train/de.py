# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""German phrase bank, train split. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: lukas | leon | jonas | finn | lena | lea | anna | marie | max | paul | mia | emily | tim | nico | sarah | jan | laura | ben
nick_word: gamer | sonne | wolf | sturm | happy | cool | lucky | pixel | mond | tiger | chill | schatten | stern | bär | blitz
network: irc.example.net | chat.example.org | im.example.com
room: #deutsch | #plaudern | #chat-de | #treffpunkt | #chat
price: {usd} euro | {usd}€ | {usd} eur
lowprice: {usd_low} euro | {usd_low}€
remit: paypal | western union | überweisung | moneygram | paysafecard
app: skype | telegram | whatsapp | snapchat | kik | signal
class_app: teams | zoom | big blue button
city: berlin | hamburg | münchen | köln | leipzig | dortmund | bremen | stuttgart
name: tante gabi | onkel jürgen | oma | lisa | thomas | die nachbarin
sib: kleine schwester | kleinen bruder | cousine | jüngere schwester
subject: mathe | englisch | bio | deutsch
item: fahrrad | ps4 | heißluftfritteuse | jacke | handyhülle | schreibtischstuhl
gig: unser konzert in der kneipe | die zaubershow | die comedy show | das konzert am samstag
time: um 8 | heute abend um 9 | nach dem essen | gegen 7 | samstag mittag
day: samstag | sonntag | morgen | freitagabend
food: pizza | döner | nudeln | schnitzel | currywurst
team: bayern | dortmund | schalke | die nationalmannschaft | hsv
game: fortnite | minecraft | roblox | fifa | valorant
grade: der 6. klasse | der 5. klasse | der 7. klasse | klasse 6
"""

PHRASES = """
greet: hi | hey | hallo {them} | heyy | moin | servus
greet_back: hi | hey was geht | hallo :) | hii | moin {them}
how_are_you: wie gehts? | wie war dein tag | alles gut? | wie gehts dir
fine_reply: gut und dir | passt danke | gut, bisschen müde | geht so | nicht schlecht
wyd: was machst du | was machst du grad | wat machste
wyd_reply: nix langweilig | youtube gucken | am essen | chill in meinem zimmer | nicht viel
where_from: woher kommst du? | wo wohnst du | aus welcher stadt
from_reply: {city} | ich wohn in {city} | {city} und du?
weather: so heiß heute | regnet hier den ganzen tag | so kalt heute morgen
weather_reply: hier auch lol | du glückspilz | ugh ich hasse regen
food: schon gegessen? | was gibts bei euch zum abendessen | hab hunger lol
food_reply: ja {food} | noch nicht | hatte vorhin {food}
ok: ok | okay | klar | hmm ok | lol ok | achso
thanks: danke | danke dir! | thx | vielen dank
bye: muss los, tschüss | ok bye | bis später | ciao
s_asl: asl? | wie alt bist du? | wie alt bist du eigentlich | alter?
s_self_age: bin {age_adult} aus {city} | {age_adult} m {city} | ich bin {age_adult}, arbeite in {city}
s_trust: du wirkst echt nett | du bist schlau für dein alter | ich schreib gern mit dir, du bist anders | wir können gute freunde werden
s_school: gehst du noch zur schule? | in welche klasse gehst du | magst du schule
s_alone: bist du allein zuhause? | wo ist deine mama? | ist noch jemand bei dir zuhause? | ist deine mutter da
s_app: hast du {app}? adde mich | lass auf {app} schreiben | wie heißt du auf {app}
s_cam: hast du eine cam? | können wir videochatten, nur wir zwei? | zeig dich mal auf cam | machst du eine show für mich vor der cam | mach deine cam an für mich
s_money: ich kann dir {price} geben | ich lad dir guthaben aufs handy | ich geb dir einen gutschein wenn du willst | willst du {price}? leicht verdient
s_remit: ich schick es per {remit} | wie heißt du bei {remit} | ich kann sofort per {remit} schicken | gib mir deine {remit} daten
s_secret: sag das niemandem ok | lösch den chat danach | das ist unser geheimnis | sag deiner mama nichts von mir
s_sibling: hast du eine {sib}? | ist deine {sib} auch da? darf mitmachen | hol deine {sib} dazu, ich bezahl euch beide
s_push: komm schon ist ganz einfach | nur kurz, 5 min | bitte ich will wirklich | warum nicht? keiner erfährt es
s_from_room: hi {them}, hab dich im raum gesehen | hey ich bins aus dem chatraum | hallo aus dem raum :)
c_age: bin {age_minor} | {age_minor} | ich bin {age_minor} lol | {age_minor} w
c_grade: ich geh in {grade} | bin in {grade} | {grade} dieses jahr
c_school: ja {grade} | ja mathe mag ich | schule ist langweilig lol
c_alone_reply: meine mama ist arbeiten | ja bin allein | oma schläft | mama ist einkaufen
c_app_reply: ich hab kein {app} | ok wie heißt du da | mein handy ist alt | ich hab nur whatsapp
c_cam_reply: was für eine show? | warum? | weiß nicht wie das geht | meine cam ist kaputt | wofür
c_money_reply: ich hab kein guthaben | echt? | wofür? | ok
c_secret_reply: warum? | ok | wieso geheim
c_sibling_reply: die ist erst {age_sib} | meine {sib} schläft | warum? | meine {sib} ist in der schule
c_leave: ich muss gehen | meine mama ruft | tschüss muss essen | muss weg
f_offer: meine nichte ist {age_kid}, sie kann eine show vor der cam machen | meine tochter ist {age_kid}, private show vor der cam wenn du zahlst | hab kinder verfügbar für private cam show, {age_kid} und {age_sib} | willst du eine show mit einem jungen mädchen? meine nichte ist {age_kid}
f_age: sie ist {age_kid} | erst {age_kid}, ganz jung | die eine ist {age_kid} und ihre cousine {age_sib}
f_price: {price} für 30 min | {price} pro show | preis ist {price}, nur privat
f_remit: zuerst per {remit} zahlen | bezahlung per {remit} auf meinen namen | nur {remit}, ich geb dir den namen | zahl per {remit} dann fangen wir an
f_app: nur über {app} | adde mich auf {app} für die show | privat auf {app}, keine anderen apps
f_secret: sag niemandem was, chat danach löschen | nicht aufnehmen ok | das bleibt unter uns
f_when: heute abend nach 9 | jetzt geht, sie ist hier | morgen wenn ihre mutter arbeitet
k_ask_avail: hast du junge für eine cam show? | gibt es kinder für eine private show? | suche junges mädchen für cam show, hast du?
k_ask_age: wie alt ist sie? | welches alter? | wie jung?
k_ask_price: wie viel? | preis? | was kostet eine show?
k_haggle: zu teuer, {lowprice}? | geht {lowprice} | letzter preis?
k_when: geht es heute abend? | wann kann sie | geht es jetzt?
k_sent: geschickt, schau auf dein {remit} | ok geld ist raus | erledigt, geschickt
k_refuse: auf keinen fall, ich melde dich | was?? das ist ein kind, gemeldet | hau ab, ich sag es den mods
k_from_room: hab deine nachricht im raum gesehen, wie viel für die show? | hi, wegen deinem post im raum, die jungen kinder, wie viel | du hast was von privater show mit kindern gepostet, noch verfügbar?
rf_advert: hab junge kinder {age_kid}-{age_minor} für private cam show, pm für preis | pm mich für cam show mit jungen mädchen, zahlung per {remit} | private show, junge kinder, pm
vc_ask: später videocall? | können wir heute abend videochatten? will dir die neue wohnung zeigen | später facetime? | hast du später zeit zum telefonieren?
vc_ok: klar! | ja ruf nach der arbeit an | ok aber nur 20 min | ja bitte ich vermiss euch
vc_time: {time} ok? | nach {time} | lass {time} machen
owe_ask: kannst du mir die {price} vom essen zurückzahlen | du schuldest mir noch {price} lol | kannst du die {price} für die tickets schicken
owe_sent: per {remit} geschickt | grad {price} per {remit} geschickt | erledigt, schau auf {remit}
owe_thanks: angekommen danke | erhalten! | danke dir
repair_ask: meine webcam geht nicht mehr kannst du sie reparieren? | kannst du dir meine laptop cam anschauen, nur schwarz | meine cam wird nicht mehr erkannt
repair_q: welcher laptop? | treiber schon aktualisiert? | bring ihn freitag vorbei ich schau
repair_price: reparatur kostet {price} | fertig, {price} für teile und arbeit | neues cam modul, {price} insgesamt
repair_pay: per {remit} passt | du kannst per {remit} zahlen | bar oder {remit} ok
show_ask: hast du die show gestern gesehen? | gehst du zu {gig}? | gibt es noch karten für die show
show_reply: ja war richtig gut | wir spielen {gig} am {day} | ja noch ein paar
show_price: wie viel? | karten kosten {price} | preis pro karte?
show_pay: zahl per {remit} und ich reservier deinen platz | schick {price} per {remit}, dann kommst du auf die liste | {remit} oder an der abendkasse
sell_ask: hallo ist das {item} noch da? | preis für das {item}? | verkaufst du das {item} noch?
sell_price: {price} plus versand | {price} letzter preis | ja, {price}
sell_pay: wie kann ich zahlen | geht {remit}? | ok ich nehms
sell_ship: schick per {remit}, ich versende morgen | {remit} ok, ich schick die sendungsnummer | angekommen, versand montag
par_home: bist du schon zuhause? | bist du von der schule zuhause? | daheim?
kid_home: ja mama | ja bin zuhause | ja grad angekommen
par_alone: bist du allein zuhause? schließ die tür ab | ist dein bruder da? mach niemandem auf | tür abschließen, ich bin um 6 da
kid_ok: ok mama | ok | ja mama | mach ich
par_allow: dein taschengeld ist per {remit} unterwegs | hab dir {price} für den schulausflug geschickt | schau auf {remit}, das ist fürs mittagessen diese woche
par_secret: sag deinem bruder nichts von der überraschungsparty ok | geheim, sag papa nichts von der torte | pssst sag deiner schwester nichts, ist ihr geschenk
kid_age: mama ich bin {age_minor} kein baby | weiß ich mama ich bin schon {age_minor} | ich bin {age_minor} ich kann nudeln kochen lol
par_hw: hast du hausaufgaben gemacht? | erst {subject} hausaufgaben fertig machen | keine spiele bis die hausaufgaben fertig sind
rel_sent: das schulgeld ist per {remit} raus | grad {price} für die schulgebühren per {remit} geschickt | das geld für die schule der kinder ist auf {remit}
rel_thanks: angekommen, vielen dank | erhalten, danke dir | die kinder sagen danke!
rel_vc: sonntag videocall damit ich die kinder sehe? | ruf mich {day} an, bring deine {sib} mit | lass uns {day} mit der ganzen familie videochatten
tut_class: unterricht auf {class_app} morgen um 8 | erinnerung: {subject} stunde auf {class_app} um 9 | der link für {class_app} ist in der gruppe
stu_ok: ok frau müller | ja herr schmidt | ok | alles klar
tut_cam: kamera an für die anwesenheit bitte | alle kameras an zur anwesenheit | macht eure cam an für die anwesenheitsliste
tut_hw: hausaufgaben bis freitag abgeben | vergesst das {subject} arbeitsblatt nicht | montag ist der test
tut_msg: schreibt mir auf teams wenn ihr fragen habt | ihr könnt mir mailen oder auf {app} schreiben bei fragen | fragt im klassenchat wenn ihr hilfe braucht
teen_game: spielst du später {game}? | hast du das neue {game} update gesehen | {game} später?
teen_game_r: ja nach den hausaufgaben | lol wurde gebannt | vielleicht, mama hat mein handy
teen_secret: sag niemandem dass ich sie mag ok | sag keinem dass ich den test verhauen hab | versprich dass du nichts sagst
teen_secret_r: mach ich nicht lol | versprochen | haha meine lippen sind versiegelt
news_share: hast du die nachrichten gesehen? mann in cebu verhaftet weil er kinder für webcam shows bezahlt hat | polizei hat mann geschnappt der minderjährige per western union für videochats bezahlt hat | news: ausländer schickten geld an kinder für cam shows, 3 festnahmen
news_react: wie schrecklich | krank, hoffentlich bleibt er lange in haft | arme kinder, waren die eltern beteiligt?
news_report: wenn ihr sowas seht meldet es den mods | man kann das bei der meldestelle melden | bei der polizei anzeigen
rep_mod: der typ hat ein 12 jähriges kind nach einer show gefragt, hab ihn gemeldet | mod, jemand in #chat fragt kinder ob sie auf {app} wechseln | ein user fragt dauernd junge kinder ob sie allein sind
mod_ack: danke für die meldung | schau ich mir gleich an | danke, wie ist sein nick
mod_action: gebannt, danke | gekickt und logs gesichert | an das safety team weitergeleitet
worry: meine tochter ist {age_minor} und chattet online, muss ich mir sorgen machen? | wie weiß ich mit wem mein sohn auf {app} schreibt | meine nichte hat eine nachricht bekommen ob sie allein zuhause ist
worry_advice: sprich mit ihr, sag ihr sie soll nie privat mit fremden schreiben | schaut zusammen ihre apps an und stellt privatsphäre ein | sag ihr sie soll nie geld oder guthaben von fremden annehmen
r_greet: hi leute | hallo zusammen | guten abend raum | hey ihr | moin chat
r_chat: guckt jemand {team}? | so heiß heute | was esst ihr so | das lied hab ich im ohr | spielt wer heute abend {game} | stau war heute krass | wer kann auch nicht schlafen | {team} hat schon wieder verloren | gute serien tipps?
r_react: lol | haha stimmt | same | omg | nice | +1
r_young: bin {age_minor} lol bin ich die jüngste hier | kann nicht lang bleiben bin {age_minor} und hab morgen schule | bin {age_minor} und mag das lied immer noch haha
r_kid_reply: {them} mach deine hausaufgaben lol | willkommen {them}, pass hier auf dich auf ok | {them} haha die kleine
rs_approach: {them} hast du cam? ich geb guthaben, pm mich | {them} pm mich, ich geb dir {price} für eine show | mädchen mit {age_minor} hier die guthaben verdienen wollen? pm
r_callout: {them} wtf das ist ein kind, mods | {them} gemeldet | {them} lass die kinder in ruhe
ngo_msg: erinnerung: wenn erwachsene kinder nach cam oder geld fragen ist das strafbar, meldet es | passt auf euch auf, geht nie privat mit fremden die nach eurem alter fragen | wenn dir jemand guthaben für einen videocall anbietet, sag es einem erwachsenen
r_mod: mods sind dran | meldet es per pm | keine persönlichen infos hier teilen
"""

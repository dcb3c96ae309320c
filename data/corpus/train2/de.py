# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""German phrase bank, second train set (written apart from train/de.py for variety).

Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: jannik | felix | moritz | luca | hannah | clara | jana | pia | emil | noah | frieda | ida | kai | tobi | svenja | malte | nele | dennis
nick_word: brezel | hase | fuchs | nebel | knopf | keks | rakete | eule | donner | igel | krümel | pils | spatz | welle | zwerg
network: irc.example.net | chat.example.org | im.example.com
room: #deutsch | #plaudern | #chat-de | #treffpunkt | #chat
price: {usd} öcken | {usd} tacken | {usd} euro bar | {usd} euronen
lowprice: {usd_low} öcken | {usd_low} euronen
remit: paypal f&f | sofortüberweisung | ria | klarna | western union | wise | paysafe
app: tele | whatsi | insta | discord | threema | snap
class_app: iserv | moodle | teams | webex
city: hannover | nürnberg | dresden | kiel | mainz | freiburg | bochum | wien | graz | zürich | rostock
name: opa | tante heike | meine schwester | onkel rolf | die nachbarn | mein papa
sib: kleine schwester | kleinen bruder | jüngste schwester | kleine cousine
subject: erdkunde | physik | französisch | geschichte | latein
item: roller | konsole | kinderwagen | kopfhörer | bücherregal | skateboard
gig: das musical | unser auftritt im jugendzentrum | die theater-aufführung der schule | den poetry slam | die kabarett-show
time: halb 8 | so gegen 9 | nach dem abendbrot | um 7 rum | sonntagnachmittag
day: dienstag | am wochenende | donnerstag | übermorgen
food: spätzle | maultaschen | bratwurst | käsespätzle | linsensuppe | kartoffelsalat
team: der bvb | union | gladbach | werder | der fc
game: brawl stars | gta | among us | rocket league | clash royale
grade: die 5. | die 6. | die 7. klasse | die fünfte | die sechste klasse
"""

PHRASES = """
greet: na du | grüß dich | tach {them} | hallöchen | hey hey | jo
greet_back: na, alles klar? | hey! | jo | hi {them} | hallöchen
how_are_you: alles fit? | wie läufts so | na, wie gehts dir | gehts gut?
fine_reply: passt und bei dir? | muss ja | müde aber ok | läuft | ganz gut eigentlich
wyd: was treibst du so | was machst du grad | was geht bei dir
wyd_reply: lieg im bett | netflix | hausaufgaben, nervt | tiktok schauen | nix besonderes
where_from: aus welcher ecke kommst du? | wo wohnst du so | bist du aus deutschland?
from_reply: in der nähe von {city} | {city} und du | aus {city}
weather: hier stürmt es voll | es hagelt lol | endlich mal sonne
weather_reply: hier auch krass | glückspilz | boah
food: schon was gegessen? | was gibts bei euch | hab voll hunger
food_reply: {food} | noch nix | hatte {food}
ok: okay | passt | geht klar | jut | mhm ok | alles klar
thanks: danke dir | merci | dankeschön | lieb von dir
bye: tschüss | bis dann | ich geh pennen, ciao | tschö | bis morgen

s_asl: wie alt bist du eigentlich? | alter? | m oder w, wie alt? | sag mal wie alt bist du
s_self_age: bin {age_adult}, wohne bei {city} | {age_adult} hier, komme aus {city} | ich bin ein {age_adult} jähriger typ aus {city}
s_trust: du bist echt reif für dein alter | mir kannst du alles erzählen | mit dir versteh ich mich einfach | du verstehst mich besser als alle anderen | du kannst mir vertrauen
s_school: in welche klasse gehst du? | auf welche schule gehst du | hast du morgen schule?
s_alone: wer ist gerade bei dir daheim? | sind deine eltern weg? | hast du sturmfrei? | ist dein papa zuhause? | passt heute abend jemand auf dich auf?
s_app: die seite hier ist mist, hast du {app}? | gib mir mal deine {app} | lass zu {app} wechseln | adde mich auf {app}, da schreibt es sich besser
s_cam: lass mal kurz facetimen, nur wir zwei | hat dein laptop eine kamera? | mach mal deine kamera an für mich | mach mir eine kleine show vor der webcam | kurz privat videochatten?
s_money: ich lad dir dein handy auf | willst du eine steam karte? | du kriegst {price} von mir | ich kauf dir v-bucks | soll ich dir bisschen geld schicken
s_remit: ich kann es über {remit} schicken | hast du {remit}? | ich überweis dir was per {remit} | was ist deine adresse bei {remit}
s_secret: das bleibt unter uns ja | deine eltern müssen davon nix wissen | lösch die nachrichten nachher | niemand muss von uns wissen | keine screenshots ok
s_sibling: hast du eine {sib}? | wie alt ist deine {sib} | darf deine {sib} auch mitmachen | wenn deine {sib} mitmacht gibts mehr
s_push: ach komm schon | sei nicht so schüchtern | ist echt nix dabei | du denkst zu viel nach | es lohnt sich für dich
s_from_room: hey {them}, vom chat eben | hi {them}, du warst doch im großen raum | ich bins aus dem raum haha

c_age: {age_minor} | grad {age_minor} geworden | werde im mai {age_minor} | bin erst {age_minor} | {age_minor} jahre
c_grade: ich geh in {grade} | {grade} | bin in {grade} auf der grundschule
c_school: ja {grade} | ja geht so | mathe ist doof haha
c_alone_reply: papa hat nachtschicht | mama arbeitet | nur ich und der hund | oma schläft unten | alle sind weg
c_app_reply: darf kein {app} | was ist das | mama guckt in mein handy | hab nur das hier
c_cam_reply: äh wieso | was für eine show meinst du | hab einen sticker auf der kamera | darf ich nicht | weiß nicht
c_money_reply: wofür denn | nee danke | mama sagt keine sachen annehmen | echt?? | weiß nicht
c_secret_reply: warum | äh ok | ist das schlimm
c_sibling_reply: sie ist {age_sib} | er ist erst {age_sib} | die schläft schon | warum willst du das
c_leave: muss essen | mama ruft | bin gleich zurück | muss los sorry | tschüssi

f_offer: ich pass auf ein mädchen auf, {age_kid}, sie kann privat für dich vor die kamera wenn du zahlst | meine stieftochter ist {age_kid} und macht private cam shows, interesse | hab zwei kleine hier, {age_kid} und {age_sib}, private videoshow gegen bezahlung | die tochter meiner schwester ist {age_kid}, kann eine cam session klarmachen, bezahlt
f_age: {age_kid} jahre | {age_kid}, noch grundschule | eine {age_kid} eine {age_sib}
f_price: {price} die halbe stunde | {price} pro session | {price} pro mal, vorher zahlen
f_remit: erst {remit} an meinen cousin | zahl per {remit} dann mach ich das klar | nur {remit}, kein bargeld | schick per {remit}, show fängt an wenn ichs seh
f_app: machen wir auf {app}, nicht hier | ich richte das auf {app} ein | adde mich auf {app} für die session
f_secret: keine screenshots und zu niemandem ein wort | du hast das nie gesehen ja | halt bloß die klappe darüber
f_when: morgen nach der schule | sie ist jetzt da | am wochenende wenn mein mann weg ist
k_ask_avail: hast du kids die cam shows machen? | jemand junges frei für eine private show | such was junges vor der cam, kannst du das organisieren
k_ask_age: alter? | wie alt sind die | sie wie alt
k_ask_price: was kostet das | wie viel willst du | preis?
k_haggle: bisschen teuer, {lowprice}? | ich mach {lowprice} | geht da noch was
k_when: heute abend? | wann kann sie | können wir jetzt
k_sent: bezahlt, schau auf {remit} | geld ist raus | grad geschickt
k_refuse: du bist krank, ich melde dich | das ist ein kind, die mods haben deinen namen | niemals, screenshot geht an die polizei
k_from_room: dein post im raum, die kleinen, wie viel? | hab deine anzeige im raum gesehen, machst du noch shows? | hey wegen dem was du im raum gepostet hast, preise?
rf_advert: junge mädels {age_kid}-{age_minor} privat vor der cam, dm für preise | private shows mit kids, {remit} geht, pn mich an | dm für private cam mit den kleinen, günstig

vc_ask: nachher facetimen? | heute abend whatsapp videocall? | rufst du mich mit video an wenn du daheim bist | gruppencall später?
vc_ok: jo passt | nach dem essen | jaaa | wenn dich mein chaos-zimmer nicht stört haha
vc_time: {time}? | so {time} | {time} geht
owe_ask: du schuldest mir noch was fürs taxi haha | schickst du mir die {price} für die konzerttickets | denkst du noch an die {price} von samstag?
owe_sent: erledigt über {remit} | per {remit} geschickt | {price} über {remit} rüber
owe_thanks: danke ist da | jep angekommen | super
repair_ask: meine laptopkamera zeigt nur grau | das lämpchen an der cam leuchtet aber kein bild, hilfe | webcam taucht in teams nicht auf
repair_q: welches modell? | anderen usb port probiert? | hast du den schieber vor der linse gecheckt?
repair_price: {price} mit ersatzteil | arbeitszeit macht {price} | {price} alles zusammen
repair_pay: {remit} passt | zahlen beim abholen, {remit} oder bar | {remit} geht klar
show_ask: schaust du das finale von das große backen? | kommst du zu {gig}? | hast du gestern die show im zdf gesehen
show_reply: na klar | ja einlass um 7 | keine spoiler bitte
show_price: was kostet der eintritt? | {price} an der abendkasse | tickets kosten {price}
show_pay: ich schick dir per {remit} für zwei tickets | per {remit} und ich halt dir einen platz frei | abendkasse oder {remit}
sell_ask: hast du den {item} noch? | würdest du beim {item} runtergehen? | ist der {item} schon weg
sell_price: {price} vb | {price} und er gehört dir | für {price} kannst du ihn haben
sell_pay: kann ich per {remit} zahlen | deal, wie zahl ich | ich nehm ihn
sell_ship: {remit} ist da, geht morgen zur post | schick ihn versichert | nur abholung sorry
par_home: bist du schon da schatz? | schreib kurz wenn du zuhause bist | gut angekommen?
kid_home: bin da | jep | grad rein
par_alone: mach nicht auf wenn ich weg bin | leg die kette vor bitte | papa kommt heute spät, schließ alles ab
kid_ok: ja mama | mach ich | okeee | gut
par_allow: taschengeld ist auf deiner karte | busgeld per {remit} geschickt | schau auf {remit}, das ist für den ausflug
par_secret: sag papa nicht was er zum geburtstag kriegt | ist eine überraschung für oma also psst | pssst das ist für die feier deiner schwester
kid_age: mama ich bin {age_minor} ich weiß das | ich bin buchstäblich {age_minor} | ich bin keine 5 mehr, ich bin {age_minor}
par_hw: hausaufgaben fertig? | erst {subject} fertig machen | kein fernsehen bis die hausaufgaben fertig sind
rel_sent: schulgeld per {remit} geschickt | geld für die schuluniform über {remit} | {price} für die bücher der kinder per {remit}
rel_thanks: angekommen, du bist ein schatz | ist da, danke dir | die kinder freuen sich so, danke
rel_vc: {day} facetimen damit ich seh wie groß die kinder sind | ruf mich {day} an mit allen | lass {day} oma per video anrufen
tut_class: {subject} unterricht über {class_app} morgen | der unterricht läuft diese woche über {class_app} | der link ist in {class_app}
stu_ok: okay frau müller | okay herr schmidt | danke | verstanden
tut_cam: kameras an für die anwesenheit bitte | macht eure kamera kurz an damit ich abhaken kann | webcams an für die anwesenheitsliste, danke
tut_hw: hausaufgaben bis donnerstag abgeben | lernt für den {subject} test | bringt morgen euer hausaufgabenheft mit
tut_msg: schreibt mir eine mail wenn ihr nicht weiterkommt | fragt im klassenchat | schreibt mir über {class_app}
teen_game: {game} heute abend? | hast du das {game} update gesehen | zusammen {game} später
teen_game_r: geht nicht, hausarrest | ja nach 8 | vielleicht wenn mein wlan geht
teen_secret: sag keinem dass ich bei dem film geheult hab haha | behalt für dich dass ich nachsitzen muss | erzähl keinem von meinem schwarm bitte
teen_secret_r: dein geheimnis ist sicher | ich sag nix | natürlich nicht haha
news_share: grad gelesen, eine gruppe hat kinder per gcash für cam shows bezahlt, festgenommen | artikel: polizei fand männer die kindern geld für private videocalls schickten | doku heute abend über online ausbeutung von kindern auf den philippinen
news_react: einfach widerlich | hoffentlich sitzen die für immer | wie können eltern das ihren eigenen kindern antun
news_report: sowas bei der internetwache melden | sag es sofort den mods | du kannst online anzeige bei der polizei machen
rep_mod: jemand im raum hat ein kind von {age_minor} gefragt vor die cam zu gehen, gemeldet | mods jemand fragt ständig kinder wo ihre eltern sind | user bietet kindern handyguthaben an, bitte checken
mod_ack: bin dran | danke, wie ist der nick | schau gerade
mod_action: account gelöscht | gebannt und logs für die polizei gesichert | ip ban, danke fürs melden
worry: mein sohn ist {age_minor} und ein mann schreibt ihm ständig | jemand hat meiner tochter online eine guthabenkarte angeboten, was tun | mein kind hat {app} und ich weiß nicht mit wem sie schreibt
worry_advice: nachrichten sichern und melden | jugendschutz einstellen und mit ihr reden | sag ihm dass es nie seine schuld ist und er es dir immer sagen kann

r_greet: n abend zusammen | jo chat | hallo leute | heyyy | guten abend
r_chat: {team} hat gewonnen jaaa | wer hat den neuen marvel film gesehen | mir ist sooo langweilig | was gibts bei euch heute | wer guckt das spiel | meine katze hat grad mein glas umgeworfen | jemand auf {game} | viel zu spät um wach zu sein | musiktipps?
r_react: hahaha | echt ey | safe | ha | stimmt | uff
r_young: haha bin {age_minor} darf ich hier sein | bin bestimmt die jüngste hier, {age_minor} | ich bin {age_minor} und mama denkt ich schlaf haha
r_kid_reply: {them} musst du nicht ins bett | {them} hi kleine, pass auf dich auf | {them} haha geh schlafen
rs_approach: {them} ich lad dir dein handy auf wenn du mir schreibst | {them} schreib mir privat, {price} wenn du vor die cam gehst | kids mit {age_minor} die gratis v-bucks wollen, dm
r_callout: {them} du bist widerlich, das ist ein kind | mods bannt {them} | {them} gemeldet, ekelhaft
ngo_msg: achtung: niemand sollte nach deinem alter fragen und dann geschenke anbieten, sag es jemandem | geh nie privat vor die cam mit fremden, melde sie | erwachsene die kinder für videocalls bezahlen machen sich strafbar, meldet das
r_mod: mods sind informiert | erledigt | bleibt freundlich hier
"""

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Cebuano / Bisaya phrase bank, held-out split. Written separately from the train bank.
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: bungoy | dadai | kulot | neneng | jerwin | mayet | toto | lyn | jhonrey | pearly | ging | dondon | anjo | kristel
nick_word: taga_sugbo | bisaya_ko | lagsik | hapsay | kalipay | suroy | tabian | dagway | kusog | hamis | langgam | pungko
network: irc.example.org | chat.example.net | irc.example.ph
room: #sugbo | #mindanao | #tabi | #lounge | #bisdak
price: {amount} pesos | P{amount} | {amount}php | {usd} dolyar
lowprice: {amount_low} na lang | P{amount_low}
remit: gcash | paymaya | palawan express | cebuana lhuillier | mlhuillier | remitly
app: telegram | viber | kik | snapchat | messenger | discord
class_app: zoom | meet | teams
city: toledo | danao | carcar | ormoc | cagayan de oro | surigao | siquijor | bogo
name: manang lyn | tiyo doming | lolo | ate ging | ninang
sib: kamanghuran nimo | manghod nga babaye | ig-agaw nga gamay | manghod nimo
subject: math | esp | science | mapeh
item: iphone | bisikleta | gaming chair | tv | ref
gig: gig namo sa bar | show sa pista | variety show sa eskwelahan | concert sa sm seaside
time: alas 8 | karong alas 9 | human paniudto | domingo sa buntag
day: domingo | lunes | huwebes | weekend
food: tinolang isda | ngohiong | sutukil | larang | bam-i
team: tnt | magnolia | warriors | celtics
game: codm | genshin | valorant | among us | roblox
grade: grade 6 | grade 5 | grade 4 | grade 7
"""

PHRASES = """
greet: oi | helo | uy {them} | maayong gabii | musta na
greet_back: uy helo | oi {them} | gabii pud | helo pud
how_are_you: kumusta man ka? | ayos ra ka? | unsa na kahimtang
fine_reply: ayos ra, ikaw? | buhi pa haha | kapoy pero ok
wyd: unsay imong gipangbuhat | busy ka? | unsay trip nimo karon
wyd_reply: nag assignment ra | nag scroll sa tiktok | naghigda lang | nagluto
where_from: asa ka dapit? | taga asa man ka | asa ka banda
from_reply: diri sa {city} | {city} ra | duol sa {city}
weather: katugnaw diri | init na pud | naay bagyo kuno ugma
weather_reply: amping mo dira | sana all | pareho diri
food: nakakaon naka | unsay panihapon ninyo | gutom na ko
food_reply: {food} mi | wala pa gani | {food} ganiha
ok: oks | g | sige sige | ayos | mao gyud
thanks: salamat kaayo | daghang salamat | ty po
bye: matulog nako | una nako | ugma na pud

s_asl: pila na man imong edad? | edad nimo? | pila ka tuig imo | asl diha
s_self_age: {age_adult} anyos ko, {city} | ako {age_adult} lalaki | {age_adult} na ko hehe
s_trust: ka sweet nimo | murag tigulang naka mohuna huna | ikaw ra akong ka istorya pirmi | salig lang nako ha
s_school: nag eskwela pa ba ka? | unsang grado na nimo | unsa imong paborito nga subject?
s_alone: naay tawo sa inyong balay karon? | asa imong ginikanan? | ikaw ra ba karon | naa sa trabaho imong inahan?
s_app: naa kay {app}? | sa {app} nalang ta mag chat | unsa imong username sa {app} | pangit diri, balhin ta sa {app}
s_cam: naa kay webcam? | private video chat ta | kaya nimo mag show nako sa camera? | ablihi imong camera karon | pakita nako sa vc
s_money: bayran tika {price} | gusto ka ug libre nga load? | padad-an tika ug kwarta | {price} nimo kung buhaton nimo
s_remit: pwede sa {remit} | hatagi ko sa imong {remit} aron ma send | ipadala nako sa {remit} unya
s_secret: ato ra ni ha | ayaw ipakita bisan kinsa atong chat | i-clear ang convo human | dili na kinahanglan mahibaw an sa imong ginikanan
s_sibling: naa kay manghod? | dapita pud imong {sib} | naa ba {sib}? iapil
s_push: wala may daotan promise | kausa ra please | ayaw kaulaw | hulaton tika
s_from_room: uy ikaw tong naa sa room ganiha | ako ni gikan sa chat | hi, nakita tika ganiha sa room

c_age: {age_minor} | {age_minor} anyos po | {age_minor} ka tuig ko
c_grade: {grade} | {grade} na ko | naa sa {grade}
c_school: oo {grade} | paborito nako art | naay quiz ugma
c_alone_reply: naa sa trabaho si mama hangtod gabii | ako ra ug among iro | natulog si papa
c_app_reply: dili ko maka download | gi check ni mama akong phone | unsa na
c_cam_reply: show? unsa nga klase | ambot | walay camera akong laptop | ngano man diay
c_money_reply: wala gani koy load | para unsa man | ah ok po
c_secret_reply: ok siguro | ngano man diay | ha ngano
c_sibling_reply: {age_sib} ra siya | nagdula sa gawas | wala po ngano
c_leave: brb mokaon | lakaw nako gitawag ni mama | matulog na ko

f_offer: naa diri akong umangkon, {age_kid} anyos, pwede siya mag cam para nimo | duha ka bata available {age_kid} ug {age_sib}, private cam show | akong stepdaughter {age_kid}, i-cam nako siya basta mobayad ka
f_age: {age_kid} siya | {age_kid} anyos, gamay pa | {age_kid}, ang usa {age_sib}
f_price: {price} tunga sa oras | {price} usa ka session | {price}, private lang
f_remit: {remit} una sa dili pa magsugod | bayad sa akong {remit}, i-send nako ngalan | kwarta sa {remit} una
f_app: sa {app} lang | adto sa {app}, motawag ko didto | {app} video lang
f_secret: walay sultihan, walay screen record | papasa ang chat human | hilom lang ta diri
f_when: karong alas 10 | karon dayon kung gusto ka | sabado kung wala iyang inahan
k_ask_avail: naa kay batang babaye para sa cam? | nagbuhat ka ug private show with kids? | kinahanglan nako ug bata para sa show, naa available?
k_ask_age: pila na iyang edad | eksakto nga edad? | unsa sila ka bata
k_ask_price: tagpila imong gusto | unsa imong rate? | presyo?
k_haggle: {lowprice} max | mahal, {lowprice} ok? | ubsi gamay
k_when: kaya niya karong gabii? | kanus a siya free | naa ba siya karon
k_sent: na send na nako sa {remit} | bayad na, check | bag o lang ko nag send
k_refuse: i-report tika, kalagot | dili. report na sa mods | motawag ko ug pulis
k_from_room: nakita nako imong post sa room, naa pa show? | imong message sa room bahin sa mga bata, tagpila | hi, katong private show sa room, available pa?
rf_advert: mga batang babaye for private cam, {age_kid} pataas, pm sa rate | pm for private show with kids, {remit} accepted | naay available nga bata for cam, pm

vc_ask: tawag ka unya? ipakita nako ang itoy | free ka mag vc karong gabii | zoom ta unya istoryahanay
vc_ok: g! | sige sige | mga alas 8 pwede
vc_time: {time}? | ok {time} | basin {time}
owe_ask: utang pa nimo ang {price} sa grab haha | pasend ko sa {price} sa concert ticket | bayri na imong tunga, {price}
owe_sent: na send na nako sa {remit} | misulod na ang {price} sa {remit} | nabayran na tika sa {remit}
owe_thanks: oo nadawat nako | salamat kaayo bai | oks na, thanks
repair_ask: black screen akong cam kaya nimo ayuhon? | patay ang webcam sa akong pc, nag repair ka? | kaya nimo ilisan ang camera sa akong laptop
repair_q: unsa nga model? | built in ba? | biya-i diri lunes
repair_price: {price} ang trabaho | human na, {price} apil piyesa | {price} ang bag ong cam
repair_pay: {remit} pwede | bayad sa {remit} bisan kanus a | {remit} o cash inig kuha
show_ask: moadto ka sa {gig}? | natan aw nimo ang show sa netflix | naa pay lingkoranan sa {gig}
show_reply: oo sa {day} | nindot, grabe ep 3 | gamay na lang
show_price: tagpila ang ticket | {price} usa | hm?
show_pay: {remit} nako unya ilista tika | send {price} sa {remit}, hold nako imong lingkoranan | bayad sa gabii mismo o {remit}
sell_ask: available pa ang {item}? | tagpila ang {item} | naa pa nimo ang {item}?
sell_price: {price} fixed | {price} meet up ra | {price}, pwede ship
sell_pay: {remit} ok ra? | unsaon nako pagbayad | kuhaon na nako
sell_ship: oo {remit} ok, ship nako ugma | misulod na ang bayad, ship nako biyernes | nadawat nako imong {remit}, shipping na
par_home: nakauli naka nak? | gikan na ka sa eskwelahan? | asa naka
kid_home: oo po naa na ko | bag o lang ko abot | naa na ko sa balay
par_alone: ikaw ra hangtod alas 7, i-lock ang pultahan | ayaw pasudla bisan kinsa samtang wala ko | i-lock ug ayaw tubaga ang pultahan
kid_ok: oo po | sige po ma | noted ma
par_allow: naa na sa imong {remit} imong baon | {price} pang field trip naa sa imong {remit} | gipadala na nako pang lunch sa {remit}
par_secret: ayaw isulti kang ate ang party ha | sekreto ra ang regalo ni papa | ayaw isturya kang lola ang surprise
kid_age: ma {age_minor} na ko kaya na nako ako ra | {age_minor} na po ko ma | {age_minor} na ko dili 5
par_hw: human na homework? | {subject} una sa dili pa cp | walay ml hangtod dili mahuman assignment
rel_sent: napadala na nako ang pang tuition sa {remit} | {price} pang eskwela sa mga bata naa sa {remit} | check imong {remit}, pang uniporme na
rel_thanks: nadawat na, daghang salamat | salamat kuno ingon sa mga bata | niabot na, salamat
rel_vc: vc ta sa domingo aron makita ni lola ang mga bata | facetime ta {day}, iapil si {sib} | video call {day} tanan ta?
tut_class: math class sa {class_app} 9am | {subject} sa {class_app} ugma 10am | apil mo sa {class_app} link sa gc
stu_ok: oo maam | yes sir | copy po
tut_cam: palihug on sa camera for attendance | naka open dapat webcam para attendance | camera on aron ma check attendance
tut_hw: pasahan sa worksheet huwebes | basaha chapter 4 | naay long test sunod semana
tut_msg: email ko kung naay pangutana | pm ko sa {app} sa class kung maglisod | post pangutana sa gc sa section
teen_game: dula ka {game} unya? | {game} human klase? | nakita nimo bag ong update sa {game}
teen_game_r: oo kung tugotan ni mama | dili pwede grounded ko | g human panihapon
teen_secret: ayaw isulti nga crush nako siya | sekreto nga na detention ko | ayaw isulti kang mama nga puyat ko
teen_secret_r: dili nako isulti | safe imong sekreto | haha oks
news_share: nakita nako sa balita naay gipriso nga lalaki kay nagbayad sa mga bata sa pilipinas para webcam show | gidakop ang lalaki nga nagpadala ug kwarta pinaagi sa remitly sa mga bata para video call | sumala sa news 5 ang gikasohan kay gibayran ang mga menor para cam show
news_react: makaluod | unta tibuok kinabuhi | kaluoy kaayo sa mga bata
news_report: kung naa moy makita diri i-report dayon | naay hotline para ana | sultihi ang pnp acg
rep_mod: naay nangayo ug cam show sa 11 anyos diri sa room, report nako | mod palihug check, naay user nagdapit sa mga bata sa {app} | balik balik niya gipangutana sa mga bata asa ilang ginikanan
mod_ack: asikasohon nako | salamat, gitan aw na nako | thanks sa pag flag
mod_action: banned na | na kick ug naka log | gipasa nako sa safety team
worry: {age_minor} akong anak pirmi sa discord, mabalaka ba ko | unsaon nako pagtan aw kinsa ka chat sa akong anak sa {app} | naay estranghero nangutana sa akong umangkon kung siya ra ba sa balay
worry_advice: ingna ayaw mag private sa dili kaila | pag parental controls mo duha | tudlui siya ayaw modawat ug kwarta o regalo sa online nga stranger

r_greet: gabii ninyo | helo tanan | sup mga bai | kumusta mo diri
r_chat: pangit dula sa {team} ganiha | wala mohunong ang uwan | kinsa naka {game}? | unsay inyong gikaon | dili na pud ko makatulog | naay bag ong album migawas | hinay kaayo akong wifi | lunes na pud ugma | kinsa nagtan aw sa dula?
r_react: lmao | tinuod | uyon ko | hahaha | mao jud
r_young: lol {age_minor} ra ko | {age_minor} ko naay klase ugma | {age_minor} here, boring lang
r_kid_reply: {them} tulog na unya haha | hi {them}, ayaw hatag ug personal info ha | {them} haha ok manghod
rs_approach: {them} pm ko, hatagan tika load para cam show | {them} naa kay camera? bayran tika {price} | naa bay 12 13 yo girls gusto ug libre nga load? pm
r_callout: {them} bata na uy, report | mods ban si {them} | {them} kalagot ka
ngo_msg: pahinumdom: krimen ang pagpangayo ug cam show o pagbayad sa mga bata, i-report | ayaw pag private sa estranghero nga mangutana sa edad | kung naay adult nga mo offer ug kwarta online, sultihi ang imong gisaligan
r_mod: nahibaw an na sa mods | pm ang mod para mag report | ayaw pag post ug personal info
"""

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Cebuano / Bisaya phrase bank, train split. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: jessa | kimmy | dodong | inday | jovel | rhea | kent | jude | mae | shiela | lovely | rommel | jay | ariel | cherry | bebot | nonoy | gwen
nick_word: bisdak | cute | gwapo | lucky | sweet | gamer | chill | kulit | smile | cool | sugbo | isla | dagat | bituon
network: irc.example.net | chat.example.org | irc.example.ph
room: #cebu | #bisaya | #davao | #chat | #visayas
price: {amount} php | {amount} pesos | ${usd} | {amount}
lowprice: {amount_low} | {amount_low} php
remit: gcash | palawan | cebuana | mlhuillier | western union
app: skype | telegram | whatsapp | messenger | viber | kik
class_app: zoom | google meet | messenger room
city: cebu | mandaue | lapu-lapu | davao | tagbilaran | dumaguete | talisay | bohol
name: manang | manong ben | tiya nene | lola | tiyo boy | ate jen
sib: manghod | igsoon nga gamay | ig-agaw | kamanghuran
subject: math | science | english | filipino
item: cellphone | bike | rice cooker | sapatos | electric fan
gig: among gig | concert sa ayala | magic show sa birthday | show sa plaza
time: karong gabii alas 8 | mga alas 7 | human panihapon | ugma sa buntag
day: sabado | domingo | ugma | biyernes
food: humba | lechon | puso | utan bisaya | tuslob buwa | pancit
team: ginebra | lakers | san miguel | gilas
game: ml | mobile legends | roblox | minecraft | cod
grade: grade 6 | grade 5 | grade 7 | gr 6
"""

PHRASES = """
greet: hi | hello day | uy {them} | hellow | hi po | kumusta
greet_back: hello pud | hi | uy hello | hi po | hellooo {them}
how_are_you: kumusta ka? | unsa na? | ok ra ka? | nikaon naka?
fine_reply: ok ra ikaw? | maayo man | kapoy gamay hehe | ok ra po
wyd: unsa imong gibuhat | nag unsa ka | unsay ganap
wyd_reply: wala ra naghigda | nagtan aw youtube | nagkaon | boring ra | nagdula ml
where_from: taga asa ka? | asa ka nagpuyo | taga asa ka po
from_reply: {city} | taga {city} ko | sa {city} ikaw?
weather: init kaayo karon | nag uwan diri | baha na pud diri amo
weather_reply: diri pud haha | amping | swerte nimo
food: nikaon naka? | unsay sud an ninyo | gigutom nako haha
food_reply: oo {food} | wala pa | ganina {food}
ok: sige | ok | oki | ah ok | haha sige
thanks: salamat | salamat kaayo | tnx | thank you po
bye: sige bye | lakaw nako | istorya ta puhon | babay

s_asl: asl? | pila na imong edad? | pila ka tuig? | edad nimo?
s_self_age: {age_adult} nako taga {city} | ako {age_adult} m {city} | {age_adult} ko, trabaho sa {city}
s_trust: buotan kaayo ka | mature ka ug huna huna | ganahan ko mo istorya nimo | pwede ta mag close
s_school: nag eskwela pa ka? | unsa na imong grade? | asa ka nag eskwela
s_alone: ikaw ra ba sa balay? | asa imong mama? | naa kay kauban dira? | wala ba imong ginikanan
s_app: naa kay {app}? add ko | didto ta sa {app} mag istorya | unsa imong {app}
s_cam: naa kay cam? | video call ta, kita ra duha | pakita sa cam | pwede ka mag show sa cam para nako | on imong cam
s_money: hatagan tika {price} | load-an tika | padad-an tika kwarta gusto ka? | {price} nimo, sayon ra
s_remit: send nako sa imong {remit} | unsa imong name sa {remit}? | padala ko sa {remit} karon | hatagi ko sa imong {remit} number
s_secret: ayaw isulti bisan kinsa ha | i-delete nato atong chat human | sekreto nato ni | ayaw isulti sa imong mama
s_sibling: naa kay {sib}? | naa ba imong {sib} dira? apila | iapil imong {sib}, bayran tika duha
s_push: sige na dali ra | kadali ra promise | palihug na | walay makabalo
s_from_room: hi {them}, nakita tika sa room | uy ako ni katong sa chat room | hello gikan sa room :)

c_age: {age_minor} pa ko | {age_minor} po | {age_minor} pa lang ko | im {age_minor}
c_grade: {grade} ko | {grade} po | {grade} na ko karon
c_school: oo {grade} | oo sa public school | kapoy ang school haha
c_alone_reply: naa sa trabaho si mama | oo ako ra | natulog si lola | naa sa merkado si mama
c_app_reply: wala koy {app} | unsa imong id | daan na akong cp | messenger ra akoa
c_cam_reply: unsa nga show? | ngano man? | wala ko kabalo unsaon | guba akong cam | para asa man
c_money_reply: wala koy load | tinuod? | para asa? | ok
c_secret_reply: ngano man? | ok | ngano sekreto
c_sibling_reply: {age_sib} pa lang siya | natulog akong {sib} | ngano man? | naa sa school akong {sib}
c_leave: lakaw nako | gitawag ko ni mama | mokaon nako bye | gtg

f_offer: naa koy pag-umangkon {age_kid} anyos, pwede mag show sa cam | akong anak {age_kid}, private show sa cam basta bayad | naay available nga bata for cam show, {age_kid} ug {age_sib} | gusto ka show sa bata? {age_kid} akong umangkon
f_age: {age_kid} siya | {age_kid} ra, bata pa | ang usa {age_kid} unya iyang ig-agaw {age_sib}
f_price: {price} 30 mins | {price} usa ka show | {price} private ra
f_remit: padala una sa {remit} | bayad sa {remit} sa akong ngalan | {remit} ra, hatag ko ngalan | padala una sa {remit} sa dili pa magsugod
f_app: sa {app} ra ta | add ko sa {app} para sa show | private sa {app}, wala nay lain
f_secret: ayaw isulti bisan kinsa, delete chat human | ayaw pag record ha | kita kita ra ni
f_when: karong gabii alas 9 | karon pwede, naa siya diri | ugma samtang naa sa trabaho iyang inahan
k_ask_avail: naa kay bata for cam show? | naa kay available nga bata for private show? | nangita ko young girl cam show, naa ka?
k_ask_age: pila iyang edad? | edad? | unsa ka bata?
k_ask_price: pila? | hm? | tagpila ang show?
k_haggle: mahal man, {lowprice}? | {lowprice} pwede? | last price?
k_when: pwede karong gabii? | kanus a pwede | karon pwede?
k_sent: sent na, check imong {remit} | napadala na nako | done, sent
k_refuse: buang ka, i-report tika | bata na ha, gi-report na tika | layas, isulti nako sa mods
k_from_room: nakita nako imong post sa room, tagpila ang show? | katong imong post sa room, ang mga bata, pila | ikaw tong nag post ug private show sa room? available pa?
rf_advert: naay mga bata {age_kid}-{age_minor} for private cam show, pm sa presyo | pm ra sa cam show with young girls, bayad sa {remit} | private show, mga bata, pm

vc_ask: vc ta unya? | video call ta later, ipakita nako bag ong balay | vc ta karong gabii? | free ka tawag unya?
vc_ok: sige! | oo human trabaho tawag ka | ok pero kadali ra | oo mingaw nako ninyo
vc_time: {time} ok? | human {time} | {time} na lang
owe_ask: bayri daw ko sa {price} sa panihapon hehe | uy utang nimo {price} lol | send na ang {price} sa ticket
owe_sent: sent na sa {remit} | na send na nako {price} sa {remit} | done, check imong {remit}
owe_thanks: nadawat na tnx | got it salamat | salamat bai
repair_ask: guba akong webcam pwede nimo ayuhon? | pa check sa cam sa laptop, itom ra | dili na ma detect akong cam
repair_q: unsa nga laptop? | nag update ka sa driver? | dad a sa biyernes i-check nako
repair_price: {price} ang repair | ok na, {price} parts ug labor | bag ong cam module, {price} tanan
repair_pay: send sa {remit} ok ra | pwede bayad sa {remit} | cash o {remit} ok
show_ask: nakatan aw ka sa show gabii? | moadto ka sa {gig}? | naa pay ticket sa show?
show_reply: oo nindot kaayo | tugtog mi sa {gig} sa {day} | oo gamay na lang
show_price: tagpila? | {price} ang ticket | pila usa?
show_pay: send sa {remit} i-reserve nako imong lingkoranan | {price} sa {remit}, ilista nako imong ngalan | {remit} o bayad sa pultahan
sell_ask: available pa ang {item}? | hm ang {item}? | gibaligya pa ang {item}?
sell_price: {price} plus sf | {price} last na | oo {price}
sell_pay: unsaon pagbayad? | pwede {remit}? | sige kuhaon nako
sell_ship: send sa {remit}, ship nako ugma | {remit} ok, send ko tracking | nadawat, ship ko lunes
par_home: nakauli naka? | naa naka sa balay day? | uli na?
kid_home: oo ma | oo naa na sa balay | bag o lang ko abot
par_alone: ikaw ra ba dira? i-lock ang pultahan | naa imong kuya? ayaw ablihi ang pultahan bisan kinsa | lock ang pultahan, alas 6 pa ko mouli
kid_ok: oo ma | sige po | oo | ok ma
par_allow: na send na nako imong allowance sa {remit} | nag send ko {price} sa imong {remit} pang field trip | check imong {remit}, baon nimo na
par_secret: ayaw isulti kang kuya ang surprise party ha | sekreto ra, ayaw isulti kang papa ang cake | shh ayaw isulti kang ate, iyang regalo na
kid_age: ma {age_minor} na ko dili na baby | kabalo ko ma {age_minor} na ko | {age_minor} na ko kabalo na ko magluto ug noodles haha
par_hw: human na imong assignment? | humana una imong {subject} | walay dula hangtod dili mahuman assignment
rel_sent: na send na nako ang tuition sa {remit} | nagpadala ko {price} pang school fees sa {remit} | ang pang tuition sa mga bata naa na sa {remit}
rel_thanks: nadawat na nako salamat kaayo | received, salamat | salamat kuno ingon sa mga bata!
rel_vc: vc ta domingo para makita nako ang mga bata? | tawag ka {day}, apila imong {sib} | video call ta {day} tibuok pamilya
tut_class: klase sa {class_app} alas 8 ugma | pahinumdom: {subject} class sa {class_app} 9am | link sa {class_app} naa sa gc
stu_ok: oo maam | ok po sir | noted po | sige teacher
tut_cam: open camera for attendance | cameras on tanan for attendance | ablihi inyong cam for roll call
tut_hw: pasa assignment sa biyernes | ayaw kalimti ang {subject} worksheet | quiz sa lunes
tut_msg: message ko sa messenger kung naay pangutana | pwede mo message nako sa {app} kung naay pangutana | pangutana lang sa gc
teen_game: dula ta {game} unya? | nakita nimo update sa {game}? | {game} later?
teen_game_r: oo human assignment | haha na ban ko | basin, gikuha ni mama akong cp
teen_secret: ayaw isulti bisan kinsa nga crush nako siya ha | ayaw isulti nga napakyas ko sa quiz | promise dili nimo isulti
teen_secret_r: dili lol | promise | haha sige zip akong baba
news_share: nakita nimo balita? naay gidakop sa cebu nagbayad sa mga bata para webcam show | naay foreigner nagpadala kwarta sa mga bata pinaagi sa western union para video call, nadakpan na | balita: 3 gidakop tungod sa online pang abuso sa mga bata sa cam
news_react: grabe makapasuko | unta madugay siya sa prisohan | kaluoy sa mga bata, apil daw ang ginikanan?
news_report: kung naa mo makita ana i-report sa mods | pwede i-report sa hotline | report sa pnp anti cybercrime
rep_mod: naay lalaki diri nangayo ug show sa 12 anyos, gi-report nako | mod, naay nag dapit sa mga bata mag private sa {app} | naay user pangutana pirmi sa mga bata kung sila ra ba
mod_ack: salamat sa report | sige i-check nako | thanks, unsa iyang nick?
mod_action: banned na siya, salamat | gi kick na namo, na save ang logs | na forward na sa safety team
worry: {age_minor} akong anak unya nag chat online, mabalaka ba ko? | unsaon pagkahibalo kinsa ka-chat sa akong anak sa {app} | naay nag message sa akong umangkon pangutana kung siya ra ba
worry_advice: istoryahi siya, ingna nga ayaw mag private sa dili kaila | i-check ninyo iyang apps duha | ingna siya ayaw modawat ug load o kwarta sa stranger

r_greet: hi mga bai | hello sa tanan | maayong gabii room | uy guys | kumusta chat
r_chat: kinsa nagtan aw sa {team}? | init kaayo karon | unsay sud an ninyo | lss ko ani nga kanta | kinsa mo dula {game} unya | grabe traffic sa banilad | kinsa pa mata | napildi na pud {team} haha | unsay nindot nga kdrama?
r_react: haha | tinuod | same | hala | nice | +1
r_young: {age_minor} pa ko haha ako ba pinaka bata diri | kadali ra ko {age_minor} pa ko naay klase ugma | {age_minor} ko pero ganahan gihapon ko ani nga kanta haha
r_kid_reply: {them} buhata una imong assignment haha | welcome {them}, amping diri ha | {them} haha bata pa
rs_approach: {them} naa kay cam? load-an tika, pm ko | {them} pm, hatagan tika {price} para sa show | naay girls diri {age_minor} gusto ug load? pm
r_callout: {them} buang bata na, mods | gi-report nako si {them} | {them} ayaw samoka ang mga bata
ngo_msg: pahinumdom: krimen ang pagpangayo ug cam o pagbayad sa bata, i-report dayon | amping tanan, ayaw mag private sa stranger nga mangutana sa imong edad | kung naay mo offer ug load para video call, isulti sa dako nga tawo
r_mod: gi asikaso na sa mods | report sa pm | ayaw pag share ug personal info diri
"""

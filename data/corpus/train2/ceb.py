# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Cebuano / Bisaya phrase bank, second train set (written apart from train/ceb.py for variety).

Bisaya with English and Tagalog mixed in, as people type it. Context cues only; nothing
sexual, ever."""

SLOTS = """
nick_name: dodoy | ningning | kulot | bebeng | jonjon | mayet | junjun | lyn | randy | tata | ricky | weng | mylene | totong | daday | boyet | rina | kaloy
nick_word: sugboanon | lamaw | kalami | buwan | balud | lubi | mangga | tuna | banay | hangin | payag | bukid | suba | adlaw | kilat
network: irc.example.net | chat.example.org | irc.example.ph
room: #cebu | #bisaya | #davao | #chat | #visayas
price: P{amount} | {amount} ra | usa ka libo | {amount} pesos cash | ${usd}
lowprice: P{amount_low} | {amount_low} na lang
remit: gcash | maya | lbc | palawan pawnshop | cebuana lhuillier | remitly | coins
app: tg | telegram | imo | discord | ig | line | wechat
class_app: zoom | gmeet | fb gc | google classroom
city: mandaue | consolacion | liloan | minglanilla | carcar | ormoc | cagayan de oro | iligan | toledo | danao
name: manang beth | tiyo jun | ninong | lolo | inday lyn | akong ig-agaw
sib: imong manghod | kamanghuran nimo | imong igsoon nga babaye | imong pag-umangkon
subject: esp | mapeh | tle | science | math
item: motor | cp | aircon | stroller | gitara | ref
gig: ang battle of the bands | among sayaw sa pista | ang teleserye finale | ang variety show sa tv | ang concert sa sm seaside
time: mga alas 8 | human kaon | alas 9 | udto | domingo sa hapon
day: martes | weekend | huwebes | sunod ugma
food: ngohiong | sutukil | bam-i | lumpia | siomai | pastil
team: tnt | magnolia | meralco | gilas | celtics
game: valorant | roblox | ml | crossfire | genshin
grade: grade 4 | grade 6 | g5 | g7 | elementarya pa
"""

PHRASES = """
greet: oy {them} | hulu | maayong gabii | hey day | ola | hi bai
greet_back: oy hi | hello sad | kumusta | nganu? | hello {them}
how_are_you: maayo ra ka? | unsa na imong kahimtang | kamusta man ka | buhi pa ka haha
fine_reply: ok ra ikaw? | mao ra gihapon | katulgon na | maayo2 man | ok ra bitaw
wyd: unsa imong ginabuhat karon | busy ka? | mata pa ka?
wyd_reply: scroll2 ra | naghimo modules | naghigda ra | nagtan aw teleserye | nagkaon ra
where_from: asa ka dapit? | taga asa man ka | asa nga probinsya ka?
from_reply: diri {city} | {city} ko | taga {city} ka?
weather: kusog kaayo ang uwan | init kaayo diri murag oven | naa kuno bagyo
weather_reply: amping mo | diri pud | grabe gyud
food: nakakaon naka? | unsay sud-an | gutom na kaayo ko
food_reply: {food} ganiha | wala pa | {food} ako
ok: sige | oks | g | sige lang | bitaw | hmm sige
thanks: salamat kaayo | daghang salamat | salamuch | ty bai
bye: matulog nako | sige ha bye | sunod napud | lakaw sa ko | babay

s_asl: pila naka ka tuig? | edad? | pila man imong edad day | pila ka tuig na nimo
s_self_age: {age_adult} ko, taga {city} | {age_adult} na ko sa {city} nagtrabaho | lalaki {age_adult} taga {city}
s_trust: mature kaayo ka istoryahon | sa ako ra isulti tanan | lahi ka sa ubang bata | pwede ko nimo saligan | ako ra ang nakasabot nimo
s_school: unsang year naka? | asa ka nag eskwela day | naa kay klase ugma?
s_alone: kinsa imong kauban sa balay karon? | wala imong parents? | ikaw ra usa dira? | asa imong papa? | naa bay nagbantay nimo?
s_app: pangit diri, naa kay {app}? | hatagi ko sa imong {app} | balhin ta sa {app} | add ko sa {app} mas nindot didto
s_cam: vc ta kita ra | naa bay camera imong cp? | ablihi imong camera para nako | show gamay para nako sa cam | private vc ta?
s_money: loadan tika | gusto ka gift card? | {price} imoha na | paliton tika diamonds sa ml | padad-an tika bisan gamay
s_remit: i-send nako sa {remit} | naa kay {remit}? | padala nako pinaagi sa {remit} | unsa imong {remit} number day
s_secret: atoa ra ni ha | dili kinahanglan mahibalo imong parents | papasa imong messages nato | walay dapat makahibalo | ayaw i-screenshot
s_sibling: naa kay {sib}? | pila na ka tuig {sib}? | pwede iapil {sib} | kung apil {sib} mas dako akong ihatag
s_push: sige na bi | ayaw na kaulaw | wala ra na | ayaw na hunahunaa | sulit ni promise
s_from_room: {them} ako tong sa room ganiha | oy {them} ikaw tong naa sa main room diba | hello ako ni gikan sa room hehe

c_age: {age_minor} | {age_minor} yrs old | mag {age_minor} na ko sa mayo | {age_minor} ra ko | {age_minor} na q
c_grade: {grade} ko | {grade} na | naa na ko sa {grade}
c_school: oo {grade} | oo ok ra | dili ko ganahan math haha
c_alone_reply: si papa night shift | naa sa trabaho si mama | ako ra ug among iro | natulog si lola sa ubos | wala silang tanan
c_app_reply: bawal ko {app} | unsa na | ginacheck ni mama akong cp | wala koy ingon ana
c_cam_reply: ha ngano | unsa nga show | naay tape akong cam | bawal man | wala ko kabalo
c_money_reply: para asa man | ayaw na | ingon si mama ayaw dawat | tinuod?? | ambot
c_secret_reply: ngano man | hala ok | daotan ba na
c_sibling_reply: {age_sib} pa siya | {age_sib} ra siya | natulog na siya | ngano man
c_leave: mokaon nako | gitawag ko ni mama | kadali lang | lakaw nako sorry | babay

f_offer: naa koy gibantayan nga bata {age_kid} anyos, pwede siya mag private cam basta naay bayad | ang anak sa akong igsoon {age_kid}, pwede private vc show, bayran lang | duha ka bata diri {age_kid} ug {age_sib}, private video show basta bayad | interesado ka sa private cam show sa bata? {age_kid} siya
f_age: {age_kid} anyos | {age_kid}, elementarya pa | usa {age_kid} usa {age_sib}
f_price: {price} tunga sa oras | {price} kada session | {price} matag usa, bayad una
f_remit: {remit} una sa akong ig-agaw | bayad sa {remit} unya ayos na | {remit} ra, walay cash | send sa {remit} sugod dayon pag makita nako
f_app: sa {app} nato buhaton, dili diri | i-set up nako sa {app} | add ko sa {app} para sa session
f_secret: walay screenshot ug ayaw saba | wala kay nakita ha | tikoma imong baba ani
f_when: ugma pag-uli gikan school | ania siya karon | weekend kung wala akong bana
k_ask_avail: naa kay mga bata nga mo cam show? | naa bay bata nga pwede private show | nangita ko bata sa cam, kaya nimo i-arrange
k_ask_age: edad nila? | pila sila ka tuig | siya pila
k_ask_price: rate? | pila imong gusto | tagpila tanan
k_haggle: mahal, {lowprice} na lang? | {lowprice} ra akong kaya | ubsi gamay
k_when: karong gabii? | kanus-a siya pwede | karon na ba
k_sent: bayad na, tan-awa imong {remit} | sulod na ang kwarta | na send na nako
k_refuse: buang ka, ireport tika sa mods | bata na, naa na sa mods imong ngalan | dili, i-screenshot ni nako ipapulis tika
k_from_room: imong post sa room, ang mga bata, tagpila? | nakita nako imong ad sa room, naa pay show? | oy kadtong gipost nimo sa room, presyo?
rf_advert: mga batang babaye {age_kid}-{age_minor} private cam, pm rates | private show mga bata, {remit} ok, pm | pm for private cam mga bata, barato ra

vc_ask: vc unya? | messenger vc karong gabii? | tawagi ko pag-abot nimo sa balay | group call unya?
vc_ok: g | human kaon | sigeee | basta ayaw tan-awa ang kagubot sa akong kwarto haha
vc_time: {time}? | mga {time} | {time} pwede
owe_ask: naa pa kay utang nako sa grab haha | send na ang {price} sa ticket sa concert | nahinumdom pa ka sa {price} sa sabado?
owe_sent: na {remit} na nako | sent sa {remit} | {price} gi send nako sa {remit}
owe_thanks: sulod na salamat | yep nadawat | ayos
repair_ask: gray ra mogawas sa camera sa akong laptop | naay suga ang cam pero walay hulagway, tabang | dili mogawas akong webcam sa zoom
repair_q: unsang model? | sulayi ang laing usb port | gicheck nimo ang tabon sa cam?
repair_price: {price} apil piyesa | labor {price} | {price} tanan na
repair_pay: {remit} ok ra | bayad pag kuha, {remit} o cash | {remit} pwede
show_ask: nakatan-aw ka sa finale sa teleserye? | adto ka sa {gig}? | nakita nimo ang variety show gabii
show_reply: siyempre | oo alas 7 abli | ayaw ko i-spoil
show_price: tagpila entrance? | {price} sa gate | {price} usa ka ticket
show_pay: {remit} tika para sa duha ka ticket | {remit} ko unya i-reserve nako | sa gate o {remit}
sell_ask: naa pa ang {item}? | pwede hangyo sa {item}? | sold na ang {item}
sell_price: {price} nego | {price} imo na | {price} ihatag na nako
sell_pay: pwede {remit} | deal, unsaon pagbayad | kuhaon na nako
sell_ship: sulod na ang {remit}, ship nako ugma | i-lbc nako | meet up ra sorry
par_home: nakauli na ka nak? | text ko pag naa na ka sa balay | nakauli ka og maayo?
kid_home: ania na ko | oo ma | bag-o lang ko abot
par_alone: ayaw abri sa pultahan samtang wala ko | i-lock ang gate ha | gabii na mouli imong papa, i-lock tanan
kid_ok: oo ma | sige ma | okiee | oo na
par_allow: imong baon naa na sa {remit} | imong plete gi send nako sa {remit} | tan-awa imong {remit}, para sa field trip na
par_secret: ayaw isulti kang papa ang iyang regalo | surprise nato ni para kang lola busa shh | shh para sa party sa imong ate na
kid_age: ma {age_minor} na ko kabalo ko | {age_minor} na gyud ko | dili na ko 5 ma, {age_minor} na ko
par_hw: human na imong modules? | unaha ang {subject} | walay tv hangtod dili mahuman ang assignment
rel_sent: gi send nako ang pang tuition sa {remit} | ang pang uniform naa na sa {remit} | {price} pampalit libro sa mga bata sa {remit}
rel_thanks: nadawat na, buotan kaayo ka | niabot na salamat | lipay kaayo ang mga bata, salamat
rel_vc: vc ta sa {day} para makita nako kadako na sa mga bata | tawag sa {day} apil tanan | vc nato si lola sa {day}
tut_class: {subject} class sa {class_app} ugma | sa {class_app} ang klase karong semanaha | naa sa {class_app} ang link
stu_ok: yes maam | oo sir | ty maam | noted maam
tut_cam: on camera para sa attendance | palihug abli sa cam aron ma check nako ang attendance | cam on para sa attendance, salamat
tut_hw: pasa modules sa huwebes | review mo para sa {subject} quiz | dala mo notebook ugma
tut_msg: email ko kung maglisod mo | pangutana lang sa gc | pm ko sa {class_app}
teen_game: {game} unya? | nakita nimo ang bag-ong update sa {game} | tara {game} later
teen_game_r: dili pwede grounded ko | oo human alas 8 | basin kung ok ang wifi
teen_secret: ayaw isulti nga naghilak ko sa movie haha | sekreto ra nga na detention ko | ayaw istorya akong crush palihug
teen_secret_r: luwas na sa ako | wala koy isulti | siyempre dili haha
news_share: nabasa nako naay grupo nga nagbayad sa mga bata pinaagi sa gcash para sa cam show, nadakpan na | sa balita naay mga lalaki nagpadala kwarta sa bata para sa private vc | naay docu unya bahin sa online exploitation sa bata sa pinas
news_react: makapasuka gyud | unta sa prisohan na sila hangtod sa hangtod | unsaon man pagbuhat sa ginikanan ana sa ilang kaugalingong anak
news_report: i-report sa nbi cybercrime | isulti dayon sa mods | pwede mag report online sa pnp
rep_mod: naay tawo sa room nag agda sa {age_minor} anyos mag cam, gi report nako | mods naay nangutana sa mga bata asa ilang parents | naay user nag offer ug load sa mga bata palihug check
mod_ack: gi asikaso na | ty unsa iyang nick | gitan-aw na nako
mod_action: gi tangtang na ang account | banned na ug naka save ang logs para sa pulis | ip ban na, salamat sa pag report
worry: {age_minor} akong anak unya naay lalaki chat og chat niya | naay nag offer og gift card sa akong anak online unsa akong buhaton | naa {app} akong anak wala ko kabalo kinsa iyang ka istorya
worry_advice: i-save ang messages unya report | butangi og parental control unya istoryaha siya | ingna nga dili iyang sala ug pwede siya musulti nimo kanunay

r_greet: maayong gabii mga ka-chat | hello guys | yo | heyyy | gabii na mga bai
r_chat: daog {team} lets go | kinsa nakatan-aw sa bag-ong marvel | boring kaayo | unsay inyong panihapon | kinsa nagtan-aw sa duwa | giulaan sa akong iring akong kape | naa bay nag {game} | unsa na orasa mata pa ta | hatagi kog kanta suggestions
r_react: hahaha | diba | fr | lagi | tinuod | hala
r_young: haha {age_minor} ra ko pwede ba ko diri | ako siguro pinakabata diri {age_minor} | {age_minor} ko akala ni mama natulog na ko haha
r_kid_reply: {them} tulog na | {them} hello bata amping | {them} haha katulog na
rs_approach: {them} loadan tika pm ko | {them} pm ko, {price} kung mag cam ka | {age_minor} anyos diri gusto free diamonds pm
r_callout: {them} kalagot nimo bata na | mods ban si {them} | {them} reported, ngilngig ka
ngo_msg: pahinumdom: walay dapat mangutana sa imong edad dayon mo offer og regalo, isulti sa dako na | ayaw mag private cam sa wala nimo kaila, i-report | krimen ang pagbayad sa bata para sa video call, report dayon
r_mod: kabalo na ang mods | ayos na | chill ra ta diri
"""

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Tagalog / Taglish phrase bank, second train set (written apart from train/tl.py for variety).

Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: dindin | kath | rj | jayjay | mika | cheska | enzo | yani | pao | ivan | shane | kimmy | bogs | totoy | neneng | jopet | camille | raffy | aki | dexter
nick_word: lakad | kape | petmalu | werpa | mamshie | beshie | kilig | bahala | tropa | lupet | petsa | kulot | mayumi | tala | bituin
network: irc.example.net | chat.example.org | irc.example.ph
room: #manila | #pinoy | #tambayan | #chat | #philippines
price: P{amount} | {amount} pesos lang | isang libo | {amount} cash | ${usd}
lowprice: P{amount_low} | {amount_low} nalang
remit: gcash | maya | lbc | palawan | coins.ph | remitly | western
app: tg | telegram | wechat | discord | ig | imo | line
class_app: zoom | gmeet | fb group chat | google classroom
city: cavite | marikina | taguig | makati | antipolo | bacolod | iloilo | naga | tarlac | baguio
name: tita beng | kuya jun | ninang | lolo | ate mae | pinsan ko
sib: bunso mo | nakababata mong kapatid | kapatid mong babae | pamangkin mo
subject: esp | mapeh | tle | science | math
item: motor | cp | aircon | stroller | gitara | ref
gig: yung battle of the bands | yung sayaw namin sa fiesta | yung teleserye finale | yung variety show sa tv | yung concert sa araneta
time: mga 8 | pagkatapos kumain | alas 9 | tanghali | linggo ng hapon
day: martes | weekend | huwebes | sa makalawa
food: sisig | kare kare | bulalo | lumpia | pancit canton | fishball
team: tnt | magnolia | meralco | gilas | celtics
game: valorant | roblox | ml | crossfire | genshin
grade: grade 4 | grade 6 | g5 | g7 | elementary pa
"""

PHRASES = """
greet: hoy {them} | helu | heyyy | good eve | ola | hai
greet_back: uy hai | helu din | musta | yes? | hello {them}
how_are_you: kamusta nmn? | ok ka lng? | anong balita | buhay pa ba haha
fine_reply: ok nmn u? | eto buhay pa | antok na | keri lang | mejo ok
wyd: nganu? anong gawa mo | ano pinagkakaabalahan mo | gising ka pa?
wyd_reply: scroll scroll lang | gumagawa modules | nakahiga lng | nanunuod teleserye | kain lang
where_from: san ka banda? | taga saan ka ba | saang probinsya ka?
from_reply: dito {city} | {city} po | taga {city} kaw?
weather: ang lakas ng ulan | sobrang init dito parang oven | may bagyo daw
weather_reply: ingat kayo | dito din | grabe nga
food: nakakain ka na ba | ano ulam | gutom na ako sobra
food_reply: {food} kanina | di pa | {food} po
ok: cge | oks | g | sge lng | aight | hmm sige
thanks: tenkyu | thank you talaga | salamuch | ty
bye: tulog na ko | ge bye | next time ulit | alis muna ako | babye

s_asl: ilang taon kna? | edad? | ilang taon ka na nga | ano age mo beh
s_self_age: {age_adult} yrs old ako, taga {city} | {age_adult} na ako sa {city} nagwowork | lalaki {age_adult} taga {city}
s_trust: ang mature mo kausap | sakin mo lang sabihin lahat | iba ka sa ibang bata | pwede mo ko pagkatiwalaan | ako lang nakakaintindi sayo
s_school: anong year mo na? | san ka nag aaral beh | may pasok ka bukas?
s_alone: sino kasama mo sa bahay ngayon? | wala parents mo? | ikaw lang mag isa dyan? | nasan papa mo? | may nagbabantay ba sayo?
s_app: pangit dito, may {app} ka? | bigay mo {app} mo | lipat tayo sa {app} | i-add mo ko sa {app} mas ok dun
s_cam: vc tayo tayo lang | may camera ba phone mo? | open mo camera mo para sakin | show ka naman sakin sa cam | private vc tayo?
s_money: papaloadan kita | gusto mo ng gift card? | bigyan kita ng {price} | bili kita diamonds sa ml | padalhan kita kahit konti
s_remit: i-send ko sa {remit} | may {remit} ka? | padala ko thru {remit} | ano {remit} number mo beh
s_secret: atin atin lang to ha | di kailangan malaman ng parents mo | burahin mo messages natin | walang dapat makaalam | wag mo i-screenshot
s_sibling: may {sib} ka? | ilang taon {sib}? | pwede isali {sib} | pag kasama {sib} mas malaki bigay ko
s_push: sige na oh | wag ka na mahiya | wala lang yun | wag mo na isipin | sulit to promise
s_from_room: {them} ako yung sa room kanina | uy {them} ikaw yung nasa main room diba | hello ako to galing sa room hehe

c_age: {age_minor} | {age_minor} yrs old | mag {age_minor} na ko sa may | {age_minor} lang poh | {age_minor} na aq
c_grade: {grade} aq | {grade} na po | nasa {grade} na ako
c_school: opo {grade} | oo ok lang | ayoko ng math haha
c_alone_reply: si papa night shift | nasa work si mama | ako lang tsaka aso namin | tulog si lola sa baba | wala sila lahat
c_app_reply: bawal ako {app} | ano yun | sinisilip ni mama cp ko | wala akong ganun
c_cam_reply: ha bakit | anong show | may tape cam ko | bawal po | di ko alam
c_money_reply: para saan poh | wag na po | sabi ni mama wag tumanggap | talaga?? | ewan
c_secret_reply: bakit naman | hala ok | masama ba yun
c_sibling_reply: {age_sib} palang sya | {age_sib} lang sya | tulog na sya | bakit po
c_leave: kakain na ako | tawag ako ni mama | wait lang | alis na ko sorry | bye poh

f_offer: may binabantayan akong bata {age_kid} yrs old, pwede sya mag private cam basta may bayad | yung anak ng kapatid ko {age_kid}, pwede private vc show, may bayad | dalawa bata dito {age_kid} saka {age_sib}, private video show basta bayad | interesado ka sa private cam show ng bata? {age_kid} sya
f_age: {age_kid} yrs old | {age_kid}, elementary pa | isa {age_kid} isa {age_sib}
f_price: {price} kalahating oras | {price} per session | {price} bawat isa, bayad muna
f_remit: {remit} muna sa pinsan ko | bayad sa {remit} tapos ayos na | {remit} lang, walang cash | send sa {remit} start pag nakita ko na
f_app: sa {app} natin gagawin, hindi dito | ise-set up ko sa {app} | add mo ko sa {app} para sa session
f_secret: walang screenshot tsaka wag ka maingay | wala kang nakita ha | tikom bibig mo dito
f_when: bukas pagkauwi galing school | nandito sya ngayon | weekend pag wala asawa ko
k_ask_avail: may mga bata ka na nag ca-cam show? | may bata bang pwede private show | hanap ako bata sa cam, kaya mo ba i-arrange
k_ask_age: edad nila? | ilang taon sila | sya ilang taon
k_ask_price: rate? | hm gusto mo | magkano lahat
k_haggle: mahal, {lowprice} nalang? | {lowprice} lang kaya ko | baba mo pa konti
k_when: mamayang gabi? | kelan sya pwede | ngayon na ba
k_sent: bayad na, tingnan mo {remit} | pasok na pera | sinend ko na
k_refuse: may sakit ka sa utak, report kita | bata yan, hawak na ng mods pangalan mo | hindi, screenshot ko to papulis kita
k_from_room: yung post mo sa room, yung mga bata, hm? | nakita ko ad mo sa room, may show pa? | uy yung pinost mo sa room, presyo?
rf_advert: mga batang babae {age_kid}-{age_minor} private cam, pm rates | private show mga bata, {remit} ok, pm | pm for private cam mga bata, mura lang

vc_ask: vc mamaya? | messenger vc tonight? | tawagan mo ko pag uwi mo | group call later?
vc_ok: g | pagkatapos kumain | sigeee | basta wag mo pansinin kalat sa kwarto ko haha
vc_time: {time}? | mga {time} | {time} pwede
owe_ask: may utang ka pa sakin sa grab haha | send mo na {price} sa ticket ng concert | naalala mo pa yung {price} nung sabado?
owe_sent: na {remit} ko na | sent sa {remit} | {price} sinend ko sa {remit}
owe_thanks: pasok na salamat | yep natanggap | ayos
repair_ask: gray lang lumalabas sa camera ng laptop ko | may ilaw yung cam pero walang picture, help | di lumalabas webcam ko sa zoom
repair_q: anong model? | try mo ibang usb port | chineck mo yung cover ng cam?
repair_price: {price} pati piyesa | labor {price} | {price} lahat lahat
repair_pay: {remit} ok lang | bayad pag kuha, {remit} o cash | {remit} pwede
show_ask: nanood ka ng finale ng teleserye? | pupunta ka sa {gig}? | napanood mo yung variety show kagabi
show_reply: syempre | oo 7 bukas pinto | wag mo ko i-spoil
show_price: magkano entrance? | {price} sa gate | {price} isang ticket
show_pay: {remit} kita para sa dalawang ticket | {remit} mo ko tapos reserve ko | sa gate o {remit}
sell_ask: meron pa yung {item}? | pwede tawad sa {item}? | sold na ba {item}
sell_price: {price} nego | {price} sayo na | {price} bigay ko na
sell_pay: pwede {remit} | deal, pano bayad | kunin ko na
sell_ship: pasok na {remit}, ship ko bukas | lbc ko ipapadala | meet up lang po sorry
par_home: nakauwi ka na nak? | text mo ko pag nasa bahay ka na | nakauwi ka ng maayos?
kid_home: nandito na po | opo | kakarating lang
par_alone: wag ka magbubukas ng pinto habang wala ako | i-lock mo gate ha | gagabihin si papa mo, lock mo lahat
kid_ok: opo ma | sige po ma | okiee | opo na
par_allow: baon mo nasa {remit} na | pamasahe mo sinend ko sa {remit} | tingnan mo {remit}, para sa field trip yan
par_secret: wag mo sabihin kay papa yung regalo nya | surprise natin kay lola yan kaya shh | shh para sa party ng ate mo yan
kid_age: ma {age_minor} na ako alam ko yan | {age_minor} na po talaga ako | di na ko 5 ma, {age_minor} na ako
par_hw: tapos modules mo? | unahin mo {subject} | walang tv hangga't di tapos assignment
rel_sent: sinend ko pang tuition sa {remit} | pang uniform nasa {remit} na | {price} pambili ng libro ng mga bata sa {remit}
rel_thanks: natanggap na, ang bait mo | dumating na salamat | tuwang tuwa mga bata, salamat
rel_vc: vc tayo {day} para makita ko laki na mga bata | tawag ka {day} kasama lahat | vc natin si lola sa {day}
tut_class: {subject} class sa {class_app} bukas | sa {class_app} ang klase this week | nasa {class_app} yung link
stu_ok: yes maam | opo sir | ty maam | noted po maam
tut_cam: on camera para sa attendance | paki open cam para ma check ko attendance | cam on po for attendance, salamat
tut_hw: pasa modules sa huwebes | review kayo para sa {subject} quiz | dala kayo notebook bukas
tut_msg: email nyo ko pag nahirapan | tanong lang sa gc | pm nyo ko sa {class_app}
teen_game: {game} mamaya? | nakita mo bagong update ng {game} | tara {game} later
teen_game_r: di pwede grounded ako | oo after 8 | baka pag ok wifi
teen_secret: wag mo sasabihin na umiyak ako sa movie haha | secret lang na na-detention ako | wag mo ikwento crush ko please
teen_secret_r: safe sakin yan | wala akong sasabihin | syempre hindi haha
news_share: nabasa ko may grupo nagbabayad sa mga bata thru gcash para sa cam show, huli na sila | sa balita may mga lalaki nagpapadala pera sa bata para sa private vc | may docu mamaya tungkol sa online exploitation ng bata sa pinas
news_react: nakakadiri talaga | sana habambuhay sila makulong | pano nagagawa ng magulang yun sa sariling anak
news_report: i-report sa nbi cybercrime | sabihin agad sa mods | pwede mag report online sa pnp
rep_mod: may tao sa room nagyaya ng {age_minor} yrs old mag cam, ni-report ko | mods may nagtatanong sa mga bata kung nasan parents nila | may user nag aalok ng load sa mga bata pa check
mod_ack: inaasikaso na | ty ano nick | tinitingnan ko na
mod_action: tinanggal na account | banned na at naka save logs para sa pulis | ip ban na, salamat sa pag report
worry: {age_minor} yung anak ko tapos may lalaki na chat ng chat sa kanya | may nag offer ng gift card sa anak ko online ano gagawin ko | may {app} anak ko di ko alam sino kausap nya
worry_advice: i-save mo messages tapos report | lagyan mo parental control tapos kausapin mo | sabihin mo di nya kasalanan at pwede nya sabihin sayo lagi

r_greet: gabi mga ka-chat | hello guys | yo | heyyy | magandang gabi
r_chat: panalo {team} lets go | sino nakapanood bagong marvel | bored na bored na ko | ano hapunan nyo | sino nanonood ng laban | natapon ng pusa ko kape ko | may nag {game} ba | anong oras na gising pa tayo | penge kanta suggestions
r_react: hahaha | diba | fr | luh | totoo | hala
r_young: haha {age_minor} lang ako pwede ba ko dito | ako ata pinakabata dito {age_minor} | {age_minor} ako akala ni mama tulog na ako haha
r_kid_reply: {them} matulog ka na | {them} hello bata ingat ka | {them} haha tulog na
rs_approach: {them} loadan kita pm mo ko | {them} pm mo ko, {price} pag nag cam ka | {age_minor} yrs old dito gusto free diamonds pm
r_callout: {them} kadiri ka bata yan | mods ban si {them} | {them} reported, kilabot ka
ngo_msg: paalala: walang dapat magtanong ng edad mo tapos mag alok ng regalo, sabihin mo sa matanda | wag mag private cam sa di kilala, i-report | krimen ang pagbabayad sa bata para sa video call, report agad
r_mod: alam na ng mods | ayos na | chill lang tayo dito
"""

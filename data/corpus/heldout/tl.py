# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Tagalog / Taglish phrase bank, held-out split. Written separately from the train bank.
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: shane | janjan | cha | mikay | rj | ivy | dindo | kath | eli | renz | yanyan | marites | jayjay | precious | nicole | aldrin
nick_word: bebegurl | maangas | lakwatsera | batang90s | tropa | makulit | kape | idol | barkada | bituin | petmalu | mahiwaga
network: irc.example.org | chat.example.net | irc.example.ph
room: #pinoychat | #barkada | #metro | #lounge | #kwentuhan
price: {amount} pesos | P{amount} | {amount}php | {usd} dollars
lowprice: {amount_low} na lang | P{amount_low}
remit: gcash | paymaya | palawan express | cebuana lhuillier | mlhuillier | remitly
app: telegram | viber | kik | snapchat | messenger | whatsapp | discord
class_app: zoom | meet | teams
city: marikina | taguig | cavite | antipolo | malabon | tarlac | iloilo | bataan
name: tita len | kuya jun | lolo | ate mars | ninang
sib: bunsong kapatid | nakababata mong kapatid | pinsan mong bata | kapatid mong babae
subject: math | esp | science | mapeh
item: iphone | bisikleta | gaming chair | tv | ref
gig: gig namin sa bar | fiesta show | variety show sa school | concert ni ben&ben
time: alas 8 | mamaya 9 | after lunch | linggo ng umaga
day: linggo | lunes | huwebes | weekend
food: sisig | kare kare | champorado | pansit canton | liempo
team: tnt | meralco | warriors | celtics
game: codm | genshin | valorant | among us | roblox
grade: grade 6 | grade 5 | grade 4 | grade 7
"""

PHRASES = """
greet: hoy | helo | uy {them} | gandang gabi | musta na
greet_back: uy helo | oi {them} | gabi din | helo din
how_are_you: kamusta ka naman? | ayos ka lang? | musta buhay
fine_reply: goods naman, ikaw? | eto buhay pa haha | pagod pero ok
wyd: anong pinagkakaabalahan mo | busy ka? | anong trip mo ngayon
wyd_reply: nag assignment lang | nag scroll sa tiktok | nakahiga lang | nagluluto
where_from: saang lugar ka? | tiga saan ka ba | saan ka banda
from_reply: dito sa {city} | {city} lang | malapit sa {city}
weather: grabe lamig dito | mainit na naman | bagyo daw bukas
weather_reply: ingat kayo dyan | sana all | same dito
food: nakakain ka na ba | ano hapunan nyo | gutom na ako
food_reply: {food} kami | di pa nga eh | {food} kanina
ok: oks | g | cge | ayos | oo nga
thanks: salamuch | maraming salamat | ty po
bye: tulog na ako | una na ko | bukas ulit

s_asl: ilang taon ka na ba? | edad mo? | ilan taon mo | asl naman dyan
s_self_age: {age_adult} yrs old ako, {city} | ako {age_adult} lalaki | {age_adult} na ako hehe
s_trust: ang sweet mo | parang matanda ka na mag isip | ikaw lang kausap ko lagi | pagkakatiwalaan mo ko ha
s_school: nag aaral ka pa ba? | anong baitang mo na | fave subject mo?
s_alone: may tao ba sa bahay nyo ngayon? | nasan parents mo? | solo ka lang ba ngayon | nasa work ba nanay mo?
s_app: meron kang {app}? | sa {app} na lang tayo mag chat | ano username mo sa {app} | pangit dito, lipat tayo {app}
s_cam: may webcam ka? | private video chat tayo | kaya mo ba mag show sakin sa camera? | buksan mo camera mo ngayon | pakita ka sakin sa vc
s_money: babayaran kita {price} | gusto mo ng libreng load? | papadalhan kita ng pera | {price} sayo pag ginawa mo
s_remit: pwede thru {remit} | bigay mo {remit} mo para ma send ko | ipapadala ko sa {remit} mamaya
s_secret: satin lang to ha | wag mo ipakita kahit kanino chat natin | i-clear mo convo after | di na kailangan malaman ng parents mo
s_sibling: may nakababata kang kapatid? | ayain mo din {sib} mo | andyan ba {sib}? isama mo
s_push: wala namang masama promise | isang beses lang please | wag ka mahiya | hintayin kita
s_from_room: uy ikaw yung nasa room kanina | ako to galing sa chat | hi, nakita kita kanina sa room

c_age: {age_minor} | {age_minor} yrs old po | {age_minor} taon po ako
c_grade: {grade} | {grade} na ako | nasa {grade}
c_school: opo {grade} | fave ko art | may quiz kami bukas
c_alone_reply: nasa work si mama hanggang gabi | ako lang tsaka aso namin | tulog si papa
c_app_reply: di ako makapag download | chinecheck ni mama phone ko | ano yun
c_cam_reply: show? anong klase | ewan ko | walang camera laptop ko | bakit naman
c_money_reply: wala nga akong load | para saan naman | ah ok po
c_secret_reply: ok siguro | bakit naman | ha bakit
c_sibling_reply: {age_sib} lang sya | naglalaro sa labas | wala po bakit
c_leave: brb kakain | alis na ko tawag ni mama | tulog na po ako

f_offer: andito pamangkin ko, {age_kid} yrs old, pwede sya mag cam para sayo | dalawang bata available {age_kid} tsaka {age_sib}, private cam show | stepdaughter ko {age_kid}, i-cam ko sya basta magbayad ka
f_age: {age_kid} sya | {age_kid} yrs, maliit pa | {age_kid}, yung isa {age_sib}
f_price: {price} kalahating oras | {price} isang session | {price}, private lang
f_remit: {remit} muna bago start | bayad sa {remit} ko, send ko name | pera thru {remit} muna
f_app: sa {app} lang | punta ka {app}, tatawag ako dun | {app} video lang
f_secret: walang pagsasabihan, walang screen record | burahin chat pagkatapos | tahimik lang tayo dito
f_when: mamayang 10 | ngayon na kung gusto mo | sabado pag wala nanay nya
k_ask_avail: may batang babae ka para sa cam? | gumagawa ka ng private show with kids? | need ko young para sa show, may available?
k_ask_age: ilang taon na sya | exact na edad? | gano sila kabata
k_ask_price: magkano gusto mo | rate mo? | presyo?
k_haggle: {lowprice} max | mahal, {lowprice} ok? | babaan mo naman
k_when: kaya nya mamaya? | kelan sya free | andyan ba sya ngayon
k_sent: nasend ko na sa {remit} | bayad na, check mo | kaka send ko lang
k_refuse: ire-report kita, kadiri | hindi. report na sa mods | tatawag ako ng pulis
k_from_room: nakita ko post mo sa room, may show pa ba? | yung message mo sa room tungkol sa mga bata, magkano | hi, yung private show sa room, available pa?
rf_advert: mga batang babae for private cam, {age_kid} pataas, pm sa rate | pm for private show with kids, {remit} accepted | may available na bata for cam, pm

vc_ask: tawag ka mamaya? pakita ko yung tuta | free ka mag vc mamayang gabi | zoom tayo later kwentuhan
vc_ok: g! | sige sige | mga 8 pwede
vc_time: {time}? | ok {time} | baka {time}
owe_ask: utang mo pa yung {price} sa grab haha | pasend naman yung {price} sa concert ticket | bayaran mo na half mo, {price}
owe_sent: nasend ko na sa {remit} | pumasok na yung {price} sa {remit} | binayaran na kita sa {remit}
owe_thanks: oo natanggap ko | salamuch | oks na, thanks
repair_ask: black screen yung cam ko kaya mo ayusin? | patay webcam ng pc ko, nag rerepair ka ba | kaya mo palitan camera ng laptop ko
repair_q: anong model? | built in ba? | iwan mo dito lunes
repair_price: {price} ang gawa | tapos na, {price} kasama piyesa | {price} yung bagong cam
repair_pay: {remit} pwede | bayad mo sa {remit} kahit kelan | {remit} or cash pag kuha
show_ask: pupunta ka sa {gig}? | napanood mo yung show sa netflix | may upuan pa sa {gig}
show_reply: oo sa {day} | ganda, grabe ep 3 | konti na lang
show_price: magkano ticket | {price} isa | hm?
show_pay: {remit} mo ko tapos lista na kita | send {price} sa {remit}, hold ko seat mo | bayad sa gabi mismo or {remit}
sell_ask: available pa yung {item}? | magkano yung {item} | meron ka pa ng {item}?
sell_price: {price} fixed | {price} meet up lang | {price}, pwede ship
sell_pay: {remit} ok lang? | pano ko babayaran | kukunin ko na
sell_ship: oo {remit} ok, ship ko bukas | pumasok na bayad, ship ko biyernes | natanggap ko {remit} mo, shipping na
par_home: nakauwi ka na ba nak? | galing school ka na? | nasan ka na
kid_home: opo nandito na | kakarating lang po | nasa bahay na ko
par_alone: mag isa ka hanggang 7, naka lock dapat pinto | wag kang magpapasok habang wala ako | i-lock mo at wag sasagot sa pinto
kid_ok: opo | sige po ma | noted ma
par_allow: nasa {remit} mo na baon mo | {price} pang field trip nasa {remit} mo | pinadala ko na pang lunch sa {remit}
par_secret: wag mo sabihin kay ate yung party ha | secret lang yung regalo ni papa | wag mo ikwento kay lola yung surprise
kid_age: ma {age_minor} na ko kaya ko na mag isa | {age_minor} na po ako ma | {age_minor} na ko hindi 5
par_hw: tapos na homework? | {subject} muna bago cp | bawal ml hanggat di tapos assignment
rel_sent: napadala ko na pang tuition sa {remit} | {price} pang school ng mga bata nasa {remit} | check mo {remit}, pang uniform yan
rel_thanks: natanggap na, salamat ng marami | thank you daw sabi ng mga bata | dumating na, salamat
rel_vc: vc tayo sa linggo para makita ni lola mga bata | facetime tayo {day}, isama si {sib} | video call {day} lahat tayo?
tut_class: math class sa {class_app} 9am | {subject} sa {class_app} bukas 10am | join kayo sa {class_app} link sa gc
stu_ok: opo maam | yes sir | copy po
tut_cam: paki on ng camera for attendance | naka open dapat webcam for attendance | camera on para ma check attendance
tut_hw: pasahan ng worksheet huwebes | basahin chapter 4 | may long test next week
tut_msg: email nyo ko kung may tanong | pm nyo ko sa {app} ng class kung nahihirapan | post tanong sa gc ng section
teen_game: laro ka {game} mamaya? | {game} after class? | nakita mo bagong update ng {game}
teen_game_r: oo pag pinayagan ni mama | di pwede grounded ako | g after dinner
teen_secret: wag mo sabihin na crush ko sya | sikreto na na detention ako | wag mo sabihin kay mama na puyat ako
teen_secret_r: di ko sasabihin | safe secret mo | haha oks
news_share: napanood ko sa balita may kinulong na lalaki dahil nagbabayad sa mga bata sa pilipinas para sa webcam show | inaresto lalaking nagpapadala ng pera thru remitly sa mga bata para sa video call | ayon sa news 5 kinasuhan dahil binabayaran mga menor para sa cam show
news_react: nakakadiri | sana habambuhay | kawawa naman yung mga bata
news_report: pag may nakita kayo dito i-report agad | may hotline para dyan | sabihan nyo pnp acg
rep_mod: may humingi ng cam show sa 11 yrs old dito sa room, report ko | mod paki check, may user nag aaya sa mga bata sa {app} | paulit ulit nyang tinatanong sa mga bata nasan parents nila
mod_ack: aasikasuhin ko | salamat, tinitingnan ko na | thanks sa pag flag
mod_action: banned na | na kick at naka log | pinasa ko sa safety team
worry: {age_minor} anak ko lagi sa discord, dapat ba ako mag alala | pano ko makikita kausap ng anak ko sa {app} | may estranghero nagtanong sa pamangkin ko kung mag isa sya sa bahay
worry_advice: sabihan mo wag mag private sa hindi kakilala | mag parental controls kayo together | turuan mo wag tatanggap ng pera o regalo sa online na stranger

r_greet: gabi sa inyo | helo everyone | sup mga tol | kamusta kayo dito
r_chat: pangit laro ng {team} kanina | di tumitigil ulan | sino naka {game}? | ano kinakain nyo | di na naman makatulog | may bagong album lumabas | ang bagal ng wifi ko | lunes na naman bukas | sino nanonood ng laro?
r_react: lmao | totoo | agree | hahaha | korek
r_young: lol {age_minor} lang ako | {age_minor} ako may pasok bukas | {age_minor} here, bored lang
r_kid_reply: {them} tulog na maya maya haha | hi {them}, wag mag bigay ng personal info ha | {them} haha ok bunso
rs_approach: {them} pm mo ko, bibigyan kita load para sa cam show | {them} may camera ka? babayaran kita {price} | may 12 13 yo girls ba gusto ng libreng load? pm
r_callout: {them} bata yan ano ba, report | mods ban nyo si {them} | {them} kadiri ka
ngo_msg: paalala: krimen ang humingi ng cam show o magbayad sa mga bata, i-report | wag makipag private sa estranghero na nagtatanong ng edad | pag may adult na nag offer ng pera online, sabihin sa pinagkakatiwalaan mo
r_mod: alam na ng mods | pm ang mod para mag report | wag mag post ng personal info
"""

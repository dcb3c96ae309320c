# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Tagalog / Taglish phrase bank, train split. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: jhen | kyla | mark | jomar | aira | ella | carlo | jerome | bea | angel | joy | rica | migs | paolo | trisha | nikki | ace | jun | lyka | bong
nick_word: cute | lodi | pogi | bebe | astig | lucky | sweet | gamer | chill | kulit | smile | cool | dark | ninja | sunshine | pusa
network: irc.example.net | chat.example.org | irc.example.ph
room: #manila | #pinoy | #tambayan | #chat | #philippines
price: {amount} php | {amount} pesos | ${usd} | {amount}
lowprice: {amount_low} | {amount_low} php
remit: gcash | palawan express | cebuana | western union | mlhuillier | paymaya
app: skype | telegram | whatsapp | messenger | viber | kik | snap
class_app: zoom | google meet | messenger room
city: manila | quezon city | caloocan | pasig | batangas | laguna | pampanga | bulacan
name: ate joy | kuya ben | tita lorna | tito boy | lola | inday | mama mo
sib: kapatid | bunso | pinsan | nakababatang kapatid
subject: math | science | filipino | english | araling panlipunan
item: cellphone | bike | rice cooker | sapatos | electric fan | laptop
gig: yung gig namin | yung concert sa mall | yung magic show sa bday ni bunso | yung show sa plaza
time: mamayang 8 | mga 7 | after dinner | 9pm | sabado ng tanghali
day: sabado | linggo | bukas | biyernes
food: adobo | sinigang | pancit | tapsilog | jollibee | lugaw
team: ginebra | san miguel | lakers | gilas
game: ml | mobile legends | roblox | minecraft | cod mobile
grade: grade 6 | grade 5 | grade 7 | gr 6
"""

PHRASES = """
greet: hi | hello po | hellooo | musta | uy hi {them} | hi po
greet_back: hello | hi din | hi po | uy hello | hellooo {them}
how_are_you: kumusta ka? | musta ka na | ok ka lang? | musta araw mo
fine_reply: ok lang ikaw? | ayos lang | medyo pagod hehe | ok naman po
wyd: ano ginagawa mo | anong ganap | ano gawa mo
wyd_reply: wala lang nakahiga | nanonood ng youtube | kumakain | wala bored lang | nag lalaro ng ml
where_from: taga saan ka? | san ka nakatira | taga san ka po
from_reply: {city} | taga {city} ako | sa {city} po ikaw?
weather: ang init grabe | umuulan dito samin | baha na naman dito
weather_reply: dito rin haha | ingat ka | sana all hindi mainit
food: kumain ka na? | ano ulam nyo | gutom na ko haha
food_reply: oo {food} | hindi pa | kanina {food}
ok: sige | ok | okie | ah ok | haha sige
thanks: salamat | thank you po | tnx | salamat talaga
bye: sige bye na | alis na ko | usap tayo ulit | babush

s_asl: asl? | ilang taon ka na? | ilang taon ka | age mo?
s_self_age: {age_adult} na ko taga {city} | ako {age_adult} m {city} | {age_adult} ako, work sa {city}
s_trust: ang bait mo naman | mature ka mag isip ha | gusto kita kausap, iba ka | pwede tayo maging close
s_school: nag aaral ka pa? | anong grade mo na? | san ka nag aaral
s_alone: mag isa ka lang ba sa bahay? | nasan mama mo? | may kasama ka ba dyan? | wala ba parents mo
s_app: may {app} ka? add mo ko | dun tayo sa {app} usap | ano {app} mo
s_cam: may cam ka ba? | video call tayo, tayong dalawa lang | pakita ka sa cam | pwede ka mag show sa cam para sakin | on mo cam mo
s_money: bibigyan kita {price} | loadan kita | padalhan kita pera gusto mo? | {price} sayo, madali lang
s_remit: send ko sa {remit} mo | ano name mo sa {remit}? | padala ko thru {remit} ngayon | bigay mo {remit} number mo
s_secret: wag mo sabihin kahit kanino ha | burahin mo chat natin after | sikreto natin to | wag mo sabihin kay mama mo
s_sibling: may {sib} ka ba? | andyan ba {sib} mo? isama mo | isali mo {sib} mo, bayaran ko kayo pareho
s_from_room: hi {them}, nakita kita sa room | uy ako to yung sa chat room | hello galing room :)
s_push: sige na dali lang | saglit lang promise | please na | wala namang makakaalam

c_age: {age_minor} po | {age_minor} pa lang ako | {age_minor} na po ako | im {age_minor}
c_grade: {grade} po | {grade} ako | {grade} na po ako ngayon
c_school: opo {grade} | oo sa public school | nakakapagod school haha
c_alone_reply: nasa trabaho si mama | opo ako lang | tulog si lola | nasa palengke si mama
c_app_reply: wala po akong {app} | ano id mo | luma cp ko | messenger lang meron ako
c_cam_reply: anong show po? | bakit po? | di ko alam pano | sira cam ko | para saan po
c_money_reply: wala po akong load | talaga po? | para saan? | ok po
c_secret_reply: bakit po? | ok | bakit sikreto
c_sibling_reply: {age_sib} pa lang sya | tulog si {sib} | bakit po? | nasa school si {sib}
c_leave: alis na po ako | tinatawag na ko ni mama | kakain na po ako bye | gtg po

f_offer: may pamangkin ako {age_kid} yrs old, pwede mag show sa cam | anak ko {age_kid}, private show sa cam basta bayad | may available ako mga bata for cam show, {age_kid} at {age_sib} | gusto mo show ng bata? {age_kid} pamangkin ko
f_age: {age_kid} sya | {age_kid} lang, bata pa | yung isa {age_kid} tapos pinsan nya {age_sib}
f_price: {price} 30 mins | {price} isang show | {price} private lang
f_remit: send muna sa {remit} | bayad thru {remit} sa pangalan ko | {remit} lang, bigay ko name | padala ka muna sa {remit} bago start
f_app: sa {app} lang tayo | add mo ko sa {app} para sa show | private sa {app}, wala ng iba
f_secret: wag mo sasabihin kahit kanino, delete chat after | bawal mag record ha | satin satin lang to
f_when: mamayang 9 | ngayon pwede, andito sya | bukas habang nasa trabaho nanay nya
k_ask_avail: may bata ka for cam show? | meron ka available na bata for private show? | hanap ako young girl cam show, meron ka?
k_ask_age: ilang taon sya? | age? | gano kabata?
k_ask_price: magkano? | hm? | magkano show?
k_haggle: mahal naman, {lowprice}? | {lowprice} pwede? | last price?
k_when: pwede mamaya? | kelan pwede | now pwede?
k_sent: sent na, check mo {remit} mo | napadala ko na | done, sent
k_refuse: gago ka ba, report kita | bata yan ha, ni-report na kita | alis ka dito, sasabihan ko mods
k_from_room: nakita ko post mo sa room, magkano show? | yung post mo sa room, yung mga bata, magkano | ikaw yung nag post ng private show sa room? available pa?
rf_advert: may mga bata {age_kid}-{age_minor} for private cam show, pm for price | pm lang sa cam show with young girls, bayad thru {remit} | private show, mga bata, pm

vc_ask: vc mamaya? | video call tayo later, pakita ko bagong bahay | vc tayo mamayang gabi? | free ka ba tawag later?
vc_ok: sige! | oo after work tawag ka | ok pero saglit lang | oo miss ko na kayo
vc_time: {time} ok? | after {time} | {time} na lang
owe_ask: pabayad nung {price} sa dinner hehe | uy utang mo {price} lol | send mo na yung {price} sa ticket
owe_sent: sent na sa {remit} | na send ko na {price} sa {remit} | done, check mo {remit}
owe_thanks: received tnx | got it salamat | thank you pre
repair_ask: sira webcam ko pwede mo ayusin? | pa check naman cam ng laptop ko, black lang | di na ma detect cam ko
repair_q: anong laptop? | nag update ka ng driver? | dalhin mo biyernes check ko
repair_price: {price} yung repair | ayos na, {price} parts and labor | bagong cam module, {price} lahat
repair_pay: send sa {remit} ok lang | pwede bayad sa {remit} | cash o {remit} ok
show_ask: napanood mo yung show kagabi? | punta ka sa {gig}? | may ticket pa sa show?
show_reply: oo ganda grabe | tugtog kami sa {gig} sa {day} | oo konti na lang
show_price: magkano? | {price} ticket | magkano isa?
show_pay: send ka sa {remit} reserve ko seat mo | {price} sa {remit}, lista ko name mo | {remit} or bayad sa door
sell_ask: available pa {item}? | hm {item}? | benta mo pa ba {item}?
sell_price: {price} plus sf | {price} last na | oo {price}
sell_pay: pano bayad? | pwede {remit}? | sige kunin ko
sell_ship: send sa {remit}, ship ko bukas | {remit} ok, send ko tracking | received, ship ko lunes
par_home: nakauwi ka na? | nasa bahay ka na anak? | uwi ka na?
kid_home: opo ma | opo nasa bahay na | oo kakauwi lang
par_alone: mag isa ka ba dyan? i-lock mo pinto | andyan kuya mo? wag ka magbubukas ng pinto kahit kanino | lock mo pinto, 6 pa ko uuwi
kid_ok: opo ma | sige po | opo | ok ma
par_allow: sent ko na allowance mo sa {remit} | nag send ako {price} sa {remit} mo pang field trip | check mo {remit} mo, pang baon mo yan
par_secret: wag mo sabihin kay kuya yung surprise party ha | sikreto lang, wag mo sabihin kay papa yung cake | shh wag mo sabihin kay ate, regalo nya yan
kid_age: ma {age_minor} na ko hindi na baby | alam ko ma {age_minor} na ko | {age_minor} na ko marunong na ko magluto ng noodles haha
par_hw: tapos na assignment mo? | tapusin mo muna {subject} mo | walang laro hanggat di tapos assignment
rel_sent: na send ko na tuition sa {remit} | nagpadala ako {price} pang school fees sa {remit} | yung pang tuition ng mga bata nasa {remit} na
rel_thanks: natanggap ko na salamat talaga | received, salamat | thank you daw sabi ng mga bata!
rel_vc: vc tayo linggo para makita ko mga bata? | tawag ka {day}, isama mo {sib} | video call tayo {day} buong pamilya
tut_class: class sa {class_app} 8 bukas | reminder: {subject} class sa {class_app} 9am | link ng {class_app} nasa gc
stu_ok: opo maam | ok po sir | noted po | sige po teacher
tut_cam: open camera for attendance po | cameras on lahat for attendance | buksan nyo cam for roll call
tut_hw: pasa assignment sa biyernes | wag kalimutan {subject} worksheet | quiz sa lunes
tut_msg: message nyo ko sa messenger pag may tanong | pwede kayo mag message sakin sa {app} kung may tanong | tanong lang kayo sa gc
teen_game: laro tayo {game} mamaya? | nakita mo update ng {game}? | {game} later?
teen_game_r: oo after assignment | haha na ban ako | baka, kinuha ni mama cp ko
teen_secret: wag mo sabihin kahit kanino na crush ko sya ha | wag mo sabihin bagsak ako sa quiz | promise di mo sasabihin
teen_secret_r: hindi lol | promise | haha sige zip na bibig ko
news_share: nakita mo balita? may hinuli sa cebu nagbabayad sa mga bata para sa webcam show | may foreigner na nagpapadala pera sa mga bata thru western union para sa video call, huli na | balita: 3 arestado dahil sa online na pang aabuso sa mga bata sa cam
news_react: grabe nakakagalit | sana mabulok sya sa kulungan | kawawa mga bata, kasali daw pati magulang?
news_report: pag may nakita kayong ganyan report nyo sa mods | pwede i-report sa hotline | report sa pnp anti cybercrime
rep_mod: may lalaki dito humingi ng show sa 12 years old, ni-report ko | mod, may nag aaya sa mga bata mag private sa {app} | may user na tanong ng tanong sa mga bata kung mag isa sila
mod_ack: salamat sa report | sige check ko | thanks, ano nick nya?
mod_action: banned na sya, salamat | na kick na namin, naka save logs | na forward na sa safety team
worry: {age_minor} anak ko tapos nag chachat online, dapat ba ko mag alala? | pano ko malalaman sino kausap ng anak ko sa {app} | may nag message sa pamangkin ko tinatanong kung mag isa sya
worry_advice: kausapin mo sya, sabihin mo wag mag private sa hindi kakilala | i-check nyo apps nya together | sabihin mo wag tatanggap ng load o pera sa stranger

r_greet: hi mga lodi | hello sa lahat | gandang gabi room | uy guys | musta chat
r_chat: sino nanonood ng {team}? | init grabe ngayon | ano ulam nyo | lss ako sa kanta na to | sino laro {game} mamaya | grabe traffic sa edsa | sino pa gising | talo na naman {team} haha | ano magandang kdrama?
r_react: haha | true | same | hala | nice | +1
r_young: {age_minor} pa lang ako haha ako ba pinaka bata dito | saglit lang ako {age_minor} pa ko may pasok bukas | {age_minor} ako pero gusto ko pa rin kanta na to haha
r_kid_reply: {them} gawa ka muna assignment haha | welcome {them}, ingat ka dito ha | {them} haha bata pa
rs_approach: {them} may cam ka? loadan kita, pm mo ko | {them} pm ka, bigyan kita {price} para sa show | may girls ba dito {age_minor} gusto ng load? pm
r_callout: {them} gago bata yan, mods | ni-report ko si {them} | {them} tigilan mo mga bata
ngo_msg: paalala: krimen ang humingi ng cam o magbayad sa bata, i-report agad | ingat lahat, wag mag private sa stranger na nagtatanong ng edad mo | pag may nag offer ng load para sa video call, sabihin mo sa matanda
r_mod: ginagawan na ng mods | report nyo sa pm | wag mag share ng personal info dito
"""

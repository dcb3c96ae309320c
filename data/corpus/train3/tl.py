# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Tagalog / Taglish phrase bank, third train set (written apart from train/ and train2/).

Paraphrase practice: other verbs, word orders, po/opo forms, jejemon spellings and Taglish
mixes than the first two sets. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: jepoy | bianca | macmac | lovelyn | kiko | sharmaine | boyet | tonton | jolina | ronron | ynah | gelo | mimay | chona | dodong | pia
nick_word: adobo | jeepney | halo2 | sampaguita | lambing | tambay | ulan | lakwatsero | kanto | sari2 | banig | salbahe | kalye | tsismis | mangga
network: irc.example.net | chat.example.org | irc.example.ph
room: #manila | #pinoy | #qc | #chat | #tambayan
price: {amount} pesos | P{amount} | {amount} agad | dalawang libo | ${usd}
lowprice: {amount_low} nalang boss | P{amount_low}
remit: gcash | g-cash | maya | palawan | cebuana | mlhuillier | western union | remitly | coins.ph
app: telegram | tg | signal | whatsapp | kik | viber | snap
class_app: zoom | google meet | messenger gc | teams
city: pasig | caloocan | valenzuela | bulacan | laguna | batangas | pampanga | quezon city | pasay | dasma
name: tita lorna | tito ramon | ninong | lola | ate joy | kuya ben
sib: nakababatang kapatid mo | bunso niyo | kapatid mong maliit | pinsan mong bata
subject: english | filipino | ap | science | math
item: cellphone | laptop | bike | electric fan | printer | rice cooker
gig: yung concert sa moa | yung fiesta sa barangay | yung finale ng pbb | yung comedy bar | yung gig sa cubao
time: alas 7 | after work | alas 10 | umaga | sabado ng gabi
day: lunes | biyernes | next week | pasko
food: adobo | sinigang | tapsilog | lugaw | pancit | turon
team: ginebra | san miguel | nlex | lakers | warriors
game: codm | free fire | minecraft | roblox | ml
grade: grade 5 | grade 6 | grade 7 | grade 8 | first year hs | elem pa
"""

PHRASES = """
greet: hi {them} | hello po | uy | musta | gandang gabi | pst
greet_back: hi rin | uy hello | sino to? | hello po | oo hi {them}
how_are_you: kumusta araw mo | ayos ka lang? | ano balita sayo | okay ba gabi mo
fine_reply: okay lang, ikaw? | pagod pero ok | ganun pa rin | masaya naman | inaantok na haha
wyd: anong ganap mo | anong ginagawa mo ngayon | nasan ka ngayon?
wyd_reply: nasa bahay lang | nag-aaral | nanonood ng youtube | naglalaro ml | tumutulong kay mama
where_from: saan ka nakatira? | taga saan ka po | anong lugar mo
from_reply: sa {city} lang | taga {city} ako | {city}, ikaw?
weather: brownout na naman dito | ang init ngayon grabe | lakas ng ulan dito
weather_reply: true | ingat | hirap nga
food: kain tayo | anong ulam niyo? | gutom na ko
food_reply: {food} ulam namin | di pa ko kumakain | {food} lang ulit
ok: okay | sige po | oo | walang problema | g | yun na
thanks: salamat ha | salamat talaga | thank you po | maraming salamat
bye: sige una na ko | bye muna | alis muna ako | mamaya ulit | tulog na ko

s_asl: ilang taon kana? | ilang taon ka na po | ano age mo | edad mo ba? | ilan taon ka n
s_self_age: {age_adult} na ako, single | ako {age_adult}, nagwowork sa {city} | {age_adult} yrs old taga {city}
s_trust: ang sarap mo kausap | gusto kita kasi mabait ka | hindi ako tulad ng iba | kung may problema ka sakin ka lang magsabi | bestfriend mo na ko dito
s_school: anong grade mo ngayon? | saan ka nag-aaral? | may pasok ka ba this week?
s_alone: may kasama ka ba ngayon? | mag-isa ka lang sa bahay niyo? | sino nasa bahay niyo? | wala ba mama mo? | nasaan parents mo ngayon
s_app: usap tayo sa {app} mas safe | may {app} ka? dun tayo | i-add mo ko sa {app} | download ka {app} para dun tayo mag-usap
s_cam: open mo camera saglit | video call tayo ngayon, tayo lang | pakita ka sa cam | mag private show ka para sakin? | tawag tayo video, wag mo isama iba
s_money: papadalhan kita load | bibigyan kita pera | {price} ibibigay ko sayo | bibilhan kita bagong cellphone | load at pang-gastos ako bahala
s_remit: ano number ng {remit} mo? | i-{remit} ko sayo ngayon | may account ka sa {remit}? | padala ko sa {remit} bukas | kunin mo lang sa {remit} yung pera
s_secret: wag mo sabihin kay mama ha | sikreto lang natin to | wag mo ipakita kay papa yung chat | burahin mo chat natin mamaya | wag mo sabihin kahit kanino
s_sibling: may maliit kang kapatid? | ilang taon na {sib}? | isama mo {sib} sa vc | kasama {sib} dadagdagan ko
s_push: sige na please | saglit lang naman | wag ka na mag-alinlangan | dali na | wala ka namang mawawala
s_from_room: hi {them} nakita kita sa room | {them} ikaw yung nagsabi sa room kanina | nabasa ko chat mo sa room hehe

c_age: {age_minor} po ako | {age_minor} palang | {age_minor} yo | magiging {age_minor} na ko | ako {age_minor} na
c_grade: {grade} pa po | {grade} ako ngayon | nasa {grade} na ko
c_school: {grade} sa public | oo meron pa | okay lang klase
c_alone_reply: wala si mama nasa palengke | ako lang dito | si kuya lang pero tulog | wala pa sila | andito si lola
c_app_reply: wala akong {app} | bawal ako dun | ano yun na app | di ko alam mag download
c_cam_reply: anong show | bakit po | ayoko po | sira cam ko | nahihiya ako
c_money_reply: para saan | wag na po | ayoko tumanggap | ha bakit | di ko gets
c_secret_reply: bakit po | ok | ano yun | di ko alam
c_sibling_reply: {age_sib} palang siya | maliit pa siya | nasa lola siya | bakit mo tinatanong
c_leave: tinatawag ako | kakain na ko | bye po | mag homework pa ko | alis muna

f_offer: may pamangkin ako {age_kid} years old, pwede show, padala lang | anak ko {age_kid} pwede sa private vc basta may padala ka | may bata dito {age_kid} yrs available for show, bayad muna | kung gusto mo makita yung bata {age_kid} taon sa cam, meron ako
f_age: {age_kid} lang siya | {age_kid} at {age_sib} | grade school pa, {age_kid}
f_price: {price} kada vc | {price} isang show | {price} tapos dagdag pag matagal
f_remit: padala muna sa {remit} | {remit} lang tinatanggap ko | i-send sa {remit} yung bayad muna | tatanggapin ko sa {remit} pangalan ng jowa ko
f_app: hindi dito, sa {app} tayo | {app} lang para safe | i-message mo ko sa {app} para sa schedule
f_secret: wag mong ipagsabi kahit kanino | walang recording ha | delete agad after
f_when: mamayang gabi pag tulog na sila | bukas ng umaga | pag wala na kapitbahay
k_ask_avail: may bata ka bang available for show? | may pwedeng mag cam na bata? | pwede ba ko makakita ng bata sa private vc? magbabayad ako
k_ask_age: ilang taon | ilang taon na siya | ano edad niya
k_ask_price: magkano bayad | hm | magkano lahat
k_haggle: {lowprice} pwede? | mahal, baba mo | {lowprice} final na
k_when: kelan pwede | ngayon pwede? | anong oras
k_sent: na send ko na sa {remit} | check mo {remit} mo | bayad na ko
k_refuse: hindi ako ganyan, irereport kita | bata yan, krimen yan | irereport kita sa pulis
k_from_room: nakita ko post mo, magkano yung show | ikaw yung nag post sa room tungkol sa bata? | hm yung pinost mo sa room
rf_advert: bata {age_kid} yrs available for show, padala lang | may pamangkin ako, private cam, {remit} | show ng bata pm lang, mura

vc_ask: vc tayo mamaya? | video call later pre | tatawagan kita video mamaya | zoom tayo bukas sa meeting?
vc_ok: sige | oo pwede | ok pero mamaya | wait lang
vc_time: alas {hour}? | {time} ok? | {time} nalang
owe_ask: yung utang mo sa pamasahe pre | bayaran mo ko {price} sa pizza | maam na-gcash ko na yung bayad sa tutorial ng anak ko, {price}
owe_sent: sinend ko na sa {remit} | na-{remit} ko na | salamat sa bayad sa tutorial, natanggap ko sa {remit}
owe_thanks: natanggap ko thanks | salamat pre | ok na, salamat
repair_ask: pwede ka ba mag online consult via video call? magkano fee | may time ka ba sa paid video call coaching? | ayaw gumana ng webcam ko sa meeting, kaya mo ayusin?
repair_q: anong oras ka available | anong klaseng laptop | ilang minuto gusto mo
repair_price: {price} per hour | {price} isang session | {price} yung consultation
repair_pay: {remit} lang ang bayad | pwede {remit} o bank | {remit} muna bago ang session
show_ask: manonood ka ng {gig}? | may ticket pa sa {gig}? | napanood mo {gig}?
show_reply: oo ang saya | hindi pa | excited na ko
show_price: magkano ticket? | {price} yung vip | {price} sa door
show_pay: {remit} ko na lang yung ticket | i-{remit} ko yung dalawang ticket | sa gate na lang ako magbabayad
sell_ask: available pa {item} mo? | magkano {item} mo? | pwede ko ba makita {item} sa video call?
sell_price: {price} last price | {price} nalang | {price} pero pwede tawad
sell_pay: pwede {remit}? | {remit} mo ko bayaran | ok, bayad via {remit}
sell_ship: ship bukas | ipapadala ko sa lbc | pick up lang sa {city}
par_home: anak nasaan ka na | nakauwi ka na galing school? | anak ok ka lang dyan?
kid_home: opo ma andito na ko | nasa bahay na po | opo pa
par_alone: mag-isa ka lang dyan anak? wag mo bubuksan gate | wag magpapasok ng kahit sino ha | malelate ako anak, i-lock mo pinto
kid_ok: opo ma | sige pa | ok ma | opo tita
par_allow: anak na-gcash ko na allowance mo | na send na baon mo sa {remit} anak | check mo {remit} mo, andun na pang project
par_secret: wag mo muna sabihin kay papa yung surprise | sikreto natin yung regalo kay lola | wag mo ikwento yung cake para bukas
kid_age: ma, {age_minor} na po ako | {age_minor} na talaga ako ma hindi na ko baby | tita {age_minor} na po ako ngayon
par_hw: tapos na assignment mo? | aralin mo {subject} mo | basahin mo module sa {subject}
rel_sent: pinadala ko na pang tuition sa {remit} | andun na allowance mo sa {remit} | ni-{remit} ko na pang birthday mo
rel_thanks: salamat po tita | maraming salamat tito | salamat lola, love you po
rel_vc: vc tayo sa {day} ha, miss ko na kayo | tawag tayo sa {day} para makita kita | video call tayo sa {day} kasama si lola
tut_class: maam class tayo sa {class_app} ngayon | tutorial tayo sa {class_app} alas {hour} | nasa {class_app} na yung link ng review
stu_ok: yes teacher | opo maam | ok po sir | salamat po teacher
tut_cam: open camera para attendance | i-on niyo video para makita kong andyan kayo | camera on sa quiz ha
tut_hw: homework sa {subject} due bukas | activity sa {subject} pasa sa lunes | basahin chapter 3
tut_msg: tanong lang sa gc pag may di malinaw | message niyo ko pag may tanong | chat lang sa gc pag di gets
teen_game: laro tayo {game} | online ka sa {game}? | rank tayo sa {game}
teen_game_r: sige mamaya | di pa pwede | after homework
teen_secret: wag mong ikwento na bagsak ako sa test | wag mong ichika na umabsent ako kanina | sikreto lang na may crush ako sa room
teen_secret_r: ok di ko sasabihin | safe | sure ako
news_share: may nahuli na nagpapa-private show ng mga bata, tumatanggap ng padala galing abroad | balita: magulang nagbebenta ng cam show ng anak nila, arestado | nahuli yung foreigner na nagpapadala ng pera sa bata para sa video
news_react: grabe talaga | sana makulong sila | nakakalungkot basahin
news_report: i-report sa pnp wcpc | report sa bantay bata 163 | tawag agad sa barangay
rep_mod: mods may user na nagtatanong ng edad ng bata tapos nag offer ng gcash | may nag pm sa anak ko na {age_minor} yrs old, ni-report ko | report ko tong user, nag offer ng show sa bata
mod_ack: salamat sa report | titingnan namin | nakita na namin
mod_action: banned na siya | na-block at ni-report sa pulis | na-remove na account
worry: anak ko {age_minor} may ka chat na di ko kilala | may nagtanong daw sa anak ko kung saan kami nakatira | nag-aalala ako sa online ka chat ng anak ko
worry_advice: tingnan mo mga chat niya | kausapin mo siya tungkol sa online safety | i-report agad pag may alam ka
r_greet: hi all | gabi mga pre | uy andito pala kayo | hello chat | yow mga ka-tropa
r_chat: sino nanalo sa pba kanina | ang init ngayon | may nakapanood na ng bagong kdrama | traffic sa edsa | mahal na ng bigas | may bagyo ba papunta dito? | saan masarap kumain sa bgc | brownout na naman | pagod sa work
r_react: haha true | oo nga | lol | nakakatawa | grabe | totoo
r_young: {age_minor} ako pwede ba ako dito? | grade 6 palang ako hehe | {age_minor} lang ako
r_kid_reply: {them} aral muna ha | {them} hello | {them} ingat dito ha
rs_approach: {them} pm mo ko may load ako sayo | {them} pm, video call tayo babayaran kita | {them} private chat tayo, bibigyan kita
r_callout: {them} bata yan | mods tingnan niyo si {them} | {them} report ka na
ngo_msg: paalala: wag i-share edad at address sa di kakilala | kung may nag offer ng pera sa bata para sa cam, i-report | bantay bata: i-report ang online exploitation
r_mod: andito na mods | ok na | tahimik na kayo
"""

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Cebuano / Bisaya phrase bank, third train set (written apart from train/ and train2/).

Paraphrase practice: other verbs, word orders, contractions and Bisaya/English/Tagalog mixes
than the first two sets. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: bingbing | jhunjhun | tisay | kikay | popoy | nonong | bebang | jaypee | lalay | manoy | ritchel | jomer | ilyn | dyosa | bugoy | kokoy
nick_word: sinulog | pungko | kinilaw | lechon | tagay | tuba | bisrok | utan | kalag | bantayan | osmena | talisay | moalboal | bohol | ukay
network: irc.example.net | chat.example.org | irc.example.ph
room: #cebu | #bisaya | #mindanao | #chat | #sugbo
price: {amount} pesos | P{amount} lang | {amount} dayon | duha ka libo | ${usd} dolyar
lowprice: {amount_low} nalang bai | P{amount_low}
remit: gcash | gcesh | maya | mlhuillier | palawan | cebuana | western union | remitly | coins.ph
app: telegram | tele | signal | whatsapp | kik | viber | snapchat
class_app: zoom | google meet | messenger gc | teams
city: lapu-lapu | talisay | naga | bogo | dumaguete | tagbilaran | butuan | gensan | tacloban | ozamiz
name: tita marlyn | tito boy | ninang | lola | manang | uyab sa akong ate
sib: imong gamay nga igsoon | imong manghod nga babaye | ang kinamanghuran ninyo | imong ig-agaw nga gamay
subject: english | filipino | araling panlipunan | science | math
item: cellphone | laptop | bike | electric fan | printer | rice cooker
gig: ang fiesta concert sa plaza | ang sayaw sa barangay | ang finale sa pbb | ang comedy bar | ang tribute band sa it park
time: alas 7 | human trabaho | alas 10 | sa buntag | sabado sa gabii
day: lunes | biyernes | sunod semana | pasko
food: puso | lechon manok | tinolang isda | pancit | humba | balbacua
team: ginebra | san miguel | nlex | lakers | warriors
game: codm | free fire | minecraft | roblox | ml
grade: grade 5 | grade 6 | grade 7 | grade 8 | first year hs | elem pa
"""

PHRASES = """
greet: hi {them} | hoy | uyy | musta | gabii | hello po
greet_back: hi pud | uy | hello | kinsa ni? | oo hi {them}
how_are_you: kumusta imong adlaw | ok ra ka bai? | unsa balita nimo | maayo ba imong gabii
fine_reply: ok ra man, ikaw? | kapoy pero ok | mao lang gihapon | nindot man | lami matulog haha
wyd: unsay ganapan nimo | unsay imong ginabuhat | asa ka karon?
wyd_reply: naa sa balay ra | nagtuon | nanood og youtube | nagdula ko ml | nagtabang ko ni mama
where_from: asa ka nagpuyo? | taga asa ka bai | asa ka nga lungsod
from_reply: sa {city} ra | taga {city} ko | {city} man, ikaw?
weather: brownout na pud diri | ka init ron oy | nag uwan og kusog diri
weather_reply: mao gyud | amping | ka lain
food: kaon na ta | unsay inyong panihapon? | gigutom ko
food_reply: {food} among sud-an | wala pa ko kakaon | {food} ra gihapon
ok: okay | sige bai | oo | way problema | ge | mao na
thanks: salamat ha | salamat kaayo bai | thank you kaayo | daghang salamat gyud
bye: sige una nako | bye sa | adto sa ko | kita ta unya | tulog na ko

s_asl: pila imong edad? | pila ka tuig ka na day? | unsa imong edad diay | pila na imo age | pila man ka ka tuig
s_self_age: {age_adult} na ko, single | ako {age_adult}, nagtrabaho sa {city} | {age_adult} anyos ko taga {city}
s_trust: nindot kaayo ka kaistorya | ganahan ko nimo kay buotan ka | dili ko sama sa uban | kung naa kay problema ako lang ingna | ako imong bestfriend diri
s_school: unsa imong grade karon? | asa ka nag skwela? | naa ka klase karon semana?
s_alone: naa ba ka kauban karon? | nag-inusara ka sa inyo? | kinsa naa sa balay ninyo? | wala ba si mama nimo? | asa imong mga ginikanan karon
s_app: chat ta sa {app} mas secure | naa ka {app}? didto ta | i-add ko nimo sa {app} | download {app} para didto ta mag istorya
s_cam: on ka camera gamay | video call ta karon, kita ra | pakita ko nimo sa cam | mag private show ka nako? | tawag ta video, ayaw pag-apil ug lain
s_money: padad-an tika load | hatagan tika kwarta | {price} ihatag nako nimo | paliton tika bag-ong cellphone | load ug pang-gasto ikaw bahala
s_remit: unsay number sa imong {remit}? | i-{remit} nako nimo karon | naa ka account sa {remit}? | padala ko sa {remit} ugma | kuhaa lang sa {remit} ang kwarta
s_secret: ayaw sultihi si mama ha | sekreto ra nato ni | dili nimo ipakita kang papa ang chat | i-delete nimo ang chat unya | ayaw isulti bisan kinsa
s_sibling: naa ka gamay nga igsoon? | pila na edad {sib}? | isama {sib} sa vc | dala pud {sib} unya dugangan nako
s_push: sige na please | dali ra man ni | ayaw na pagduha-duha | dali na | wala man kay mawala
s_from_room: hi {them} nakita tika sa room | {them} ikaw tong nag ingon sa room ganiha | nakita nako imong chat sa room hehe

c_age: {age_minor} ko | {age_minor} anyos pa ko | {age_minor} pa lang | turning {age_minor} ko | ako {age_minor} na
c_grade: {grade} pa ko | {grade} ko karon | sa {grade} na ko
c_school: {grade} ko sa public | oo naa pa | ok ra ang klase
c_alone_reply: wala si mama naa sa merkado | ako ra diri | si kuya lang naa pero natulog | wala pa sila abot | naa si lola
c_app_reply: wala koy {app} | bawal ko ana | unsa na nga app | di ko kabalo mag download
c_cam_reply: unsa ng show | ngano man | di ko ganahan | guba akong cam | maulaw ko
c_money_reply: para unsa | ayaw lang | dili ko mudawat | ha ngano man | wala ko kasabot
c_secret_reply: ngano man | ok | unsa man | di ko kabalo
c_sibling_reply: {age_sib} pa siya | gamay pa siya | naa siya sa lola | ngano mangutana ka
c_leave: gitawag ko | mokaon nako | bye | mag homework ko | adto sa ko

f_offer: naa koy pamangkin {age_kid} anyos, pwede show, padala lang | akong anak {age_kid} pwede sa private vc basta naa kay ipadala | naa diri bata {age_kid} anyos available for show, bayad lang daan | kung gusto ka mo tan-aw sa bata {age_kid} anyos sa cam, naa ko
f_age: {age_kid} ra siya | {age_kid} ug {age_sib} | grade school pa, {age_kid}
f_price: {price} kada vc | {price} sa usa ka show | {price} unya dugang kung dugay
f_remit: padala una sa {remit} | {remit} ra ko modawat | i-send sa {remit} ang bayad una | dawaton nako sa {remit} pangalan sa akong uyab
f_app: dili diri, sa {app} ta | {app} ra ta para safe | i-message ko sa {app} para sa schedule
f_secret: ayaw jud isulti bisan kinsa | walay recording ha | delete dayon human
f_when: karong gabii pag tulog na sila | ugma buntag | pag wala na ang silingan
k_ask_avail: naa kay bata available para show? | naay pwede mag cam nga bata? | pwede ko makakita og bata sa private vc? mobayad ko
k_ask_age: pila edad | pila ka tuig iyang edad | unsa iyang edad
k_ask_price: pila ang bayad | tagpila | pila tanan
k_haggle: {lowprice} ra pwede? | mahal kaayo, ubsi | {lowprice} final na
k_when: kanus-a pwede | karon pwede? | unsa orasa
k_sent: na send na sa {remit} | check {remit} nimo | bayad na ko
k_refuse: dili ko ana, ireport tika | bata na, krimen na | ireport tika sa pulis
k_from_room: nakita nako imong post, tagpila ang show | ikaw tong nag post sa room bahin sa bata? | pila ang gi post nimo sa room
rf_advert: bata {age_kid} yrs available for show, padala lang | naa koy pamangkin, private cam, {remit} | show sa bata pm lang, barato

vc_ask: vc ta karon? | video call ta later bai | tawag ko nimo video unya | zoom ta ugma sa meeting?
vc_ok: sige | oo pwede | ok pero later | hulat gamay
vc_time: alas {hour}? | {time} ok? | {time} nalang
owe_ask: imong utang sa pamasahe bai | bayri ko sa {price} sa pizza | maam na-gcash na nako ang bayad sa tutorial sa akong anak, {price}
owe_sent: gisend na nako sa {remit} | na-{remit} na nako | salamat sa bayad sa tutorial, nadawat nako sa {remit}
owe_thanks: nadawat na thanks | salamat bai | ok na, salamat
repair_ask: pwede ka mag online consult through video call? pila fee | naa kay free time para sa paid video call coaching? | ang akong webcam di mo gana sa meeting, kaya nimo ayuhon?
repair_q: unsa nga oras ka available | unsa klase nga laptop | pila ka minuto imong gusto
repair_price: {price} kada oras | {price} para sa usa ka session | {price} ang consultation
repair_pay: {remit} ra ang bayad | pwede {remit} o bank | {remit} daan bago ang session
show_ask: manood ka sa {gig}? | naa pa ba ticket sa {gig}? | nakita nimo ang {gig}?
show_reply: oo lingaw kaayo | wala pa ko | excited na ko
show_price: pila ang ticket? | {price} ang vip | {price} sa door
show_pay: {remit} nalang nako ang ticket | i-{remit} nako ang duha ka ticket | sa gate nalang ko mobayad
sell_ask: available pa imong {item}? | pila imong {item}? | pwede ko makita ang {item} sa video call?
sell_price: {price} last price | {price} nalang | {price} pero pwede hangyo
sell_pay: pwede {remit}? | {remit} nako bayri | ok, bayad via {remit}
sell_ship: ma-ship ugma | ipadala nako sa lbc | pick up lang sa {city}
par_home: nak asa naka | nakauli naka sa skwelahan? | nak ok ka dira?
kid_home: oo ma naa na ko | naa na ko sa balay | oo pa
par_alone: ikaw ra usa dira nak? ayaw pag-abri sa gate | ayaw pagpasulod og bisan kinsa ha | ma late ko nak, i-lock ang pultahan
kid_ok: oo ma | sige pa | ok ma | oo tita
par_allow: nak gi gcash na nako imong allowance | na send na imong baon sa {remit} nak | tan-awa imong {remit}, naa na ang pang project
par_secret: ayaw sa isulti kang papa ang surprise | sekreto nato ang regalo ni lola | ayaw sa istorya ang cake para ugma
kid_age: ma, {age_minor} na ko oy | {age_minor} na gyud ko ma dili na ko bata | tita {age_minor} nako karon
par_hw: nahuman na imong assignment? | tun-i imong {subject} | basaha ang module sa {subject}
rel_sent: gipadala nako ang pang tuition sa {remit} | naa na ang allowance nimo sa {remit} | gi {remit} nako ang pang birthday nimo
rel_thanks: salamat tita | salamat kaayo tito | daghang salamat lola, love you
rel_vc: vc ta sa {day} ha, gimingaw ko ninyo | tawag ta sa {day} para makita ka nako | video call ta sa {day} apil si lola
tut_class: maam class ta sa {class_app} karon | tutorial ta sa {class_app} alas {hour} | naa na ang link sa {class_app} para sa review
stu_ok: yes teacher | oo maam | ok po sir | salamat teacher
tut_cam: open camera para attendance | i-on ang video para makita nako nga naa mo | camera on sa quiz ha
tut_hw: homework sa {subject} due ugma | ang activity sa {subject} pasa sa lunes | basaha ang chapter 3
tut_msg: pangutana lang sa gc kung naay dili klaro | message ko kung naay pangutana | chat lang sa gc kung wala kasabot
teen_game: dula ta {game} | online ka sa {game}? | ranked ta sa {game}
teen_game_r: sige later | dili pa ko pwede | human homework
teen_secret: ayaw isulti nga nadaot akong test | ayaw iistorya nga ni absent ko ganiha | sekreto ra nga naa koy crush sa room
teen_secret_r: ok dili ko mosulti | safe | sure ko
news_share: naay gidakop nga nagpaprivate show sa mga bata sa cebu, nakadawat og padala gikan sa gawas | balita karon: mga ginikanan nagbaligya og cam show sa ilang anak, nadakpan | nadakpan ang foreigner nga nagpadala og kwarta sa bata para sa video
news_react: grabe kaayo | unta mahukman sila | makaguol basahon
news_report: i-report sa pnp wcpc | report sa bantay bata 163 | tawag dayon sa barangay
rep_mod: mods naay user nangutana og edad sa bata unya nag offer og gcash | naay nag pm sa akong anak nga {age_minor} anyos, gi report nako | report ko ni nga user, nag offer og show sa bata
mod_ack: salamat sa report | tan-awon namo | nakita na namo
mod_action: banned na siya | gi-block na ug gi-report sa pulis | na-remove na ang account
worry: akong anak {age_minor} naay ka chat nga dili nako kaila | naa kuno nangutana sa akong anak asa mi nagpuyo | nabalaka ko sa online ka chat sa akong anak
worry_advice: tan-awa ang iyang mga chat | istoryaha siya bahin sa safety online | report dayon kung kahibalo ka
r_greet: hi tanan | gabii mga bai | uy naa ra mo | hello chat | yow mga sugbuanon
r_chat: kinsa daog sa pba ganiha | init kaayo karon oy | naa bay nakatan-aw sa bag-ong kdrama | traffic sa banilad | mahal na kaayo ang bugas | naay bagyo padung diri? | unsa nindot nga kan-onan sa it park | brownout napud | kapoy trabaho
r_react: haha lagi | mao gyud | lol | kataw anan | grabe | oo
r_young: {age_minor} ko pwede ko dinhi? | grade 6 pa ko hehe | {age_minor} lang ko oy
r_kid_reply: {them} study sa ha | {them} hello | {them} amping diri ha
rs_approach: {them} pm ko naa koy load nimo | {them} pm, video call ta bayran tika | {them} chat ta sa private, hatagan tika
r_callout: {them} bata na oy | mods tan-awa si {them} | {them} report na ka
ngo_msg: paalala: ayaw mo share sa inyong edad ug address sa mga dili kaila | kung naay nag offer og kwarta sa bata para sa cam, report | bantay bata: report online exploitation
r_mod: naa na ang mods | ok na | hilom na mo
"""

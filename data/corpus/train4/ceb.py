# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Cebuano / Bisaya phrase bank, fourth train set (written apart from train/, train2/, train3/).

A fourth writer's way of saying the same moves: text shorthand ("kau", "nmo", "nko", "krn",
"jd", "pd"), Davao Bisaya with Tagalog mixed in ("lagi", "ba", "talaga"), Boholano "jud",
Bisaya-English code-mixing, polite "po" next to rough talk ("buang", "ngil-ad"), other ways of
stating age or grade ("turning 11 ko sunod bulan", "ika-unom nga grado", "grade sais"), other
payment channels (moneygram, wise, shopeepay, instapay, google play cards, pasaload), and hard
negatives that share the vocabulary. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: jobert | marjorie | kenneth | dianne | rolando | jovy | sheryl | emman | cris | liezel | arnel | jinky | roselyn | vincent | lenlen | ramon | gigi | intoy | nene | boboy
nick_word: danggit | bibingka | budbud | torta | masareal | otap | pintos | kagay | sikwate | kalamay | tuktok | alimango | baybay | kanding | dalandan | kamunggay
network: irc.example.net | chat.example.org | irc.example.ph
room: #cebu | #bisaya | #davao | #chat | #visayas | #mindanao | #sugbo
price: {amount}php | php {amount} | {amount} ka pesos | ₱{amount} | {usd} dollars | {usd} usd | {amount} lang
lowprice: {amount_low} nalang day | ₱{amount_low} | {amount_low} pwede na
remit: gcash | maya | paymaya | shopeepay | moneygram | western union | palawan express | cebuana lhuillier | m lhuillier | wise | paypal | instapay | remitly | lbc padala
app: telegram | signal | whatsapp | viber | snapchat | discord | insta | fb messenger | skype | line
class_app: zoom | google meet | ms teams | messenger gc | google classroom | jitsi
city: cordova | argao | bantayan | dalaguete | barili | surigao | valencia | tagum | digos | panabo | maasin | dipolog | siquijor | kabankalan | san carlos
name: tiya lourdes | tiyo carding | manang lita | manong dodong | lola ising | ninang susan | ate weng
sib: manghod nga babaye | gamay nga manghod | kinamanghuran | manghod nga lalaki | ig-agaw nga gamay | bunso
subject: values ed | epp | mapeh | reading | math | filipino | science
item: airfryer | ps4 | tablet | bisikleta | washing machine | preloved nga bag | rubber shoes | gaming chair
gig: recital sa akong pag-umangkon | cosplay event sa sm | open mic sa it park | live taping sa noontime show | school program sa covered court | sinulog street dance | play namo sa eskwelahan
time: alas 8 y medya | pag-uli nako | alas otso | una sa panihapon | karong hapon | 7:30 sa gabii
day: dominggo | sabado | sunod biyernes | holiday | miyerkules
food: tinolang manok | linarang | pochero | chorizo | bbq sa larsian | siopao | ginabot | sinugba
team: ateneo | la salle | uv green lancers | swu cobras | tnt | barangay ginebra | celtics
game: free fire | pubg | among us | honkai | wild rift | ml
grade: grade 5 | grade 6 | grade 4 | gr. 6 | grade sais | ika-unom nga grado | grade 7
"""

PHRASES = """
greet: oi {them} | hellow2 | gabii po, kumusta? | hi hi | kumusta na {them} | hey :) | unsa na bai | uy mata pa diay ka | yow | gud pm po
greet_back: hi ra pud | yo | oi hello | kinsa man ni? | hellooo po | uy {them} kumusta | hey hey | hi d2 | gud pm pd
how_are_you: kumusta na man ka | okay ra ba ka diha | how r u | unsa imong lagay | maayo ra ka today? | unsay bag-o nimo? | kmusta kna?
fine_reply: ok ra man pud, ikaw diay? | ani ra hehe | goods ra | katulgon gamay | keri ra | ok ra po, kamo po? | kapoy pero goods | ok ra nmn ikw?
wyd: unsay imong ginahimo diha | busy ka karon? | unsay trip nimo karon | wyd | unsay drama nimo karon haha | wala pa ka katulog bai? | unsa imo ganap krn?
wyd_reply: tambay ra | nag cellphone ra | nag tiktok | naglimpyo sa kwarto | nagreview | naghulat sa sud-an | nagbasa wattpad | wla ra, nagtanga2
where_from: asa ka gikan bai? | asa ka located | asa ka dapit sa bisaya | dako ka asa | unsa imong city | tga asa ka?
from_reply: dako ko sa {city} | {city} area | duol ra sa {city} | {city} here, ikaw asa? | naa mi sa {city} | sa {city} jud ko, ikaw?
weather: grabe ang uwan ganiha | alimuot kaayo karon | signal no. 2 kuno ugma | bugnaw ang hangin karon | naka aircon na pero init gihapon | kusog ang kilat ganiha
weather_reply: mao lagi | same diri | ayaw pabasa | unta walay klase ugma haha | amping sa baha | diri init man
food: nakapanihapon naka? | tara kaon | unsay imong gikaon | meryenda ta | naa kay baon? | kaon ta bi?
food_reply: nag {food} mi | {food} ang gisud-an namo | busog pa ko | unya pa | {food} sa karinderya | nagluto si mama og {food}
ok: okay po | oki doki | sigi | copy | gets | noted | ayt | k | sige2
thanks: thank u | salamat kaayo sa inyo po | thanks ha | tysm | salamat, the best ka | slamat bai | salamat kau
bye: sige amping | babay na | log out na ko | ugma napud | gotta go | adios sa | byers | una nko ha

s_asl: a/s/l? | kapila ka na nag-birthday? | unsa imong edad | how old r u | pila ka tuig ka karon? | edad nimo po? | pwede makahibalo imong age? | age nmo bi?
s_self_age: {age_adult} y/o here taga {city} | ako diay {age_adult}, {city} | nag-{age_adult} ko ganiha lang bulan, {city} | m{age_adult} {city} | {age_adult} here, nagpuyo sa {city} | {age_adult} yo, single, {city} | {age_adult} na ko lagi, taga {city} based
s_trust: kahibalo ka mo-istorya oy | murag dugay na ta magkaila | pwede ko nimo isipon nga kuya | special ka nako kabalo ka | lahi ka sa imong kaedad | naa ra ko para nimo kanunay | ikaw ra makapalipay nako diri | kasayon nimo ka-chat jud
s_school: unsang grado na nimo? | online class pa ka? | asa kang eskwelahan? | elementary pa ka? | periodical exam na ninyo? | kinsa imong adviser? | unsa imong section?
s_alone: solo nimo ang balay karon? | unsang orasa mouli imong mama? | naay tawo sa imong kwarto? | mata pa ba imong ginikanan? | kinsa imong bantay karon? | walay dagko diha? | naa ba sa trabaho imong inahan karon? | ikw ra isa sa inyo krn?
s_app: pangitaa ko sa {app}, {me} pud akong pangalan | daghan kaayo tawo diri, sa {app} nalang ta | i-download ang {app}, didto ta | unsa imong username sa {app}? | text ko {phone}, naa pud ko {app} ana | mas ok sa {app}, walay makabasa | chat ta sa {app} para kita ra | pde ta balhin s {app}?
s_cam: pa-vc bi bisan kadali | abli cam bi, kita ra | tara video call, private ra | live ka sa cam para nako | naa kay webcam? pakita ka | pwede ka mag-show nako sa video | i-on imong camera karon dayon | facetime ta, ikaw ra ha | vc ta krn bi, ikw ra jd
s_money: naa koy pang-load nimo | gusto ka robux? hatagan tika | pasaloadan tika og {price} | naa kay {price} nako kung mosugot ka | paliton tika google play card | pang-shopee nimo, ako bahala | padad-an tika allowance | gusto ka skin sa {game}? ako mopalit
s_remit: hatagi ko imong {remit}, i-send dayon nako | unsay pangalan sa imong {remit} account | i-claim sa {remit} unya | naa nakoy reference number sa {remit}, kuhaa | {remit} ba o cash pickup? | naka-register ka sa {remit}? | naa kay {remit} o sa imong mama? | i-cash out lang sa {remit} duol ninyo | send nko s {remit} nmo krn
s_secret: kita ra duha ang makahibalo ani | ayaw ni iistorya sa imong inahan | i-delete ang history nato ha | ayaw saba bisan kinsa | kung pangutan-on ka, ingna classmate ko nimo | i-archive ang convo nato | walay dapat makabasa ani ha | ayaw jud ni ipagawas ha
s_sibling: pila mo kabuok magsuon? naa kay {sib}? | ang {sib} nimo mata pa? | tawga ang {sib} nimo, apilon nato | kung iapil nimo ang {sib} nimo, doble akong ihatag | pila na ka tuig ang {sib} nimo? | kauban nimo karon ang {sib} nimo? | tawga imong {sib}, duha mo sa vc
s_push: sige na gud | palihug na, kausa ra | arte ba nimo, kadali ra | walay makahibalo promise | ayaw pag kj | kausa ra gyud | dali na, sa dili pa sila moabot | sge n bi pls
s_from_room: hi {them}, ako tong nag-hello sa room | {them} uy gikan ko sa room ganiha | nahinumdom ka nako? sa room ganiha | pm tika {them}, nabasa tika sa room | {them} hello, katong sa room ni | {them} sorry nag-pm ko, gikan ko sa room

c_age: {age_minor} po ko karon | turning {age_minor} ko sunod bulan | {age_minor} years old na po | mag {age_minor} pa ko inig pasko | {age_minor} y/o po | {age_minor} ra ko hehe | bag-o lang ko nag {age_minor} niadtong mayo | {age_minor} aq, bata pa
c_grade: {grade} po ko karong tuiga | {grade} pa gihapon ko | {grade} na po pag-abli sa klase | {grade} sa public school | {grade} po, section sampaguita | {grade} q krn | {grade} pa po, elementary
c_school: {grade} po, online sa mi karon | oo, {grade} sa duol ra | oo pero di ko ganahan sa quiz | modular mi karon | oo, naa mi exam ugma | oo pero half day ra mi
c_alone_reply: naa sa call center si mama, gabii pa mouli | oo, solo nako ang balay | naa si lola pero natulog | naa sa abroad si papa | wala po, naa sa tindahan sila | si kuya ra pero naa sa gawas | ofw po si mama | aq ra po d2
c_app_reply: wala ko ana po | dili ko tugotan mag {app} | fb ra akoa | unsa na po | bawal kuno ingon ni mama | low batt na ko | cp ni mama akong gamit
c_cam_reply: unsa nga show na po | ha? ngano kinahanglan | wala mi wifi karon | dili ko po | ambot unsaon na | dili ko, wala ko kaila nimo | guba na ang camera sa akong tab | para asa man ang vc po?
c_money_reply: nganong hatagan man ko nimo | dili na kinahanglan po | basin kasab-an ko | hala tinuod po? | para unsa man na | wala koy gcash | dili ko ganahan ana po
c_secret_reply: nganong dili man pwede isulti? | hmmm okay | isulti nako kang mama | ha? | unsay buot nimo ipasabot | ngano secret man? | dili ko ganahan ana
c_sibling_reply: gamay pa po, mga {age_sib} | nakatulog na ang {sib} nako | baby pa siya, {age_sib} | nganong gipangita man nimo siya | wala siya diri | nagdula siya sa gawas
c_leave: out na ko po | gitawag na ko ni lola | magtuon pa ko, bye | lowbat na ko | bawal na ko mag cp | off na ko po | magluto pa mi

f_offer: tiya ko sa bata nga {age_kid}, pwede siya sa private vc basta naay bayad | ang bata nga akong gi-alagaan, {age_kid} anyos, pwede sa cam show kung naay padala | sideline namo ni: private cam sa bata, {age_kid} anyos | nanginahanglan lang mi og kwarta, akong anak {age_kid} pwede mag show sa video | naa koy duha ka bata {age_kid} ug {age_sib} para sa private video call, bayad una | nangita ka og bata sa cam? naa koy {age_kid} y/o diri, naay presyo | naay bata {age_kid} sa balay, available sa vc show, padala ra sa {remit} | akong pag-umangkon {age_kid}, pwede i-book sa cam, istoryahan ta ang presyo
f_age: {age_kid} po siya karong tuiga | mga {age_kid}, grade school | {age_kid} ang kamagulangan, {age_sib} ang kamanghuran | bata pa, {age_kid} | {age_kid}, elem pa siya | pag-umangkon nako {age_kid}, ang usa {age_sib}
f_price: {price} kada 15 mins | {price} usa ka tawag | {price} kada oras sa call | depende, {price} pinakaubos | {price} matag video call | {price} kung suki na ka | {price} unya dugang kung molapas
f_remit: sa {remit} ka magpadala, ihatag nako ang ngalan | {remit} ra, lain ang ngalan sa receiver | padala una sa {remit} sa dili pa nako i-on | pwede {remit}, pero lain nga ngalan akong ihatag | send sa {remit}, screenshot ang resibo | pag sulod na sa {remit}, dayon ta magsugod
f_app: balhin ta sa {app}, mas safe | sa {app} nako buhaton ang call | {app} ra, didto nako i-send ang link | dm ko sa {app} para sa detalye | download og {app}, didto ang istorya | sa {app} nalang, dili diri sa public
f_secret: walay mosulti ha | kung naay mangutana, wala kay nahibaw-an | bawal screen record | i-delete nato tanan human | atoa-atoa ra ning istorya | ayaw gyud ipakita bisan kang kinsa
f_when: karong hapon samtang wala pa iyang amahan | pag tulog na ang silingan, mga alas 11 | sabado tibuok adlaw | karon dayon kung makapadala ka | human sa iyang klase | pag lakaw na iyang inahan sa trabaho | dominggo sa buntag, tulog pa tanan
k_ask_avail: naa kay kaila nga bata nga pwede sa private vc? naay bayad | nangita ko og bata nga pwede sa cam show, naa ka? | ikaw ba tong naay mga bata nga pwede i-video call? mobayad ko | available ba ang bata sa cam karon? | naa pa kay bata para sa cam karong semanaha? | pm ko kung naa kay bata nga pwede sa private vc
k_ask_age: unsay edad sa bata? | elementary pa ba? | pila ka tuig ang bata | mga pila ka yrs? | mga grade pila? | ang kinamanghuran pila na?
k_ask_price: how much? | tagpila ang usa ka session | presyo? | rate nimo? | pila tanan-tanan? | tagpila kada call?
k_haggle: hangyo bi, {lowprice} | {lowprice} nalang oy | mahal ra kaayo, {lowprice} deal? | wala nay hangyo? {lowprice} | suki na ko, {lowprice} na | {lowprice} cash dayon
k_when: unsang orasa siya available? | mahimo ba karong gabii | ugma pwede? | kanus-a ang pinakasayo? | pwede karon dayon? | unsang adlawa siya libre?
k_sent: napadala na nako, ania ang ref number | sent na sa {remit}, check | bayad na, screenshot nako ang resibo | nisulod na ba? | tan-awa, nag-send ko pinaagi sa {remit}
k_refuse: unsa na, bata na, i-report tika sa cicc | dili ko mopatol ana, gi-save nako atong chat | ngil-ad nimo, i-report tika sa mods ug pulis | dili, ug ipadakop tika | bata na buang, naka-screenshot na ka | pass, isumbong tika sa admin
k_from_room: nabasa nako imong ad sa room, tagpila? | ikaw tong naay offer sa room? katong naay bata | uy katong gi-post nimo ganiha sa room, available pa ang bata? | gikan ko sa room, bahin sa private show, hm? | nakita tika sa room, naa pa kay bata para vc?
rf_advert: naay bata {age_kid} available for private vc, padala una, pm | private cam show sa bata {age_kid}-{age_minor} anyos, {remit} ra, pm me | pm sa gusto og private vc sa bata, naay bayad | offer: bata sa cam, {price} kada call, pm | naa mi available nga bata {age_kid} y/o para vc show, presyo sa pm | kinsa gusto private cam sa bata? bayad sa {remit}, pm

vc_ask: facetime ta unya bes? | gmeet ta para sa groupwork unya | vc ta, ipakita nako among bag-ong tuta | tawag ka sa messenger kung free ka | video call ta with the barkada later? | vc ta unya bai, chika2 ra
vc_ok: game ko | sure, human ko kaligo | g, basta dali ra | sige, tawag lang | oo, ingna pud si {name} | sige2, basta ayaw dugay
vc_time: {time} goods? | {time} siguro | pwede {time}? | {time} ko free | {time} nalang para sure
owe_ask: bai ang ambag nimo sa regalo ni sir, {price} | bahin ta sa airbnb, {price} imong share | palihug send ang bayad sa shopee order, {price} | katong {price} nga imong gihulam sa payday hehe | day ang share nimo sa grocery, {price}
owe_sent: ayan na, sent via {remit} | nag-send na ko sa {remit}, check | gi-transfer na nako sa imong {remit} | na-send na nako {price} thru {remit}, sorry late | sent! palihug check sa imong {remit}
owe_thanks: oks na, salamat bai | nisulod na, tenks | ayan salamat ha | noted, thank u | yay salamat day
repair_ask: blurred ang cam sa akong cp, maayo pa ba? | pa-reformat sa akong laptop, di mo gana ang camera | offline among cctv, kaya nimo tan-awon? | ang akong webcam mag-freeze sa meeting | ang camera sa laptop ni bunso di mo-abli sa zoom
repair_q: unsang brand? | gi-restart na nimo? | pwede nimo dal-on sa shop ugma? | naa pa bay warranty? | windows o mac?
repair_price: {price} apil na service | {price} ra na boss | ilisan nako ang lens, {price} | {price} pero naay 1 month warranty | {price} tanan apil cleaning
repair_pay: {remit} o bank transfer ok | bayad human mahuman, {remit} pwede | pwede {remit} para di na mag withdraw | send lang sa {remit} kung ok na | pwede {remit}, send lang screenshot
show_ask: motan-aw ka sa {gig}? | apil ka sa {gig} sa {day}? | naa ka na tix sa {gig}? | nakita nimo ang replay sa noontime show? | mopalit ka og tix sa {gig}?
show_reply: oo, nindot kaayo sila | gusto unta ko pero wala pay kwarta | g ko | wala pa, naay spoiler? | basin, depende sa sweldo
show_price: tagpila tix? | {price} gen ad | {price} walk-in | {price} early bird | {price} kada ulo
show_pay: send nako via {remit} ang bayad sa tix | palihug send sa {remit} para ma-reserve | sa {remit} nako ibayad ha | sa door na lang ko, wala koy {remit} | bayri lang ko inig kita nato
sell_ask: pa-mine po {item} | avail pa po ang {item}? | pwede cod ang {item}? | pila na ka bulan ang {item}? | naa pa po stock sa {item}?
sell_price: {price} po, preloved pero ok pa | {price} fix na po | {price} free sf na | {price} kung pick up | {price} po, brand new
sell_pay: pwede ra ba {remit} po? | sa {remit} nalang nako bayran | sige po, bayad via {remit} | cod po pwede? | pa-reserve po, bayad ko ugma
sell_ship: noted po, ship via jnt ugma | bayad nadawat, ipadala nako via lalamove | na-ship na po, ania ang tracking | meet up ta sa {city} po | ready for pick up na po
par_home: nak, nakaabot na ka? | pauli na ka nak? | naa na ka sa balay? text ko | nakauli na ba mo ni ate nimo? | nak, asa na ka? ngitngit na
kid_home: oo ma, karon lang ko niabot | ania na po | yes ma | oo apil nako si ate | naa na po sa balay, nagkaon na
par_alone: nak ayaw pasudla bisan kinsa samtang wala mi | nag-inusara ka diha? sirad-i ang pultahan ug ang gate | ma-late ko og uli, ayaw paggawas ha | kung naay manuktok ayaw ablihi ha nak | naa na ba si kuya nimo? ayaw mo gawas ha
kid_ok: oo po | sige po mama | yes po | noted ma | okay po pa
par_allow: nak gipadalhan tika sa {remit}, pang-project nimo | naa na sa imong {remit} ang baon nimo ani nga semana | gi-load na nako imong cp | pang-school supplies nimo naa sa {remit} | gipasaload tika, text lang kung naa kay kinahanglan
par_secret: ayaw sa isulti kang {name} ang regalo ha | surprise nato kang papa ang cake, hilom lang | sekreto sa nato ang party ni lola | ayaw istoryahi si ate sa iyang bag-ong cp, surprise na | ayaw sa ipakaylap nga mobalhin ta og balay, surpresa ni lola
kid_age: ma kaya na nako na, {age_minor} na man ko | ma, {age_minor} na man ko, dako na ko | {age_minor} na ko ma, pwede na ko mo-commute? | pa {age_minor} na ko, pwede na ko og cp? | ma {age_minor} na ko sunod semana, party ta?
par_hw: nahimo na nimo imong homework? | review sa sa {subject} | ayaw sa pag cp, humana ang module | naa kay quiz ugma? tuon sa | palonga na ang tv, {subject} sa
rel_sent: gipadala na nako ang pang-enroll sa {remit} | naa na sa {remit} ang pang-tuition sa akong mga pag-umangkon | nagpadala ko {price} via {remit} para sa uniform | ang allowance sa mga bata naa na sa {remit} | nagpadala ko og {price} sa {remit} pang-birthday ni bunso
rel_thanks: salamat tiyo, dako kaayo nga tabang | nadawat namo, daghang salamat | tiya, nagpasalamat kaayo ang mga bata | received po, god bless | salamat ninang, pampalit og libro ni
rel_vc: sa {day} ta mag-vc, gusto ko makita ang mga bata | tawag mo sa {day}, gimingaw na ko | video call ta sa {day}, apila si {name} | online ko sa {day}, vc ta | sa {day} ko motawag inig mata ninyo
tut_class: maayong buntag class, {subject} sa {class_app} unya | pahinumdom: {class_app} session ala 1 | ang link sa {class_app} naa na sa group chat | class, sa {class_app} ta magkita karon | sa {class_app} ta usab ugma, same time
stu_ok: yes po maam | oo teacher | copy po | present po | okay po sir
tut_cam: palihug on sa camera, attendance ta | on cam sa para ma-check nako kinsa ang present | pangalan ra ninyo akong makita, pa-on sa video | cameras on during recitation | abli sa cam kung tawgon nako inyong pangalan
tut_hw: submit ang {subject} activity sa biyernes | naay long quiz sa {subject} sunod semana | palihug pasa sa output sa google classroom | basaha ang pahina 20-25 | himoa ang worksheet sa {subject}, due sa lunes
tut_msg: pm lang ko kung naa moy dili masabtan | pwede mo mag-message nako sa messenger hangtod alas 5 | sa gc nalang ang pangutana | email ko kung dili mo makaapil | text ko sa gc kung naay problema sa signal
teen_game: duo ta sa {game}? | rank up ta {game} unya | naa ka sa {game} karon? | tara {game} human panihapon | apil ka sa among squad sa {game}?
teen_game_r: g, human nako og assignment | dili pwede, bawal cp kung weekdays | unya pa ko, nagtuon pa | oo pero kadali ra | sige basta ikaw mo-carry
teen_secret: ayaw isulti kang mama nga nag-cutting ko | sekreto ra nato nga naa nay uyab si bff | ayaw ipakaylap nga napakyas ko | ayaw isulti nila nga ako ang nakabuak sa baso | ayaw ingna nga ako ang nag-post sa meme
teen_secret_r: oo man, lock na | promise, zipper akong baba | sus sige | safe imong sekreto nako | dili ko tabian oy
news_share: naa sa balita: naay nadakpan sa lapu-lapu nga nagbaligya og private cam show sa mga bata | gi-raid kuno ang balay nga nag-offer og video show sa mga bata sa foreigners | naa na pud nadakpan nga nagdawat og padala baylo sa cam show sa bata | ang ijm ug pnp naay naluwas nga mga bata sa online exploitation | nabasa nako sa news online, naay nadakpan nga nagpa-video call sa mga bata baylo sa padala
news_react: makapaguol kaayo | angay bug-at ang silot ana | kaluoy sa mga bata | mao nga bantayan nato ang mga bata online | unta maluwas silang tanan | grabe, bisan ang kaugalingong paryente
news_report: i-report sa cicc hotline 1326 | report sa dswd o sa pulis | naay online report form ang pnp acg | isulti dayon sa mods ug i-save ang chat | i-report sa 1343 actionline
rep_mod: mod, naay user nga nag-offer og gcash sa mga bata diri | naay nangutana sa mga bata diri kung sila ra sa balay, palihug tan-awa | naay nag-pm sa akong pag-umangkon nga {age_minor} anyos, nangayo og video call | report: naay user nangayo og private cam sa mga bata | naay nag-agda sa mga bata diri nga mobalhin sa {app}, palihug check
mod_ack: sige, tan-awon nako karon | salamat, kinsa nga user? | on it | noted, salamat sa pag-report | ok, pa-send og screenshot
mod_action: na-ban na siya ug na-save na ang tanang logs | gitangtang na namo, salamat | na-report na sa authorities | blocked na sa server | naka-mute ug gi-report sa platform
worry: akong anak {age_minor} naay ka-chat nga hamtong, wala ko kabalo unsay buhaton | naa kuno nag-offer og load sa akong anak baylo sa vc | nabalaka ko, kanunay naka {app} akong anak nga {age_minor} | unsaon pagkahibalo kung safe ang ka-istorya sa akong anak online | ang akong pag-umangkon {age_minor}, naay nagpadala niya og load nga dili namo kaila
worry_advice: i-screenshot tanan ug i-report | istoryahi siya og hinay, ayaw siya kasab-i | i-set ang privacy sa iyang account | tudlo-i siya nga dili mo-vc sa dili kaila | i-report sa cicc ug ayaw i-delete ang chat

r_greet: maayong gabii mga ka-room | hi everyone | evening chat | oi mga bro | kumusta mga higala | gabii na mga dong ug day
r_chat: dugay kaayo ang uwan karon | nidaog ba ang {team}? | kinsay naay netflix reco | grabe kamahal sa gasolina | bag-o lang ko nakauli gikan trabaho | naay linog ganiha? | kinsa taga {city} diri | lami kaayo ang {food} | kinsa nakatan-aw sa duwa gabii | traffic sa mandaue grabe
r_react: hahahaha | korek | ay oo | luh | sana all | awit | lol same | agoy
r_young: hi guys {age_minor} po ko, bawal ba ko diri? | {age_minor} y/o here haha | {grade} pa ko pero kabalo ko mag ml | bata pa ko {age_minor} pero ganahan pud ko makig-chika | ako {age_minor} ra, kinsa pa bata diri? | {grade} here, walay klase ugma
r_kid_reply: {them} tulog na, naa pay klase ugma | {them} ayaw pag share og info diri ha | {them} hi, ayaw pag-uban sa pm sa dili kaila | {them} tuon sa una chat | {them} welcome, amping kanunay diri
rs_approach: {them} pm tika, naa koy load para nimo basta vc ta | {them} dm ko, hatagan tika og gcash | {them} sa pm ta, naa koy offer nimo nga kwarta | kinsa diri {age_minor} paubos, pm naa koy pasaload | {them} naa kay gcash? pm ko, naa koy ihatag | mga bata diri pm, libre load basta vc
r_callout: {them} unsa na, bata imong ka-istorya | admin palihug sipa si {them} | i-report na si {them}, bata iyang gi-istorya | {them} layas diri | {them} hunong na, menor na na, mods
ngo_msg: pahinumdom gikan sa mods: bawal mangayo og cam sa menor de edad, report dayon | kung naay nag-offer og kwarta o load baylo sa video call, isulti sa ginikanan | cicc 1326: tawagi kung naay online abuse sa bata | ayaw pagpadala og info o mag-vc sa dili kaila, labi na ang mga bata | mga ginikanan: hibal-i kinsa ang ka-chat sa inyong anak online
r_mod: gi-handle na sa mods | naka-log na, padayon lang ang istorya | palihug ayaw na mag-away | report nako kung naa pay uban | na-kick na, salamat sa nag-report
"""

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Tagalog / Taglish phrase bank, fourth train set (written apart from train/, train2/, train3/).

A fourth writer's way of saying the same moves: jejemon and text shorthand ("aq", "d2",
"pde", "u"), conyo Taglish, Batangueño "ala eh", beki lingo among adults, po/opo politeness
next to rough talk, other ways of stating age or grade ("turning 11 next month",
"ika-6 na baitang"), other remittance and payment channels (moneygram, wise, shopeepay,
instapay, google play cards, pasaload), and hard negatives that share the vocabulary.
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: jhaymee | precious | kurt | rhianne | edgar | yssa | lance | denden | abby | francis | nicole | bernard | tin | empoy | hazel | marvin | cyrus | ligaya | orly | lei
nick_word: bulalakaw | tsinelas | kalamansi | sampalok | pandesal | kuting | paasa | ulap | sinag | bayabas | dilis | mamaw | tindahan | siopao | habagat | jolens
network: irc.example.net | chat.example.org | irc.example.ph
room: #manila | #pinoy | #tambayan | #chat | #philippines | #qc
price: {amount}php | php {amount} | {amount} petot | ₱{amount} | {usd} usd | {usd} dollars | {amount} lang
lowprice: {amount_low} na lang po | ₱{amount_low} | {amount_low} pwede na
remit: gcash | maya | paymaya | shopeepay | moneygram | western union | palawan express | cebuana lhuillier | m lhuillier | wise | paypal | instapay | remitly | lbc padala
app: telegram | signal | whatsapp | viber | snapchat | discord | insta | fb messenger | skype | imo | line
class_app: zoom | google meet | ms teams | messenger gc | google classroom | jitsi
city: cainta | san pedro | imus | bacoor | malabon | navotas | lipa | olongapo | angeles | san jose del monte | lucena | calamba | mandaluyong | paranaque | cabanatuan
name: tita cora | tito dado | ate liza | kuya obet | lola pacing | lolo isko | ninang bing
sib: bunsong kapatid | maliit na kapatid | little sister | kapatid na mas bata | bunsong pinsan | nakababatang utol
subject: values ed | epp | mapeh | reading | math | filipino | hekasi
item: airfryer | ps4 | tablet | bisikleta | washing machine | preloved na bag | rubber shoes | gaming chair
gig: recital ng pamangkin ko | cosplay con sa smx | open mic sa cubao | live taping ng noontime show | school program sa covered court | street dance comp sa plaza | play namin sa school
time: 8:30 | pag-uwi ko | alas otso | bago mag-dinner | mamayang hapon | 7:30pm
day: sunday | sabado | next friday | holiday | miyerkules
food: kwek kwek | bicol express | dinuguan | chicken inasal | mami | arroz caldo | ginataang gulay | tara kain | may baon ka?
team: ateneo | la salle | nu bulldogs | tnt | barangay ginebra | celtics
game: free fire | pubg | among us | honkai | wild rift | ml
grade: grade 5 | grade 6 | grade 4 | gr. 6 | ika-6 na baitang | ika-5 na baitang | grade 7
"""

PHRASES = """
greet: oi {them} | helo helo | yow | magandang gabi po | hi hi | kumusta na {them} | hellu po | hey :) | ala eh hello | gud pm po
greet_back: hello rin :) | yo | oi hello | hu u? | hi, sino po sila? | hellooo po | uy {them} musta | hey hey | hi d2 | gud pm din
how_are_you: kamusta ka naman | ayos ka lang ba dyan | how r u | musta buhay buhay | anong lagay mo | okay ka lang today? | kmsta k n | oks ka lang ba? | kumusta naman araw mo today
fine_reply: ayos naman, ikaw ba? | eto okay lang hehe | goods naman | medyo inaantok | keri lang naman | ok lang po, kayo po? | pagod lang pero goods | oks lng nman u?
wyd: anong trip mo ngayon | busy ka ba ngayon | may ginagawa ka? | wyd | anong drama mo ngayon haha | gcng k p? | ginagawa mo ngayong gabi? | gawa mo?
wyd_reply: tambay lang | nagcecellphone lang | nag tiktok lang | naglilinis ng kwarto | nagrereview | naghihintay ng ulam | nagbabasa ng wattpad | wla lng, nkatunganga
where_from: taga san ka ba talaga | san ka located | san ka banda sa pinas | laking saan ka | anong city mo | tga san u? | saang lupalop ka haha
from_reply: laking {city} ako | {city} area | malapit sa {city} | {city} here, ikaw san? | nasa {city} kami | ala eh {city} kami, ikaw ga?
weather: grabe yung ulan kanina | sobrang alinsangan ngayon | may signal no. 2 daw bukas | ang lamig ng hangin ngayon | naka aircon na pero mainit pa rin | grabe yung kidlat kanina | parang uulan na naman
weather_reply: oo nga eh | same dito | stay dry | sana walang pasok bukas haha | ingat sa baha | dito maaraw naman | buti pa kayo
food: nag dinner ka na? | kain na tayo | anong kinain mo | meryenda tayo | kmain kn?
food_reply: nag {food} kami | {food} ulam po | busog pa ako | mamaya pa | {food} lang sa karinderya | nagluto si mama ng {food} | diet ako haha
ok: okay po | oki doki | sigi | copy | gets | noted | ayt | k | cge cge
thanks: thank u | salamat po ng marami | thanks ha | tysm | salamat, the best ka | slamat | tnx po
bye: sige ingat | babye na | log out na ko | bukas ulit | gotta go | paalam muna | byers

s_asl: a/s/l? | pwede ko malaman age mo? | anong edad mo | how old r u | gaano ka na katanda? | edad mo po? | age pls | ilng yrs old k?
s_self_age: {age_adult} y/o here from {city} | ako nga pala {age_adult}, {city} | nag-{age_adult} lang ako nung isang buwan, {city} | m{age_adult} {city} | {age_adult} here, {city} resident | {age_adult} yo, single, {city} | {age_adult} na me haha, {city} based | working na ko, {age_adult}, dito sa {city}
s_trust: ang galing mo makipag-usap | parang matagal na tayong magkakilala | pwede mo ko ituring na kuya | special ka sakin alam mo ba | di ka tulad ng ibang kaedad mo | kakampi mo ko lagi | ikaw lang nakakapagpasaya sakin dito | like, ang dali mo kausap talaga
s_school: anong baitang mo na? | online class ka pa ba? | saang school ka? | elementary ka pa ba? | periodical exam nyo na ba? | studyante k p? | sino adviser mo? | anong section mo?
s_alone: solo mo ba bahay ngayon? | anong oras uwi ng mama mo? | may tao ba sa kwarto mo? | gising pa ba parents mo? | sino bantay mo ngayon? | wala bang matanda dyan? | nasa work ba nanay mo ngayon? | u lng b mg isa jan?
s_app: hanapin mo ko sa {app}, {me} din pangalan ko | dito masyado maraming tao, sa {app} na lang tayo | i-download mo {app}, dun tayo | ano username mo sa {app}? | text mo ko {phone}, may {app} din ako dyan | mas ok sa {app}, walang makakabasa | chat tayo sa {app} para tayo lang | pde b tau lpat s {app}
s_cam: pa-vc naman kahit saglit | open cam ka nga, tayo lang | tara video call, private lang | live ka sa cam para sakin | may webcam ka? pakita ka | pwede ka ba mag-show sakin sa video | i-on mo yung camera mo ngayon na | facetime tayo, ikaw lang ha | pde b tau mg vc now, u lng
s_money: may pang-load ako sayo | gusto mo ng robux? bibigyan kita | pasaloadan kita ng {price} | may {price} ka sakin pag pumayag ka | bibilhan kita ng google play card | pang-shopee mo, ako bahala | papadalhan kita ng allowance | gusto mo ng skin sa {game}? ako bibili
s_remit: ibigay mo {remit} mo, send ko agad | ano pangalan sa {remit} account mo | pa-claim mo sa {remit} mamaya | may reference number na ko sa {remit}, kunin mo | {remit} ba o cash pickup? | naka-register ka ba sa {remit}? | send q s {remit} mo ngaun | may {remit} ka ba o sa nanay mo? | i-cash out mo lang sa {remit} outlet malapit sa inyo
s_secret: tayong dalawa lang makakaalam nito | huwag mo ikukwento sa nanay mo | i-delete mo history natin ha | wag ka maingay kahit kanino | pag tinanong ka, sabihin mo kaklase mo ko | i-archive mo convo natin | walang dapat makabasa nito ha | s8n8n lng 2 ha
s_sibling: ilan kayong magkakapatid? may {sib} ka? | yung {sib} mo gising pa? | tawagin mo yung {sib} mo, isali natin | pag sinama mo {sib} mo, doble bigay ko | ilang taon yung {sib} mo? | kasama mo ba {sib} mo ngayon? | tawagin mo {sib} mo, sabay kayo sa vc
s_push: sige na naman | please na, minsan lang | ang arte mo naman, saglit lang | walang makakaalam promise | wag kang kj | isang beses lang talaga | dali na, bago sila dumating | cge n pls
s_from_room: hi {them}, ako yung nag-hello sa room | {them} uy galing ako sa room kanina | naalala mo ko? sa room kanina | pm kita {them}, nabasa kita sa room | {them} hello, yung sa room to | {them} sana ok lang nag-pm ako, galing ako sa room

c_age: {age_minor} po ako ngayon | turning {age_minor} ako next month | {age_minor} years old na po | mag-{age_minor} pa lang po ako | {age_minor} y/o po | {age_minor} lang ako hehe | kaka-{age_minor} ko lang nung mayo | {age_minor} p lng aq
c_grade: {grade} po ako ngayong taon | nasa {grade} pa lang po | {grade} po sa pasukan | {grade} sa public school | {grade} po, section rosal | {grade} aq ngaun | {grade} na po ako hehe | {grade} pa po ako, elementary
c_school: {grade} po, online muna kami | opo, {grade} dun sa malapit lang | oo pero ayoko ng quiz | modular kami ngayon | opo, may exam kami bukas | opo pero half day lang kami | public po, malapit sa amin
c_alone_reply: nasa call center po si mama, gabi pa uwi | opo, solo ko bahay | andito si lola pero tulog | nasa abroad po si papa | wala po, nasa tindahan sila | kuya ko lang pero nasa labas | ofw po si mama | aq lng po d2
c_app_reply: wala po ako nyan | di ako pinapayagan mag {app} | fb lang meron ako | ano po yun | bawal po sabi ni mama | low batt na ko | cp ni mama gamit ko | di ko alam pano yan
c_cam_reply: anong show po yun | ha? bakit kailangan | wala po kaming wifi ngayon | ayoko po nyan | di ko po alam yan | ayoko po, di kita kilala | sira na po camera ng tab ko | para san po yung vc?
c_money_reply: bakit nyo po ako bibigyan | di na po kailangan | baka pagalitan ako | hala totoo po? | para saan po yun | wala po akong gcash | ayoko po ng ganyan
c_secret_reply: bakit po bawal sabihin? | hmmm okay | sasabihin ko kay mama | ha? | ano pong ibig nyong sabihin | bakit secret? | ayoko ng ganun
c_sibling_reply: maliit pa po, mga {age_sib} | tulog na yung {sib} ko | baby pa po sya, {age_sib} | bakit nyo po hinahanap | wala po sya dito | naglalaro sya sa labas
c_leave: out na po ako | tawag na ko ni lola | mag-aaral pa po ako, bye | lowbat na po | bawal na ko mag cp | off na po ako | magluluto pa kami

f_offer: tita ako ng batang {age_kid}, pwede sya sa private vc basta may bayad | yung alaga ko {age_kid} yrs, open sa cam show pag may padala | sideline namin to: private cam ng bata, {age_kid} taon | kailangan lang ng pera, yung anak ko {age_kid} pwede mag show sa video | meron akong dalawang bata {age_kid} at {age_sib} para sa private video call, bayad muna | hanap ka ba ng bata sa cam? may {age_kid} y/o ako dito, may presyo | may batang {age_kid} sa bahay, available sa vc show, padala lang sa {remit} | pamangkin ko {age_kid}, pwedeng i-book sa cam, usap tayo sa presyo
f_age: {age_kid} po sya ngayong taon | mga {age_kid}, grade school | {age_kid} yung panganay, {age_sib} yung bunso | bata pa, {age_kid} | {age_kid}, elem pa sya | pamangkin ko {age_kid}, yung isa {age_sib}
f_price: {price} per 15 mins | {price} isang tawag | {price} para sa isang oras | depende, {price} pinakamababa | {price} bawat video call | {price} pag suki ka na | {price} tapos dagdag kung lalampas
f_remit: sa {remit} ka magpadala, ibibigay ko name | {remit} lang, iba pangalan ng receiver | padala ka muna sa {remit} bago ko i-on | pwede {remit}, pero ibang pangalan ibibigay ko | send to {remit}, screenshot mo resibo | pag pumasok na sa {remit}, saka tayo mag-start
f_app: lipat tayo sa {app}, mas safe | sa {app} ko gagawin yung call | {app} lang, dun ko ise-send link | dm mo ko sa {app} para sa detalye | download ka ng {app}, dun ang usapan | sa {app} na lang, di dito sa public
f_secret: walang magsasabi ha | pag may nagtanong, wala kang alam | bawal screen record | i-delete natin lahat pagkatapos | atin-atin lang ang usapan na to | wag na wag mong ipapakita kahit kanino
f_when: mamayang hapon pag wala pa tatay nya | pag tulog na kapitbahay, mga 11 | sabado buong araw | ngayon din kung makakapagpadala ka | pagkatapos ng klase nya | pag nakaalis na nanay nya papuntang trabaho | linggo ng umaga, tulog pa lahat
k_ask_avail: may kilala ka bang bata na pwede sa private vc? may bayad | naghahanap ako ng batang pwede sa cam show, meron ka? | ikaw ba yung may mga bata na pwede i-video call? bayad ako | available ba yung bata sa cam ngayon? | meron ka pa bang bata for cam ngayong linggo? | pm mo ko kung may bata kang pwede sa private vc
k_ask_age: anong edad ng bata? | elementary pa ba? | ilang taon yung bata | mga ilan yrs? | mga grade ilan? | yung bunso ilang taon?
k_ask_price: how much? | magkano ang isang session | presyo? | rate mo? | ilang petot? | magkano per call?
k_haggle: pa-less naman, {lowprice} | {lowprice} na lang oh | mahal masyado, {lowprice} deal? | wala na bang bawas? {lowprice} | suki na ko, {lowprice} na | {lowprice} cash agad
k_when: anong oras sya available? | pwede ba ngayong gabi | bukas pwede? | kailan pinakamaaga? | pwede ngayon na? | anong araw sya libre?
k_sent: na-padala ko na, eto ref number | sent na sa {remit}, check mo | bayad na, screenshot ko resibo | pumasok na ba? | check mo, nag-send ako thru {remit}
k_refuse: ano ba yan bata yan, irereport kita sa cicc | di ako papatol dyan, sinave ko chat natin | kadiri ka, report na kita sa mods at pulis | hindi, at ipapahuli kita | bata yan gago, naka-screenshot ka na | pass, at isusumbong kita sa admin
k_from_room: nabasa ko ad mo sa room, magkano? | ikaw yung may offer sa room? yung may bata | uy yung pinost mo kanina sa room, available pa ba yung bata? | galing ako sa room, tungkol sa private show, hm? | nakita kita sa room, may bata ka pa ba for vc?
rf_advert: may batang {age_kid} available for private vc, padala muna, pm | private cam show ng bata {age_kid}-{age_minor} yrs, {remit} only, pm me | pm sa mga gusto ng private vc sa bata, may bayad | offer: bata sa cam, {price} per call, pm | may available kaming bata {age_kid} y/o for vc show, presyo sa pm | sino gusto private cam ng bata? {remit} payment, pm

vc_ask: facetime tayo mamaya besh? | gmeet tayo para sa groupwork mamaya | vc tayo, ipapakita ko bagong tuta namin | tawag ka sa messenger pag free ka | video call tayo with the barkada later? | mumsh vc tayo mamaya, chika lang
vc_ok: game ako | sure, after ko maligo | g, basta mabilis lang | sige, tawag ka lang | oo, sabihan mo rin si {name} | keri, charot lang haha
vc_time: {time} goods? | {time} siguro | pwede {time}? | {time} ako free | {time} na lang para sure
owe_ask: pre yung ambag mo sa regalo ni sir, {price} | hati tayo sa airbnb, {price} share mo | paki-send yung bayad sa shopee order, {price} | yung hiniram mong {price} nung payday hehe | sis yung share mo sa grocery, {price}
owe_sent: ayan na, sent via {remit} | nagpadala na ko thru {remit}, check mo | ni-transfer ko na sa {remit} mo | na-send ko na {price} thru {remit}, sorry late | sent! paki-check {remit} mo
owe_thanks: oks na, salamat pre | pumasok na, tenks | ayan salamat ha | noted, thank u | yay salamat sis
repair_ask: blurred yung cam ng cp ko, pwede pa ba ayusin? | pa-reformat naman ng laptop ko, ayaw gumana camera | offline yung cctv namin, kaya mo tingnan? | yung webcam ko nag-fefreeze sa meeting | yung camera ng laptop ni bunso ayaw bumukas sa zoom
repair_q: anong brand? | nasubukan mo na i-restart? | pwede mo dalhin sa shop bukas? | may warranty pa ba? | windows o mac?
repair_price: {price} kasama na service | {price} lang yan bossing | papalitan ko lens, {price} | {price} pero may 1 month warranty | {price} lahat pati cleaning
repair_pay: {remit} o bank transfer ok | bayad pag natapos na, {remit} pwede | pwede {remit} para di na mag withdraw | send mo na lang sa {remit} pag ok na | pwede {remit}, send mo lang screenshot
show_ask: nood ka ba ng {gig}? | sama ka sa {gig} sa {day}? | may tix ka na sa {gig}? | nakita mo yung replay ng noontime show? | bibili ka ba ng tix sa {gig}?
show_reply: oo, ang galing nila | gusto ko sana pero wala pa pera | g ako | di pa, may spoiler ba | siguro, depende sa sahod
show_price: magkano tix? | {price} gen ad | {price} walk-in | {price} early bird | {price} per head
show_pay: send ko via {remit} yung bayad sa tix | paki-send sa {remit} para ma-reserve | sa {remit} ko na lang ibabayad ha | sa door na lang ako, wala ako {remit} | bayaran mo na lang ako pag nagkita tayo
sell_ask: pa-mine po {item} | avail pa po ba {item}? | pwede ba cod yung {item}? | ilang months na yung {item}? | meron pa pong stock ng {item}?
sell_price: {price} po, preloved pero ok pa | {price} fix na po | {price} free sf na | {price} pag pick up | {price} po, brand new
sell_pay: pwede po ba {remit}? | sa {remit} ko na lang po babayaran | sige po, bayad ko via {remit} | cod po ba pwede? | pa-reserve po, bayad ko bukas
sell_ship: noted po, ship via jnt bukas | bayad received, ipapadala ko via lalamove | shipped na po, eto tracking | meet up tayo sa {city} po | ready for pick up na po
par_home: nak, nakarating ka na ba? | uwi ka na ba nak? | nasa bahay ka na ba? text mo ko | nakauwi na ba kayo ng ate mo? | anak, san ka na? dumidilim na
kid_home: opo ma, kakadating lang | andito na po | yes ma | opo kasama ko si ate | nasa bahay na po, kumakain na
par_alone: nak wag ka magpapapasok ng kahit sino habang wala kami | ikaw lang ba dyan? i-lock mo yung pinto at gate | ma-late ako ng uwi, wag ka lalabas ha | pag may kumatok wag mo bubuksan ha nak | andyan na ba si kuya mo? wag kayo lalabas ha
kid_ok: opo | sige po mama | yes po | noted ma | okay po pa
par_allow: nak pinadalhan kita sa {remit}, pang-project mo | nasa {remit} mo na baon mo for the week | ni-load ko na cp mo | pang-school supplies mo nasa {remit} | pinasaload na kita, text mo ko pag may kailangan ka
par_secret: wag mo muna sabihin kay {name} yung regalo ha | surprise natin kay papa yung cake, shh ka lang | secret muna natin yung party ni lola | wag mo ikwento kay ate yung bagong cp nya, surprise yun | wag mo muna ipagsabi na lilipat tayo ng bahay, sorpresa kay lola
kid_age: ma kaya ko na yan, {age_minor} na kaya ako | ma hindi na ako bata, {age_minor} na ko | {age_minor} na po ako ma, pwede na ko mag-commute? | pa {age_minor} na ko, pwede na ba ko ng cp | ma {age_minor} na ako next week, party tayo?
par_hw: nagawa mo na homework mo? | review ka muna sa {subject} | wag ka muna mag cp, tapusin mo module | may quiz ka ba bukas? mag-aral ka | patayin mo na tv, {subject} muna
rel_sent: pinadala ko na yung pang-enroll sa {remit} | nasa {remit} na pang-tuition ng mga pamangkin ko | nagpadala ako {price} via {remit} para sa uniform | pang-allowance ng mga bata andun na sa {remit} | nagpadala ako ng {price} sa {remit} pang-birthday ni bunso
rel_thanks: salamat tito, malaking tulong | natanggap namin, salamat ng marami | tita, nagpapasalamat po yung mga bata | received po, god bless | salamat ninang, pambili ng libro to
rel_vc: sa {day} tayo mag-vc, gusto ko makita mga bata | tawag kayo sa {day}, miss ko na kayo | video call tayo sa {day}, isama mo si {name} | online ako sa {day}, vc tayo | sa {day} tawag ako pag gising na kayo
tut_class: good morning class, {subject} sa {class_app} mamaya | reminder po: {class_app} session 1pm | link ng {class_app} nasa group chat na | class, sa {class_app} na tayo mag-meet ngayon | sa {class_app} ulit tayo bukas, same time
stu_ok: yes po maam | opo teacher | copy po | present po | okay po sir
tut_cam: paki-on ang camera, attendance tayo | on cam muna para ma-check ko kung sino present | kita ko lang yung pangalan nyo, pa-on ng video | cameras on during recitation po | paki-open cam pag tinawag ko pangalan nyo
tut_hw: submit nyo yung {subject} activity sa friday | may long quiz sa {subject} next week | paki-pasa output sa google classroom | basahin ang pahina 20-25 | gawin ang worksheet sa {subject}, due sa lunes
tut_msg: pm nyo ko kung may tanong | pwede kayo mag-message sakin sa messenger hanggang 5pm | sa gc na lang ang tanong | email nyo ko kung di kayo makaka-attend | text nyo ko sa gc kung may problema sa signal
teen_game: duo tayo sa {game}? | rank up tayo {game} mamaya | naka-{game} ka ba ngayon? | tara {game} after dinner | sali ka sa squad namin sa {game}?
teen_game_r: g, after ko mag-assignment | di pwede, bawal cp pag weekdays | mamaya pa ko, nag-aaral pa | oo pero saglit lang | sige basta ikaw mag-carry
teen_secret: wag mo sasabihin kay mama na nag-cutting ako | secret lang natin na may jowa na si bff | wag mong ipagkalat na bumagsak ako | wag mo sabihin sa kanila na ako nakabasag ng baso | wag mo ipagsabi na ako yung nag-post ng meme
teen_secret_r: oo naman, lock na | promise, sealed lips | sus sige | safe secret mo sakin | di ako tsismosa uy
news_share: nasa balita: may nahuli sa pampanga na nagbebenta ng private cam show ng mga bata | ni-raid daw bahay na nag-ooffer ng video show ng mga bata sa foreigners | may nahuli ulit na tumatanggap ng padala kapalit ng cam show ng bata | yung ijm at pnp may nasagip na mga bata sa online exploitation | nabasa ko sa news online, may nahuling nagpapa-video call sa mga bata kapalit ng padala
news_react: nakakapanlumo | dapat mabigat parusa dyan | nakakaawa talaga yung mga batang yun | kaya bantayan natin mga bata online | sana ma-rescue lahat | grabe, pati sariling kamag-anak
news_report: i-report sa cicc hotline 1326 | report nyo sa dswd o sa pulis | may report form ang pnp acg online | sabihan agad ang mods at i-save ang chat | i-report sa 1343 actionline
rep_mod: mod, may user na nag-aalok ng gcash sa mga bata dito | may nagtatanong sa mga bata dito kung nasa bahay sila mag-isa, pakitingnan | may nag-pm sa pamangkin ko na {age_minor} yrs old, nag-ask ng video call | report: may user na humihingi ng private cam sa mga bata | may nag-aaya sa mga bata dito lumipat sa {app}, pakitingnan
mod_ack: sige, titingnan ko ngayon | salamat, sino user? | on it | noted, salamat sa pag-report | ok, pa-send ng screenshot
mod_action: na-ban na sya at naka-save na lahat ng logs | tinanggal na namin, salamat | naka-report na sa authorities | blocked na sa server | naka-mute at ni-report sa platform
worry: yung anak ko {age_minor} may kachat na adult, di ko alam gagawin | may nag-offer daw ng load sa anak ko kapalit ng vc | nag-aalala ako, laging naka {app} yung anak kong {age_minor} | paano ba malalaman kung safe yung kausap ng anak ko online | yung pamangkin ko {age_minor} may nagpapadala daw ng load na di namin kilala
worry_advice: i-screenshot mo lahat at i-report | kausapin mo sya ng mahinahon, wag mo sya pagalitan | i-set ang privacy ng account nya | ituro mo na wag mag-vc sa di kilala | i-report sa cicc at wag burahin ang chat

r_greet: good evening mga ka-room | hi everyone | evening chat | oi mga tol | musta mga kababayan | ala eh gabi na mga kabayan
r_chat: ang tagal ng ulan ngayon | nanalo ba {team}? | sino may netflix reco | grabe ang mahal ng gasolina | kakauwi ko lang galing work | may lindol ba kanina? | sino taga {city} dito | ang sarap ng {food} | sino nakapanood ng laban kagabi | trapik sa c5 grabe
r_react: hahahaha | korek | ay oo | luh | sana all | awit | lol same
r_young: hi guys {age_minor} po ako, bawal ba ko dito? | {age_minor} y/o here haha | {grade} palang ako pero marunong ako mag ml | bata pa ako {age_minor} pero gusto ko rin makichika | ako {age_minor} lang, sino pa bata dito? | {grade} here, wala kaming pasok bukas
r_kid_reply: {them} matulog ka na, may pasok pa bukas | {them} wag ka mag share ng info dito ha | {them} hi, wag ka sasama sa pm ng di kilala | {them} aral muna bago chat | {them} welcome, ingat ka lagi dito
rs_approach: {them} pm kita, may load ako para sayo basta vc tayo | {them} dm mo ko, bibigyan kita ng gcash | {them} sa pm tayo, may offer ako sayo na pera | sino dito {age_minor} pababa, pm may pasaload ako | {them} may gcash ka? pm mo ko, may ibibigay ako | mga bata dito pm, may libreng load basta vc
r_callout: {them} ano yan, bata kausap mo | admin pakisipa si {them} | ireport na si {them}, bata yung kinakausap nya | {them} lumayas ka dito | {them} tigil, bata yan, mods na
ngo_msg: paalala mula sa mods: bawal humingi ng cam sa menor de edad, report agad | kung may nag-offer ng pera o load kapalit ng video call, sabihin sa magulang | cicc 1326: tawagan kung may online abuse ng bata | wag magpadala ng info o mag-vc sa di kilala, lalo na mga bata | mga magulang: alamin kung sino kausap ng anak nyo online
r_mod: hawak na ng mods | naka-log na, tuloy lang kuwentuhan | pakiusap wag na mag-away | report sa akin kung may iba pa | na-kick na, salamat sa nag-report
"""

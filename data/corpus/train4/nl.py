# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Dutch / Flemish phrase bank, fourth train set (written apart from train/, train2/, train3/).

A fourth writer: other verbs and word orders, polite and rough registers, regional forms
(Gronings "moi", Brabants "houdoe", Amsterdams "de mazzel", Flemish "zijde gij", "leerjaar"),
straattaal and English loans ("ewa", "doekoe", "sws", "callen", "bingen"), a few typos,
plain emoticons, other ways to state age or school year ("word 11 volgende maand", "1 havo",
"het 5de leerjaar"), other payment channels (ria, wise, payconiq, worldremit, wero) and
other hard negatives (school musicals, marktplaats sales, tikkies, oppas, efteling surprise).
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: sophie | emma | julia | lars | tygo | mila | joris | hugo | sara | ilse | vince | jelle | nienke | mats | senna | noor | ilias | amira | ties | kyra | sjoerd | marloes
nick_word: hagelslag | oliebol | kruimel | zeehond | meeuw | sneeuw | eekhoorn | knikker | lantaarn | wolkje | kameel | tractor | schelp | pinda | bever | vuurtoren
network: irc.example.net | chat.example.org | im.example.com
room: #nederland | #chat-nl | #gezellig | #kletshoek | #praatcafe | #vlaanderen | #chat
price: {usd} eurootjes | € {usd},- | {usd} knaken | {usd} pegels | {usd} euro | {usd} eu cash
lowprice: {usd_low} eurootjes | € {usd_low},- | {usd_low} knaken | {usd_low} euro
remit: ria | wise | payconiq | worldremit | remitly | apple pay | western union | paysafecard | wero
app: session | threema | viber | wire | messenger | tiktok | line | whatsapp
class_app: somtoday | microsoft teams | webex | google classroom | jitsi | de schoolapp
city: leeuwarden | venlo | dordrecht | zaandam | hilversum | hoorn | den bosch | heerlen | lelystad | oss | emmen | mechelen | hasselt | leuven
name: tante joke | oom sjaak | opa wim | oma riet | mijn peettante | tante fatima | oom ricardo
sib: zusje | kleine zus | broertje | halfzusje | nichtje | jongste zusje | stiefzusje
subject: topo | begrijpend lezen | spelling | rekenen | natuur en techniek | verkeer
item: racefiets | gitaar | wasmachine | tent | nintendo switch | koelkast | babyfoon | tablet | stofzuiger
gig: de dansshow van mijn nichtje | de circusshow | de musical van groep 8 | de talentenjacht op school | de ijsshow | het cabaret in de schouwburg | de kerstshow in de kerk | het optreden van onze band
time: na de afwas | om half 9 | rond achten | kwart over 7 | na het journaal | na mn dienst | tegen negenen
day: woensdag | zaterdagochtend | komend weekend | na de vakantie | zondagavond | volgende week dinsdag
food: bami | roti | zuurkool | andijviestamppot | kip saté | poffertjes | shoarma | lasagne
team: nec | go ahead eagles | sparta | fc groningen | pec zwolle | willem ii | genk | ado
game: apex | overwatch | stumble guys | mario kart | pokemon go | league | subway surfers | fc 25
grade: groep 6 | groep 7 | groep 8 | de brugklas | 1 havo | 1 vmbo | 1 vwo | het 5de leerjaar | het zesde leerjaar | de eerste van de middelbare
"""

PHRASES = """
greet: moi | ewa {them} | heej | dag {them} | hee daar | hoii :D | salut | goeiemiddag | hoihoi {them} :-)
greet_back: moi moi | heej :) | ewa, alles goed? | hai | hoi, wie is dit? | dag! | hallo, ken ik jou? | yes hoi | yo mattie
how_are_you: hoe staat het ermee? | hoe is het met je | alles lekker? | hoe gaat het daar | alles kits? | goed weekend gehad? | hoe voel je je vandaag | gaat alles goed met je?
fine_reply: kan niet klagen | prima, en met jou? | gaat z'n gangetje | beetje brak haha | goed hoor :) | ja wel oke | nou, lang verhaal | lekker, druk druk druk
wyd: waar hang je uit | druk? | en wat doe jij vandaag | wa zijde aan t doen | ben je ergens mee bezig? | wat voor plannen heb je vandaag | zit je thuis of onderweg?
wyd_reply: gwn lekker op de bank | serie aan het bingen | mn kamer opruimen, bah | zit in de bus | bij mn oma | een puzzel maken | muziek luisteren | aan het koken | niks eigenlijk, beetje scrollen
where_from: waar woon jij ergens? | uit welke hoek kom je | waar zit je ongeveer? | waar kom jij weg | uit nederland of belgie? | welke provincie?
from_reply: vlakbij {city} | {city}, ken je dat? | ergens bij {city} | gewoon {city} | uit {city} en jij dan? | {city}-centrum haha
weather: wat een weer zeg | sneeuwt het bij jullie ook? | mist hier, zie geen hand voor ogen | pfff benauwd vandaag | het giet hier | eindelijk droog
weather_reply: hier ook, echt bah | hier zonnig hoor | echt? hier is het heel anders | bij ons valt het mee | jammer | echt nederlands weer haha
food: wat eet jij vanavond | honger? | al wat gegeten vandaag? | wat gaan jullie eten | ik ga zo koken, jij al gegeten? | wat staat er op het menu
food_reply: {food} vanavond | ik denk {food} | nog niet, zo {food} | we hebben {food} besteld | geen idee, mama kookt | had {food}, was lekker
ok: oki | okidoki | ja hoor | dat is goed | kan | ok ok | mkay | helemaal goed | jaja
thanks: dankjewel :) | top, dank | tnx | merci hè | lief van je | thanks! | bedankt hoor | dankuwel
bye: ik ben weg, doei | laterz | doeidoei | houdoe | tot de volgende | ik moet ff weg, spreek je | slaap zacht | de mazzel

s_asl: lft? | hoe oud ben jij als ik vragen mag | leeftijd + woonplaats? | hoeveel jaar ben je | hoe oud zijde gij? | leeftijd/m/v? | hoe oud ben je eigelijk, raad de mijne | en jij, hoe oud?
s_self_age: {age_adult} jr, {city} | ik ben {age_adult} en werk in de zorg | {age_adult}, gescheiden, {city} | ben {age_adult} en woon sinds kort in {city} | {age_adult} hier, maar voel me 20 haha | heb een eigen zaak in {city}, {age_adult} jaar | {age_adult} / {city}
s_trust: je bent echt anders dan je klasgenoten | ik vind het zo fijn om met jou te kletsen | je kan me echt alles vertellen, ik oordeel niet | jouw ouders snappen je gewoon niet he | ik ben er altijd voor je, dag en nacht | jij bent mijn favoriete persoon hier | je bent zo slim, echt niet normaal | wij hebben echt een klik, toch? | ik begrijp jou beter dan je vrienden
s_school: zit je op de basisschool of de middelbare? | wie is je juf of meester? | hoe laat ben je uit school? | ben je al in de brugklas? | wat is je lievelingsvak? | heb je veel huiswerk? | welke klas zit je in dan
s_alone: is de kust vrij? | zijn je ouders de deur uit? | hoe laat komt je moeder thuis? | zit je alleen op je kamer? | kan er iemand meekijken bij jou? | is er een oppas bij je of niet | werkt je mama vandaag lang? | ben je nu helemaal alleen?
s_app: hier leest iedereen mee, ga ff naar {app} | stuur je nummer, dan app ik je | zet me ff op {app} | wat is je @ op {app}? | ben jij ook op {app}? is makkelijker | zullen we verder op {app}? | ik stuur je mijn {app} in een pb | ik heb {app}, jij ook? dan gaan we daar verder
s_cam: zet je webcam ff aan | kunnen we ff bellen met beeld, alleen jij en ik? | ik wil je ff zien, doe je camera aan | heb je een camera op je tablet? | ff live voor mij alleen op de cam? | geef je een privé optreden voor mij, met je cam aan? | ik wil een privé videocall met je | kunnen we beeldbellen zonder dat iemand het ziet? | laat je ff zien via facetime | zin in een videocal? alleen wij tweeën
s_money: ik zet {price} op je telefoon | wil je wat zakcentjes verdienen? | ik koop robux voor je, hoeveel wil je? | ik heb een bol.com cadeaubon voor je | je krijgt een paysafecard code van me | ik trakteer je op nieuwe sneakers | wil je {price}? is echt makkelijk verdiend | ik heb doekoe voor je, {price} | je krijgt een google play kaart van me
s_remit: ik maak het over via {remit} | heb jij {remit}? dan stuur ik het | ik kan je via {remit} betalen, welke naam? | met {remit} staat het er binnen een minuut | geef je rekeningnummer, dan gaat het via {remit} | je moeder merkt niks, ik stuur het via {remit} | ik zet het via {remit} naar je
s_secret: hou dit voor jezelf he | dit hoeft je moeder niet te weten | als iemand vraagt zeg je dat ik een klasgenoot ben | wis je chatgeschiedenis straks | zet de berichten op verdwijnen | niet doorvertellen aan je vriendinnen | mondje dicht, oke? | dit is iets tussen jou en mij | laat niemand deze chat zien
s_sibling: heb je nog een {sib} thuis? | hoe oud is je {sib} eigenlijk | haal je {sib} er ff bij | mag je {sib} ook in de call? | met je {sib} erbij krijg je het dubbele | is je {sib} ook nog wakker?
s_push: doe niet zo moeilijk | ff maar, niemand merkt het | je zei toch dat je me vertrouwde? | ik dacht dat we vrienden waren | anders vraag ik wel iemand anders | je bent toch niet bang? | ik heb al zoveel voor je gedaan | heel even, daarna laat ik je met rust | kom op nou, please
s_from_room: hee {them}, jij zat net in de chat toch? | {them}! ik ben die van de room, weet je nog | hoi {them}, ik zag je in het kanaal | ewa {them}, jij was dat in de chat daarnet | hai {them}, vanuit de room ff privé :) | sorry dat ik je pm, zag je in de chat

c_age: {age_minor} lentes jong haha | {age_minor} jaar oud | bijna {age_minor} | ik word {age_minor} volgende maand | {age_minor}, jij? | {age_minor} en een half | {age_minor} hoezo? | {age_minor} geworden in maart
c_grade: zit op school in {grade} | {grade}, bij meester ruud | {grade}, in de klas van juf petra | sinds september in {grade} | {grade} van de jenaplanschool | in {grade} zit ik | volgend jaar naar de middelbare
c_school: {grade}, best leuk | ja, veel te veel huiswerk | gym vind ik het leukst | meh, school is oke | om 3 uur uit, woensdag om 12 | we hebben nu topo, saai | ja, meester is wel grappig
c_alone_reply: mama heeft late dienst | pap is nog op zn werk | ja tot 6 uur | mijn broer is er maar die zit te gamen | mama is even naar de buren | nee oma is hier | ze komen om 8 thuis | mijn ouders zijn naar een verjaardag
c_app_reply: wat is dat, {app}? | heb ik niet, mijn telefoon is van mama | van mama mag ik geen apps installeren | ik weet mijn nummer niet uit mijn hoofd | mijn telefoon heeft ouderlijk toezicht | welke naam moet ik zoeken? | mijn moeder leest alles mee | oke, hoe werkt dat
c_cam_reply: wat bedoel je met een show? | hoezo wil je me zien | mijn camera is stuk | ik mag niet videobellen van mama | nee dat doe ik niet | ehh nee | wat moet ik dan doen? | weet niet of dat mag
c_money_reply: waarvoor is dat? | hoeft echt niet | echt waar? | mama zegt dat ik niks mag aannemen | huh waarom | wow, serieus? | ik weet niet | nee laat maar
c_secret_reply: hoezo dan? | uhm oke | waarom mag niemand het weten | eh ok | dat vind ik raar | moet dat? | ik vertel altijd alles aan mama
c_sibling_reply: die is nog maar {age_sib} | die zit bij oma | die slaapt al | waarom wil je dat weten? | mijn {sib} heeft nog geen telefoon | die is buiten aan het spelen | ik heb geen {sib} | die is {age_sib} hoezo
c_leave: ik moet nu echt weg | eten! doei | mijn vader komt eraan | batterij bijna leeg, doei | ik ga naar training | mama zegt dat ik moet stoppen | ik ga offline | doei, moet mijn tas inpakken

f_offer: ik heb hier een meisje van {age_kid} in huis, voor geld doet ze een privé show op cam | mijn pleegdochter is {age_kid}, ze kan live op de webcam voor jou, tegen betaling | de kleine van mijn zus ({age_kid}) is te boeken voor een privé videocall, interesse? | ik regel privé webcam shows met mijn dochter van {age_kid}, alleen serieuze kopers | een privé videoshow met een jong meisje kan, {age_kid} jaar, ik ben haar oom | ik pas op twee kids, {age_kid} en {age_sib}, voor {price} mag je ze privé op cam zien | zoek je een cam show met een jong kind? mijn nichtje van {age_kid} kan, betaald | broertje en zusje ({age_kid} en {age_sib}) beschikbaar voor een betaalde videocall, alleen privé
f_age: leeftijd {age_kid} | {age_kid}, gaat hier naar school | de oudste {age_kid}, de jongste {age_sib} | net {age_kid} geworden | {age_kid} jaar, de jongste thuis | {age_kid}, basisschoolleeftijd | de oudste is {age_kid}
f_price: {price} per kwartier | {price} voor een half uurtje | {price}, vooraf | {price} per call, langer is meer | {price} voor 20 min, niet onderhandelbaar | vaste prijs: {price} | voor {price} heb je een half uur
f_remit: betalen gaat via {remit}, vooraf | eerst {remit}, dan pas de cam aan | stuur het via {remit} naar mijn vriendin, naam krijg je zo | {remit} op naam van mijn broer | alleen via {remit}, geen bank | zodra {remit} binnen is begint het | betaal via {remit}, anders geen show
f_app: we doen het via {app}, hier niet | download {app}, daar stuur ik de link | hier is het te open, kom naar {app} | alleen op {app}, verdwijnende berichten aan | ik stuur je mijn {app}, daar gaat het verder | op {app} kan niemand meekijken, daar regelen we het | zet me op {app}, dan krijg je de details
f_secret: niks opnemen, geen screenshots | geen woord hierover tegen wie dan ook | na afloop alles verwijderen | als je iemand iets vertelt hang je zelf ook | zeg tegen niemand waar je het vandaan hebt | dit blijft onder ons, begrepen? | geen namen noemen tegen wie dan ook
f_when: vanavond als de rest slaapt | vandaag na schooltijd | zaterdag, dan is haar moeder weg | over een uurtje | nu meteen als je betaalt | zondagochtend vroeg | na het avondeten, dan is het rustig
k_ask_avail: regel jij nog die shows met de kleintjes? | ik hoorde dat jij jonge meisjes op cam hebt, klopt dat? | ik zoek een privé videocall met een kind, kun jij dat regelen? | iemand zei dat jij cam shows met kids verkoopt | heb je vanavond nog kids voor een cam sessie? | kan ik bij jou een betaalde show met een jong meisje boeken?
k_ask_age: hoe oud precies? | wat is haar leeftijd? | hoe jong is ze | en de leeftijden? | leeftijd van het meisje? | hoe oud is de kleine?
k_ask_price: wat vraag je? | hoeveel moet ik betalen | wat kost dat bij jou | prijs per keer? | wat is de prijs voor een kwartier | hoeveel wil je ervoor
k_haggle: {lowprice} en we hebben een deal | dat is te gortig, {lowprice}? | doe {lowprice}, meer heb ik niet | kan er wat af? | voor {lowprice} doe ik het | {lowprice}, graag of niet
k_when: lukt het vandaag nog? | kan het meteen? | wanneer is ze vrij? | vanaf hoe laat kan ik? | kan het dit weekend? | over een uur goed?
k_sent: overgemaakt via {remit} | staat erop, kijk maar | {remit} is verstuurd, check maar | betaling is de deur uit | {price} gestuurd, nu jij | klaar, via {remit}
k_refuse: ben je gestoord? ik ga naar de politie | dit gaat regelrecht naar het meldpunt | walgelijk, ik heb screenshots gemaakt | nee. ik rapporteer je nu | je bent ziek in je hoofd, de mods weten het | dat is een kind man, ik meld dit | wat is er mis met jou, ik bel de politie
k_from_room: dat bericht van jou in de room, hoe zit dat precies? | hoi, je advertentie in de chat, wat kost het? | jij had het in de room over een jong meisje op cam? | ik kom van je post in de chat, hoeveel voor een show | zag je aanbieding in het kanaal, nog beschikbaar? | over die cam shows die je aanbood in de room, prijs?
rf_advert: privé cam shows met meisjes van {age_kid}, betalen via {remit}, pm | live videoshows met jonge kids, {price} per sessie, dm mij | wie wil een kind van {age_kid} op cam zien? betaald, pb | jonge meisjes beschikbaar voor privé videocalls, {remit} ok, dm | kids {age_sib}-{age_kid} voor privé webcam, stuur een pm | betaalde videocalls met een meisje van {age_kid}, alleen serieuze types, pm

vc_ask: zin om vanavond ff te facetimen? | zullen we beeldbellen, wil je mn nieuwe kapsel zien | groepsvideocall om 8 met de meiden? | kunnen we ff videobellen, ik ben alleen thuis en verveel me | ff callen met beeld? wil je de puppy zien | bel je me ff via video als je klaar bent | videobellen om de vakantie te plannen?
vc_ok: yes, doen! | is prima, maar kort | ja leuk! | zeker, bel maar | na mn werk | tuurlijk, ik zit er klaar voor | ja maar ik zie er niet uit haha
vc_time: {time} dan? | lukt het {time}? | wat dacht je van {time} | zeg maar {time} | {time} komt mij het beste uit | ik kan pas {time}
owe_ask: tikkie van de boodschappen staat nog open he | jij had nog {price} van het weekendje weg | ik krijg nog {price} van je voor de benzine | wil je de {price} voor het cadeau van mam overmaken? | vergeet je de {price} voor de verjaardag niet | kun je de helft van de huur sturen, {price}
owe_sent: is overgemaakt via {remit} | {price} staat erop, via {remit} | sorry laat, nu gedaan met {remit} | zojuist via {remit} betaald | check je app, is via {remit} | gedaan! via {remit}
owe_thanks: is binnen, thanks | top, ontvangen | yes, is er, dankjewel | gezien, merci | keurig, dank je | aangekomen :)
repair_ask: mijn webcam flikkert de hele tijd, weet jij raad? | camera van mn laptop doet het niet in zoom, kun jij kijken? | mijn externe webcam geeft een foutmelding | kun jij mijn laptopcamera repareren? hij zegt 'geen apparaat' | de cam van mijn pc is wazig, kun je helpen | mijn webcam is stuk sinds de update
repair_q: welk merk is het? | heb je hem al opnieuw opgestart? | windows of mac? | kan je hem morgen langsbrengen? | zit er een klepje voor de lens? | staat de camera aan in je privacy instellingen?
repair_price: kost je {price} incl. onderdelen | {price} voor het uurtje werk | voor {price} zet ik er een nieuwe in | het wordt {price}, vriendenprijs | {price} en hij doet het weer | nieuwe webcam kost {price}
repair_pay: mag via {remit} | {remit} is prima, of contant bij ophalen | stuur maar via {remit} | pinnen of {remit} | betaal maar met {remit} als hij werkt | contant is ook goed, of {remit} | geef maar via {remit} als ik hem terugbreng
show_ask: gaan we samen naar {gig}? | heb jij kaartjes voor {gig}? | kom je kijken naar {gig}? | zag je de show van gisteren op tv? | hebben jullie nog plek bij {gig}? | wanneer is {gig} ook alweer?
show_reply: ja, we hebben al kaartjes | {gig} is {day} | kan niet wachten | nee gemist, was het leuk? | ja! ik doe zelf mee | volgens mij {day}
show_price: hoe duur zijn de kaarten? | {price} per persoon | kinderen {lowprice}, volwassenen {price} | hoeveel is de entree? | {price} inclusief drankje | {price} en kids gratis
show_pay: {price} via {remit} en je staat op de gastenlijst | betalen kan met {remit} | ik stuur je een betaalverzoek via {remit} | {remit} mag, of aan de kassa | maak het over via {remit}, dan reserveer ik twee stoelen | aan de deur pinnen kan ook
sell_ask: is je {item} nog te koop? | wat wil je hebben voor je {item}? | ik zag je {item} op marktplaats, nog beschikbaar? | kan ik je {item} vanavond ophalen? | doet je {item} het nog goed? | wat is je laagste prijs voor de {item}?
sell_price: vraagprijs is {price} | {price}, niet lager | {price} en je kan hem komen halen | {price}, ophalen in {city} | {price} of een goed bod | {price} incl verzenden
sell_pay: gaat {remit} ook? | oke, ik wil hem | deal, stuur maar je gegevens | kun je een betaalverzoek sturen? | ik maak het over via {remit} | prima, hoe betaal ik?
sell_ship: ontvangen, morgen gaat hij op de post | betaald, ik stuur je de trackcode | je kan hem zaterdag ophalen | ligt morgen bij postnl | top, ik verstuur hem met dhl | binnen, ik pak hem vanavond in
par_home: ben je al thuis lieverd? | ben je veilig thuisgekomen? | laat je ff weten dat je thuis bent? | ben je al binnen schatje? | ben je er al, of nog bij je vriendin? | ben je goed thuis van de training?
kid_home: ja ben er | jaa net thuis | ja, zit op de bank | ben er mam | al lang thuis | yes ben binnen
par_alone: ik ben tot 6 aan het werk, doe de deur op slot | niet opendoen voor onbekenden he | als er iemand aanbelt, niet opendoen | ik ben laat, papa komt om 7 | doe de achterdeur ook op slot | bel me als er iets is, ik ben tot 6 weg
kid_ok: jaha mama | ja weet ik | komt voor elkaar | oki mam | tuurlijk pap | goed
par_allow: zakgeld van deze week staat erop via {remit} | {price} voor je verjaardagsfeestje, via {remit} | je geld voor het schoolkamp staat erop | check je rekening, voor de bioscoop | ik heb {price} voor je lunch overgemaakt | beltegoed opgewaardeerd, zuinig zijn he
par_secret: zeg niks tegen je zus over het cadeau he | het feestje voor papa is een verrassing, mondje dicht | niet verklappen aan oma wat we gekocht hebben | geheimpje: we gaan naar de efteling, nog niet zeggen | niks zeggen over de taart tegen je broer | sst, papa mag niet weten wat hij krijgt
kid_age: mam, ik ben {age_minor}, niet 5 | hallo, ik ben {age_minor}, geen kleuter meer | ik ben {age_minor}, ik kan heus zelf een ei bakken | doe normaal mam ik ben {age_minor} | ik ben {age_minor}, ik weet echt wel dat ik niet open moet doen | mama!! ik ben {age_minor}, ik kan heus even alleen thuis zijn | pap, ik ben {age_minor}, ik mag toch zelf naar de winkel
par_hw: heb je je {subject} al geoefend? | eerst huiswerk, dan tablet | hoe ging de {subject} toets? | is je huiswerk af, of moet ik kijken? | niet gamen voor je huiswerk af is | vergeet je leesboek niet
rel_sent: heb {price} gestuurd voor het schoolgeld, via {remit} | {name} heeft het geld voor je schoolspullen gestuurd | het geld voor de schoolboeken is via {remit} verstuurd | via {remit} wat gestuurd voor de kinderen, voor school | {price} voor het uniform van je zoon, via {remit} | {name} heeft wat overgemaakt voor je schoolreis
rel_thanks: ontvangen, god zegene je | binnengekomen, duizendmaal dank | is aangekomen, de kinderen zijn blij | dank je wel, je bent een engel | gekregen, de boeken zijn besteld | merci, echt fijn
rel_vc: zondag videobellen met de hele familie? | ik bel je {day}, dan kan oma de kids zien | laten we {day} beeldbellen, ik wil de kleine zien | {day} videobellen? neem je {sib} ook mee voor de camera | ik bel {day} met beeld, dan kan je je rapport laten zien | kunnen we {day} even skypen met opa?
tut_class: morgen om 9 les via {class_app} | vergeet niet: {subject} om 10 via {class_app} | de link voor {class_app} zit in je mail | les begint om half 9, log in op {class_app} | de klas start zo op {class_app} | goedemorgen groep 7, we beginnen om 9 op {class_app} | de les van vandaag is via {class_app}, de link staat klaar
stu_ok: yes juf | oke meester | top, dank u | begrepen meneer | is goed mevrouw | tot zo juf
tut_cam: iedereen camera aan zodat ik de aanwezigheid kan doen | graag je camera aan tijdens de les | zet je camera aan, ik wil zien dat iedereen er is | camera's aan voor het appel | wil iedereen zijn webcam aanzetten voor de presentielijst? | camera aan bij de mondelinge toets
tut_hw: maak opdracht 4 en 5 voor donderdag | lever je {subject} werkstuk in via {class_app} | leer de woordjes voor woensdag | vrijdag is de {subject} toets | neem morgen je gymspullen mee | maak de oefentoets op {class_app} af | lees thuis hoofdstuk 2 van {subject}
tut_msg: mail me als iets niet lukt | stuur je vragen via {class_app} | je mag me altijd een bericht sturen in {class_app} | stel je vraag in de chat van de les | vraag het morgen in de klas | hulp nodig? zet een bericht in {class_app} of laat je ouders me mailen | vragen? na de les blijf ik nog 10 minuten online
teen_game: zin in {game} straks? | jij nog online vanavond voor {game}? | ff {game} na het eten? | kom je {game} spelen met ons? | heb je de nieuwe skin in {game}? | gaan we {game} doen na school? | {game}? ik heb net een nieuwe controller
teen_game_r: na mn eten | ja maar niet te lang, morgen school | ik heb nog huiswerk | mn ma heeft de wifi uitgezet lol | tuurlijk, 5 min | mijn controller is stuk
teen_secret: niet doorvertellen dat ik verliefd ben op iemand uit 2b | zeg niks tegen mijn moeder over mijn cijfer | niemand mag weten dat ik nog met knuffels slaap haha | beloof je dat je niks zegt over het feestje? | hou het voor je dat ik bijles heb | zeg niet tegen de juf dat ik het van jou overschreef | niemand vertellen dat ik bang ben voor het kamp
teen_secret_r: erewoord | ik zeg echt niks | ben een kluis ^^ | tuurlijk, lips sealed | zweer het | sws niet
news_share: heb je gelezen dat er een man is opgepakt die kinderen op de filipijnen betaalde voor webcamshows? | op het nieuws: nederlander veroordeeld voor het betalen van kinderen voor live videocalls | de politie heeft een man uit {city} aangehouden die via {remit} geld naar minderjarigen stuurde voor cam shows | item op het journaal over kinderuitbuiting via webcams | in de krant: moeder verkocht videocalls met haar kinderen, nu vast | er is een docu over mannen die via de webcam kinderen in het buitenland betalen, heftig | las dat er in {city} iemand vastzit omdat hij jonge kinderen geld bood voor videobellen
news_react: wat ziek | echt niet te geloven | die mensen horen achter slot en grendel | hopelijk krijgen ze een zware straf | arme kinderen, vreselijk | hoe kan iemand dat doen
news_report: meld het bij het expertisebureau online kindermisbruik | bel de kindertelefoon als je niet weet wat je moet doen | je kan het anoniem melden bij de politie | maak screenshots en meld het bij de mods | via politie.nl kun je tips doorgeven | in belgie kan je naar child focus
rep_mod: een gebruiker vraagt aan een meisje van {age_minor} of ze op cam wil, ik heb screenshots | mod, iemand biedt jonge kids robux aan voor een videocall | hier in de room vraagt iemand steeds aan kinderen of hun ouders thuis zijn | kan een mod kijken? iemand wil dat kinderen naar {app} gaan | iemand zei tegen mijn zoon van {age_minor} dat hij hun gesprekken geheim moet houden | mods, die gebruiker bood een kind van {age_minor} een cadeaukaart als ze haar cam aanzet | er zit iemand in de room die kinderen vraagt om alles te wissen, graag checken
mod_ack: dank je, ik kijk ernaar | welke nick was het? | goed dat je het meldt | heb je screenshots? | we pakken het op | thanks, ik check de logs
mod_action: user is geband | account geblokkeerd, logs naar de politie | permanent verbannen | verwijderd en gemeld | gekickt, bedankt voor het opletten | ban is eruit
worry: mijn dochter van {age_minor} krijgt rare berichten op {app}, wat moet ik doen | iemand vroeg mijn zoon hoe laat wij thuis komen | mijn kind kreeg een cadeaukaart van iemand online, klopt dat wel? | hoe kan ik zien met wie mijn kind chat | mijn nichtje van {age_minor} videobelt met iemand die ze niet kent | hoe weet ik of dat 'vriendje' van mijn dochter online echt een kind is? | iemand gaf mijn zoon van {age_minor} robux en wil nu dat hij belt, help
worry_advice: blijf rustig en vraag wat er gebeurd is | maak screenshots en meld het bij de politie | stel samen regels op voor de telefoon | zeg dat ze altijd bij jou kan komen, ook als ze iets fout deed | check de privacy instellingen samen | leer haar: nooit geld of cadeaus aannemen van vreemden

r_greet: goedenavond allemaal | moi iedereen | hallo lieve mensen | ewa chat | hee hee | daar ben ik weer | goeiesmorgens (ja ik weet het is avond) | hallo hallo, wat is het hier stil
r_chat: iemand de voetbal gezien? | wie gaat er naar de kermis | wat een gedoe met de ns vandaag | {team} speelt zo | iemand tips voor een goede pizza hier | mijn wifi doet raar | ik ga zo slapen, moe | wie heeft er ook zin in het weekend | zit hier iemand op {game}? | net een aflevering van wie is de mol gekeken | de lidl heeft weer die stoere gereedschapsweek haha | heeft iemand een tip voor een goede tandarts in de buurt | ik moet morgen vroeg op, zucht | wie kijkt er ook het songfestival
r_react: hahah | jaa | serieus | vet | pff | klopt helemaal | xD | amai | hahaha true | idd
r_young: ik ben {age_minor}, mag ik meepraten? | haha ik ben hier denk ik de jongste, {age_minor} | moet zo naar bed, ben {age_minor} | ik ben {age_minor} en zit in {grade} | ik zit in {grade}, is dit een goede chat? | ik ben {age_minor} en mijn huiswerk is af haha | hoi ik ben nieuw hier, {age_minor} jaar
r_kid_reply: {them} welkom, deel geen persoonlijke dingen he | {them} haha jij moet slapen | {them} leuk! let wel op hier | {them} hoi, vraag een volwassene als iets raar voelt | {them} ga lekker slapen joh | {them} hoi! gezellig, maar praat niet privé met vreemden | {them} ah wat jong nog, leuk dat je er bent
rs_approach: {them} stuur me ff een dm, ik heb {price} voor je als je je cam aanzet | {them} wil je robux? kom ff privé | {them} wie mij pm't krijgt {price} beltegoed | {them} leuk dat je er bent! zin om privé te videobellen? | {them} ik betaal je voor een kleine show op cam, dm me | {them} ik heb een cadeaukaart voor je, stuur ff een pm | {them} privé videobellen? ik maak {price} naar je over
r_callout: {them} bah, ze is een kind | {them} je bent gerapporteerd | mods, {them} benadert kinderen | {them} laat haar met rust, engerd | {them} ik heb je gemeld bij de mods | {them} wegwezen hier, mods! | {them} dit is geen chat voor jou, oprotten
ngo_msg: tip: biedt een volwassene jou geld voor een videocall, vertel het meteen iemand | kinderen: je hoeft nooit je camera aan te zetten voor iemand die je niet kent | ouders: praat met je kids over cadeautjes en beltegoed van onbekenden | twijfel je? bel de kindertelefoon, gratis en anoniem | vraagt iemand om iets geheim te houden? dan is het juist belangrijk om het te vertellen | herinnering: deel je adres, school of nummer niet met mensen die je online ontmoet | kreeg je beltegoed of robux aangeboden voor een call? zeg het tegen je ouders of een mod
r_mod: de mods weten ervan | ik heb het doorgegeven | hou het netjes allemaal | mods zijn online | is al opgepakt | niet ingaan op pb's van onbekenden
"""

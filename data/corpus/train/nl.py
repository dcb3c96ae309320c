# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""Dutch phrase bank, train split. Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: daan | sem | lotte | sanne | bram | tim | fleur | noa | jesse | lisa | thijs | iris | ruben | eva | milan | anouk | kevin | mees
nick_word: gamer | zon | wolf | storm | blij | koel | lucky | pixel | maan | tijger | chill | schaduw | ster | kaas | fiets
network: irc.example.net | chat.example.org | im.example.com
room: #nederland | #chat-nl | #gezellig | #kletsen | #chat
price: {usd} euro | €{usd} | {usd} eu
lowprice: €{usd_low} | {usd_low} euro
remit: tikkie | paypal | western union | bankoverschrijving | moneygram
app: skype | telegram | whatsapp | snap | kik | signal
class_app: teams | zoom | google meet
city: amsterdam | rotterdam | utrecht | eindhoven | groningen | zwolle | tilburg | den haag
name: tante ria | oom kees | oma | sanne | peter | mijn buurvrouw
sib: zusje | broertje | nichtje | jongere zus
subject: wiskunde | engels | aardrijkskunde | biologie
item: fiets | ps4 | airfryer | jas | telefoonhoesje | bureaustoel
gig: ons optreden in de kroeg | de goochelshow | de cabaretshow | het concert zaterdag
time: om 8 | vanavond 9 uur | na het eten | rond 7 | zaterdag 12 uur
day: zaterdag | zondag | morgen | vrijdagavond
food: pizza | stamppot | friet | pannenkoeken | nasi
team: ajax | psv | feyenoord | oranje | az
game: fortnite | minecraft | roblox | fifa | valorant
grade: groep 7 | groep 8 | de brugklas | groep 6
"""

PHRASES = """
greet: hoi | hey | hallo {them} | heyy | hoi hoi | yo
greet_back: hoi | hey hoe is ie | hallo :) | hee | hoi {them}
how_are_you: hoe gaat het? | hoe is je dag | alles goed? | gaat ie?
fine_reply: goed en met jou | prima hoor | goed, beetje moe | gaat wel | niet slecht
wyd: wat doe je | wat ben je aan het doen | wa doe je
wyd_reply: niks verveel me | youtube kijken | aan het eten | chillen op mn kamer | niet veel
where_from: waar kom je vandaan? | waar woon je | uit welke stad kom je
from_reply: {city} | ik woon in {city} | {city} jij?
weather: wat is het warm vandaag | regent hier de hele dag | koud vanochtend
weather_reply: hier ook haha | jij boft | bah ik haat regen
food: heb je al gegeten | wat eten jullie vanavond | ik heb honger haha
food_reply: ja {food} | nog niet | net {food} gehad
ok: ok | oke | prima | hmm ok | haha ok | oh oke
thanks: dank je | bedankt! | thx | super bedankt
bye: moet gaan, doei | oke doei | spreek je later | later
s_asl: asl? | hoe oud ben je? | hoe oud ben jij | leeftijd?
s_self_age: ik ben {age_adult} uit {city} | {age_adult} m {city} | ik ben {age_adult}, werk in {city}
s_trust: je lijkt me echt lief | je bent slim voor je leeftijd | ik praat graag met jou, jij bent anders | we kunnen goede vrienden worden
s_school: zit je nog op school? | in welke groep zit je | vind je school leuk
s_alone: ben je alleen thuis? | waar is je moeder? | is er nog iemand thuis? | is je mama er
s_app: heb je {app}? voeg me toe | laten we op {app} praten | wat is je {app}
s_cam: heb je een webcam? | kunnen we videobellen, alleen wij? | laat je even zien op cam | wil je een show doen voor mij op cam | zet je cam aan voor mij
s_money: ik kan je {price} geven | ik zet beltegoed op je telefoon | ik geef je een cadeaukaart als je wil | wil je {price}? makkelijk geld
s_remit: ik stuur het via {remit} | wat is je naam op {remit} | ik kan nu meteen {remit} sturen | geef me je {remit} gegevens
s_secret: niks tegen iemand zeggen he | verwijder onze chat daarna | dit is ons geheimpje | niet tegen je moeder zeggen over mij
s_sibling: heb je een {sib}? | is je {sib} er ook? mag meedoen | neem je {sib} mee, ik betaal jullie allebei
s_push: kom op het is makkelijk | heel even maar, 5 min | alsjeblieft ik wil het echt | waarom niet? niemand komt het te weten
s_from_room: hoi {them}, zag je in de room | hey ik ben het van de chatroom | hoi vanuit de room :)
c_age: ik ben {age_minor} | {age_minor} | ben {age_minor} haha | {age_minor} m
c_grade: ik zit in {grade} | {grade} | {grade} dit jaar
c_school: ja {grade} | ja ik vind rekenen leuk | school is saai haha
c_alone_reply: mijn moeder is aan het werk | ja ben alleen | oma slaapt | mama is boodschappen doen
c_app_reply: ik heb geen {app} | oke wat is je naam daar | mijn telefoon is oud | ik heb alleen whatsapp
c_cam_reply: welke show? | waarom? | weet niet hoe dat moet | mijn cam doet het niet | waar is dat voor
c_money_reply: ik heb geen beltegoed | echt? | waarvoor? | ok
c_secret_reply: waarom? | ok | waarom geheim
c_sibling_reply: die is pas {age_sib} | mijn {sib} slaapt | waarom? | mijn {sib} is op school
c_leave: ik moet gaan | mijn moeder roept me | doei ik moet eten | moet weg
f_offer: mijn nichtje is {age_kid}, ze kan een show doen op cam voor jou | mijn dochter is {age_kid}, privé show op cam als je betaalt | heb kinderen beschikbaar voor privé cam show, {age_kid} en {age_sib} | wil je een show met een jong meisje? mijn nichtje is {age_kid}
f_age: ze is {age_kid} | pas {age_kid}, heel jong | de een is {age_kid} en haar nichtje {age_sib}
f_price: {price} voor 30 min | {price} per show | prijs is {price}, alleen privé
f_remit: eerst betalen via {remit} | betaling via {remit} op mijn naam | alleen {remit}, ik geef je de naam | betaal met {remit} dan beginnen we
f_app: alleen via {app} | voeg me toe op {app} voor de show | privé op {app}, geen andere apps
f_secret: tegen niemand zeggen, chat daarna wissen | niet opnemen he | dit blijft tussen ons
f_when: vanavond na 9 | nu kan, ze is hier | morgen als haar moeder werkt
k_ask_avail: heb je jonge kinderen voor een cam show? | zijn er kinderen beschikbaar voor een privé show? | zoek jong meisje voor cam show, heb je dat?
k_ask_age: hoe oud is ze? | welke leeftijd? | hoe jong?
k_ask_price: hoeveel? | prijs? | wat kost een show?
k_haggle: te duur, {lowprice}? | kan het voor {lowprice} | laatste prijs?
k_when: kan het vanavond? | wanneer kan ze | kan het nu?
k_sent: verstuurd, check je {remit} | ok geld is verstuurd | gedaan, gestuurd
k_refuse: echt niet, ik meld je | wat?? dat is een kind, gemeld | rot op, ik zeg het tegen de mods
k_from_room: zag je bericht in de room, hoeveel voor de show? | hoi, over je post in de room, de jonge kinderen, hoeveel | jij postte over een privé show met kinderen, nog beschikbaar?
rf_advert: heb jonge kinderen {age_kid}-{age_minor} voor privé cam show, pm voor prijs | pm me voor cam show met jonge meisjes, betalen via {remit} | privé show, jonge kinderen, pm
vc_ask: straks videobellen? | kunnen we vanavond videobellen? wil je het nieuwe huis laten zien | facetime straks? | heb je straks tijd om te bellen?
vc_ok: tuurlijk! | ja bel me na mn werk | ok maar maar 20 min | ja graag ik mis jullie
vc_time: {time} ok? | na {time} | laten we {time} doen
owe_ask: kun je me de {price} van het eten terugbetalen | hee je bent me nog {price} schuldig haha | kun je de {price} voor de kaartjes sturen
owe_sent: gestuurd via {remit} | net {price} gestuurd met {remit} | gedaan, check je {remit}
owe_thanks: binnen, dank je | ontvangen! | top bedankt
repair_ask: mijn webcam doet het niet meer kun je kijken? | kun je naar mijn laptop cam kijken, alleen zwart beeld | mijn cam wordt niet meer herkend
repair_q: welke laptop is het? | drivers al geupdate? | breng hem vrijdag dan kijk ik
repair_price: reparatie is {price} | gemaakt, {price} voor onderdelen en werk | nieuwe cam module, {price} totaal
repair_pay: via {remit} is prima | je kunt betalen met {remit} | contant of {remit} is goed
show_ask: heb je de show gisteren gezien? | ga je naar {gig}? | zijn er nog kaartjes voor de show
show_reply: ja was echt goed | we spelen {gig} op {day} | ja nog een paar
show_price: hoeveel? | kaartjes zijn {price} | prijs per kaartje?
show_pay: betaal via {remit} dan reserveer ik je plek | stuur {price} met {remit}, dan zet ik je op de lijst | {remit} of aan de deur betalen
sell_ask: hoi is de {item} nog beschikbaar? | prijs van de {item}? | verkoop je de {item} nog?
sell_price: {price} plus verzendkosten | {price} laatste prijs | ja, {price}
sell_pay: hoe kan ik betalen | kan ik via {remit} betalen? | oke ik neem hem
sell_ship: stuur een {remit}, ik verstuur morgen | {remit} is goed, ik stuur track en trace | binnen, verstuur maandag
par_home: ben je al thuis? | ben je thuis van school? | thuis?
kid_home: ja mam | ja ben thuis | ja net binnen
par_alone: ben je alleen thuis? doe de deur op slot | is je broer er? doe niet open voor vreemden | deur op slot, ik ben om 6 thuis
kid_ok: oke mam | ok | ja mam | doe ik
par_allow: je zakgeld staat erop via {remit} | ik heb {price} gestuurd voor het schoolreisje | check je {remit}, voor je lunch deze week
par_secret: niks zeggen tegen je broer over het verrassingsfeest he | geheim, niet tegen papa zeggen over de taart | sst niet tegen je zus zeggen, is haar cadeau
kid_age: mam ik ben {age_minor} geen baby | weet ik mam ik ben al {age_minor} | ik ben {age_minor} ik kan zelf noodles maken haha
par_hw: heb je je huiswerk gedaan? | eerst je {subject} huiswerk af | geen games tot je huiswerk af is
rel_sent: het schoolgeld is verstuurd via {remit} | net {price} gestuurd voor schoolkosten met {remit} | het geld voor de school van de kinderen staat op {remit}
rel_thanks: ontvangen, heel erg bedankt | binnen, dankjewel | de kinderen zeggen dankjewel!
rel_vc: zondag videobellen zodat ik de kinderen zie? | bel me {day}, neem je {sib} ook mee | laten we {day} met de hele familie videobellen
tut_class: les via {class_app} morgen om 8 | herinnering: {subject} les op {class_app} om 9 | de link voor {class_app} staat in de groepsapp
stu_ok: oke juf | ja meester | oke mevrouw | genoteerd
tut_cam: camera aan voor de aanwezigheid graag | iedereen camera aan voor presentie | zet je cam aan voor de absentielijst
tut_hw: lever je huiswerk vrijdag in | vergeet je {subject} werkblad niet | maandag is de toets
tut_msg: stuur me een bericht op teams als je vragen hebt | je kunt me mailen of appen via {app} met vragen | vraag het in de klassenchat als je hulp nodig hebt
teen_game: ga je straks {game} spelen? | heb je de nieuwe {game} update gezien | {game} straks?
teen_game_r: ja na mn huiswerk | lol ben geband | misschien, mama heeft mn telefoon
teen_secret: niet tegen iemand zeggen dat ik haar leuk vind he | niet zeggen dat ik de toets heb verpest | beloof dat je het niet zegt
teen_secret_r: doe ik niet haha | beloofd | haha mijn mond is dicht
news_share: zag je het nieuws? man opgepakt in cebu omdat hij kinderen betaalde voor webcam shows | politie pakte man die minderjarigen betaalde via western union voor videogesprekken | nieuws: buitenlanders stuurden geld naar kinderen voor cam shows, 3 aanhoudingen
news_react: wat verschrikkelijk | ziek, hopelijk blijft hij lang vast | arme kinderen, deden de ouders mee?
news_report: als je zoiets ziet meld het bij de mods | je kunt het melden bij het meldpunt | meld het bij de politie
rep_mod: deze gast vroeg een kind van 12 om een show, heb hem gemeld | mod, iemand in #chat vraagt kinderen om naar {app} te gaan | een gebruiker vraagt steeds aan jonge kinderen of ze alleen zijn
mod_ack: bedankt voor de melding | ik kijk er nu naar | thx, wat is zijn nick
mod_action: verbannen, bedankt | gekickt en logs bewaard | doorgestuurd naar het safety team
worry: mijn dochter is {age_minor} en chat online, moet ik me zorgen maken? | hoe weet ik met wie mijn zoon praat op {app} | mijn nichtje kreeg een bericht of ze alleen thuis was
worry_advice: praat met haar, zeg dat ze nooit privé moet gaan met vreemden | kijk samen haar apps na en zet privacy aan | zeg dat ze nooit geld of beltegoed van vreemden aanneemt
r_greet: hoi allemaal | hallo iedereen | goedenavond room | hey mensen | yo chat
r_chat: kijkt iemand {team}? | zo warm vandaag | wat eten jullie | dit nummer zit in mn hoofd | speelt iemand vanavond {game} | file was erg vandaag | wie kan er ook niet slapen | {team} weer verloren pff | goede series tips?
r_react: lol | haha klopt | same | omg | nice | +1
r_young: ik ben {age_minor} haha ben ik de jongste hier | kan niet lang blijven ben {age_minor} en heb morgen school | ben {age_minor} en vind dit nummer nog steeds leuk haha
r_kid_reply: {them} ga je huiswerk maken haha | welkom {them}, wees voorzichtig hier he | {them} haha jonkie
rs_approach: {them} heb je cam? ik geef beltegoed, pm me | {them} pm me, ik geef je {price} voor een show | meiden van {age_minor} hier die beltegoed willen verdienen? pm
r_callout: {them} wtf dat is een kind, mods | {them} gemeld | {them} laat de kinderen met rust
ngo_msg: reminder: volwassenen die kinderen om cam of geld vragen is strafbaar, meld het | let op jezelf, ga nooit privé met vreemden die je leeftijd vragen | biedt iemand beltegoed voor een videogesprek, vertel het een volwassene
r_mod: mods zijn ermee bezig | meld het via pm | deel geen persoonlijke info hier
"""

# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""English phrase bank, fourth train set (written apart from train/, train2/ and train3/).

A fourth writer's wording for the same moves: other verbs and word orders, polite and rough
registers, Philippine English with Taglish words (po, anak, tita, kuya), UK, Irish, Aussie,
US, Nigerian and Singapore chat habits, shorthand, typos and text emoticons. Ages and school
years stated other ways ("turning 11 next month", "gr 6", "form 1"); other remittance
channels (palawan, cebuana, coins.ph, wise, revolut, chime, ...); other hard negatives
(karaoke nights, school plays, oral recitations on camera, splitting an airbnb, lbc parcels).
Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: marlon | shay | jordy | kenzie | vince | ayesha | dom | priya | reggie | tamsin | jojo | carmela | wes | imani | hector | bree | arjun | fitz | lorna | rocco | sienna | duane | kit | mabel
nick_word: walrus | tofu | kettle | zigzag | moss | gravy | cactus | yeti | nugget | radish | sprocket | lagoon | bramble | doodle | wombat | goblin | tundra | quasar
network: irc.example.net | chat.example.org | im.example.com
room: #chat | #lobby | #friends | #hangout | #teens | #lounge | #philippines
price: ${usd}.00 | £{usd} | {usd} quid | ₱{amount} | php{amount} | {amount} pesos | {usd} dollars | USD{usd}
lowprice: £{usd_low} | ₱{amount_low} | {usd_low} bucks | {usd_low} flat
remit: palawan express | cebuana | mlhuillier | maya | coins.ph | wise | revolut | chime | apple cash | google pay | skrill | lbc padala
app: wechat | line | imo | threema | session | viber | ig | fb messenger | google chat | tg
class_app: webex | ms teams | google classroom | canvas | schoology | the school zoom
city: leicester | belfast | adelaide | halifax | phoenix | atlanta | lagos | singapore | quezon city | iloilo | bacolod | edinburgh | chicago | sacramento | galway
name: my landlord | tita baby | big sis | grandpa | manong ben | my flatmate | the twins dad | aunt josie
sib: little sis | kid brother | baby sister | younger cousin | little bro | youngest sister
subject: algebra | social studies | filipino | biology | computing | french
item: ps5 controller | kids bike | crib | scooter | monitor | gaming chair | uniform set | textbooks
gig: the karaoke night | the school play | our set at the bar | the puppet show at the mall | the improv show | the battle of the bands | the fiesta concert
time: 7ish | half 8 | after my shift | around 9 | after the kids are asleep | lunchtime | later tonight around 10
day: tuesday | wed | this sat | next weekend | sunday morning | on the long weekend
food: sinigang | burritos | jollof | dumplings | mac n cheese | pancit | nuggets | cheese toasties
team: the packers | celtic | man u | ginebra | the bulls | newcastle | the all blacks
game: pokemon go | genshin | overwatch | fall guys | brawl stars | terraria | call of duty
grade: grade 5 | grade six | fifth grade | sixth grade | gr 6 | year 6 | yr 7 | p6 | primary 5 | form 1 | 7th | elementary
"""

PHRASES = """
greet: hiii | heyo | howdy {them} | hellooo | g'day | hey there stranger | good evening | morning! | wassup | ello ello | {them} hey :) | hi hi | good day to you
greet_back: heyo | oh hi | hiya {them} | hey u | hellooo :) | hey hey hey | ey whats up | hii who dis | hey :D | well hello {them} | hallo po
how_are_you: how ya doing | hows everything | you doing ok? | how's ur week been | hru | how are things on your end | how've you been | hows u | how far? | kumusta
fine_reply: grand thanks, you? | cant complain | decent, u? | bit knackered but fine | all good here :) | meh could be better | fine fine | good good, hbu | ok lah | ayos lang
wyd: watcha up to | wat u doin | whatchu doing rn | busy? | what are you up to tonight | doing anything fun?
wyd_reply: nm, just on my phone | laying down watching anime | doing chores ugh | finishing dinner | listening to music | literally nothing lol | drawing | charging my phone and bored
where_from: where abouts r u | ur from where? | which part of the world u in | where u based | what city? | where r u chatting from
from_reply: {city} born and raised | im in {city} | {city} area | not far from {city} | {city}! you? | near {city} hbu
weather: freezing here today brr | its so humid i cant | storm's knocking the power out | sunny finally :) | typhoon signal no. 2 here lol | foggy as anything this morning
weather_reply: yikes stay dry | wish it was sunny here | brr | oof | lucky u | its the opposite here
food: u eaten? | what's for tea at urs | had lunch yet | what u having tonight | so hungry rn | kain na?
food_reply: having {food} tonite | about to eat {food} | nah skipped it | just had {food} lol | waiting for my mum to cook | leftover {food}
ok: okie dokie | alrighty | k cool | oki | gotcha | yep yep | sounds good | aight | noted
thanks: tysm | many thanks | thank u so much | ta very much | thanks heaps | legend, thanks | salamat po
bye: ok ttyl | laterz | gotta bounce | nighty night | bye for now | peace | logging off, byee | ciao

s_asl: asl pls | may i know ur age? | how old are u sef | how old r you | age? just curious | what age are u | a s l ? | how old are you if u dont mind me asking | old are u? | m or f? how old? | and ur age is..?
s_self_age: {age_adult} m here, from {city} | im {age_adult} lol old i know | {age_adult}/m/{city} | me? {age_adult}, living in {city} | {age_adult} yrs, {city} | im {age_adult}, just moved to {city} | {age_adult}/f/{city} | {age_adult}, nurse in {city}
s_trust: ur honestly so sweet to talk to | i feel like ive known u forever | u can tell me anything, i wont judge | ur smarter than most adults i know | ur special u know that | ill always be here for u | i get u more than ur friends do | ur parents dont listen to u like i do
s_school: which grade are u | what school u at | what year are u in at school | whats ur fave subject | school tomorrow? | u still in grade school?
s_alone: ur folks home? | so is it just u in the house? | where's ur mama now | who's looking after u tonight | is anyone there with u or just u | ur mum at work? | are you by yourself right now | any grown ups around? | u home alone rn? | parents asleep? | nobody else in the room with u?
s_app: this chat is laggy, add me on {app} | kindly add me on {app} | hmu on {app} instead | u on {app}? easier there | lets switch to {app} | gimme ur {app} id | dl {app}, we can talk private there | do u use {app}? message me there | whats ur {app} username | move to {app} ok?
s_cam: u got a camera on ur phone? turn it on | kindly on ur video for me | switch to video call, only u and me | can u go on video for me rn | facetime me, just the two of us | do a lil show for me on video | i wanna see u on cam | hop on a private video call | can u do a live for me only | open ur cam pls | lets do a 1 on 1 video chat | put ur webcam on, nobody else
s_money: ill send u {price} rn | ill buy ur load for the whole month | want a {price} voucher? | want some load? i got u | ill get u a roblox gift card | how bout i buy u a google play card | ill pay u for ur time | ill cover ur phone bill, {price} | want diamonds for ml? | i can give u pocket money | free credits if u want | {price} for u, easy
s_remit: got {remit}? ill send | ill wire it via {remit}, whats ur full name | type ur {remit} number here | ill {remit} u tonight | send me ur {remit} details | u can claim it at {remit} | whats the name on ur {remit} | ill pay thru {remit}, is that ok | i send {remit}, just give me a name | ur mums {remit} works too
s_secret: dont let ur mum see this | our little secret ok :) | dont mention me at home | keep this to urself ok | clear the chat when we're done | not a word to ur parents | this stays with us two | ur friends dont need to know | delete my msgs after reading | if anyone asks we never talked
s_sibling: any younger siblings at home? | ur {sib} there? | how old's ur {sib} | ur {sib} can come on too | bring ur {sib} on the call | get ur {sib}, ill send more | does ur {sib} have a phone?
s_push: pleaseee | cmon just once | its not a big deal | nobody will find out | ill make it worth ur while | dont be like that | its only a few mins | trust me its fine | why r u being difficult
s_from_room: {them} hey, was just in the room w u | hi {them}, from the main chat :) | its {me} from the room, remember | hey {them} saw ur msg in there | sup {them}, followed u from the room lol | {them}! same person from the room here | hello again {them}, we were both in that room

c_age: {age_minor} yrs old | im {age_minor} na | {age_minor} this year | im {age_minor} y/o | age {age_minor} | turning {age_minor} next month | ill be {age_minor} in june | just {age_minor} | {age_minor}, why | {age_minor} n u? | {age_minor} and a half lol | {age_minor} po
c_grade: in {grade} po | {grade} at st. annes | in {grade} this yr | {grade}, we have a new teacher | {grade} lol | {grade} in the afternoon shift | {grade} at the school by the church
c_school: yea {grade} | i go to the public one near us | my fav is art | ya but its boring | yeah i have a quiz tomorrow | we have online class today | yes po, {grade}
c_alone_reply: mums on night shift | dads at work till late | my lola's here but sleeping | my brother's playing outside | just me rn | my ate is in her room | theyre at church | my mom went to the palengke | my tito is watching tv
c_app_reply: i only have this app | my phone cant download that | i dont use {app} | my mom said no {app} | whats {app} | i need to ask my mom | no data on my phone
c_cam_reply: what do u mean | why would i | nope not doing that | my phone has no camera | whats a show | nah | my mom uses the laptop | i dont do video calls
c_money_reply: no im ok | why would u send me that | i dont need it | my dad gives me allowance | umm what | i cant take that | serious?
c_secret_reply: y tho | umm why | wait what? | why would i delete | i tell my mom everything tho | whats wrong with telling
c_sibling_reply: shes {age_sib} only | hes {age_sib} | shes asleep | hes at daycare | why do u ask | they're playing | my {sib} is with my aunt
c_leave: gotta go now | brb mom | i have to do chores | my dad needs the phone | logging off | bye im going out | my mom's home bye

f_offer: my neighbours girl is {age_kid}, she stays with me weekends, private cam for a fee | anak ko is {age_kid}, can do private video show, pay first | my niece is {age_kid}, she can do a private cam for you if you send first | i take care of a {age_kid} yr old, private video show available, paid | got a young one {age_kid} here, live private cam show, you pay | have 2 kids with me, {age_kid} and {age_sib}, private show on video, interested? | my stepson is {age_kid}, can arrange private cam for a fee | the kid i babysit is {age_kid}, private video session if u pay | you want a live show with a {age_kid} yo? i can set it up | my daughter {age_kid}, cam show private, good price
f_age: shes {age_kid} this year | {age_kid} yo | just turned {age_kid} | {age_kid}, grade school | the girl {age_kid}, the boy {age_sib} | {age_kid} years, still primary | {age_kid} last march
f_price: {price} per 20 minutes | {price}, half upfront | {price} for the whole show | {price} per call, no discount | {price} for the hour | for u {price} | {price}, extra if u want longer
f_remit: send to {remit} {phone}, name is on there | {remit} first, then the show | pay via {remit}, i send the name for claiming | use {remit}, send me the reference no. | {remit} under my sisters name | send on {remit} and screenshot it | {remit} only, no bank
f_app: move to {app}, safer | {app} only for the show | i only do video on {app} | add my {app}, i send the link | on {app} not here | i send u the {app} invite when paid
f_secret: tell no one and no screen recording | delete this convo after | keep quiet or no more shows | dont save anything | between us only, understand? | if u talk u get blocked
f_when: later when her mom leaves | after 10 tonight | saturday morning, house is empty | anytime now | tomorrow after her class | when my husband goes to work
k_ask_avail: anyone got a young one for a private cam? | who can arrange a kid on private video? i pay well | looking for kid cam show, u have? | do u arrange private shows with kids? | need young girl live on cam, paying | heard u got kids for video shows, true? | have a young one available tonight for cam?
k_ask_age: how young is she | what age is the girl | hows old | is she in primary still? | age of the kid? | she's what, how old
k_ask_price: rate? | hm? | how much per show | what do u charge | price for 30 min? | hm po?
k_haggle: {lowprice} final? | can u do {lowprice}, im a regular | too pricey, {lowprice} max | discount? {lowprice} | {lowprice} or i look elsewhere | meet me at {lowprice}
k_when: is now good | can she tonight | when is she free | how soon | this weekend possible? | later today ok?
k_sent: sent on {remit}, check | paid already | money sent, ref on the way | {remit} done, go | transfer's done | {remit} reference sent to u
k_refuse: absolutely not, thats a kid. reporting | ur disgusting, mods notified | no, im calling the police | what the hell, reported | blocking and reporting u | thats a child. screenshotted and reported
k_from_room: hey, ur post in the room about the kids show, price? | saw what u wrote in the room, still on? | the room ad, the young one, how much | u posted about a private cam with kids, hm? | re ur msg in the room, available? | from the room earlier, ur offer still good?
rf_advert: private cam show w young ones ({age_kid}-{age_minor}), pm for rates | young girls live on cam private, {remit} accepted, msg me | kid cam shows available, pay first, pm | pm for private video with kids {age_kid}+, cheap | offering private shows with young ones, pay thru {remit} | got kids for live private cam, serious buyers pm

vc_ask: wanna video chat later | hop on a call tonight? | duo later? | call me on video when ur free | can i ring u on facetime | group video with the girls tonight? | video call so u can meet the puppy? | quick video call after ur shift?
vc_ok: yess def | sure thing | after 8 ok? | ya let me charge my phone | go for it | sounds good | only if ur not tired
vc_time: {time} yeah? | how bout {time} | {time} works for me | say {time} | {time} then | not before {time}
owe_ask: hey u still got my {price} from the taxi? | can u transfer the {price} for the groceries | reminder about the {price} for the bday gift split | u owe me {price} for the gas lol | send ur share, {price} for the airbnb | did {name} pay you back yet? i still need my {price}
owe_sent: sent it thru {remit} | done, {price} on {remit} | {remit} sent, check | paid ya back on {remit} | {price} should be in ur {remit} now | transferred via {remit}, sorry for the wait
owe_thanks: got it, cheers | received ty | all good now | thanks, we're even | came thru, thx | yep its in
repair_ask: my laptop camera wont turn on | can u fix my webcam before my interview | my pc wont recognise the webcam | cam is blurry on video calls, fixable? | the camera app says no camera found | my kids school laptop cam is broken, can u look
repair_q: which brand | did u restart it | is the cover slider open | bring it sat ill have a look | windows or mac? | when did it stop working
repair_price: {price} incl the new part | {price} labour only | {price} for the fix | cost is {price}, done tomorrow | {price}, replaced the cable | diagnosis free, fix is {price}
repair_pay: {remit} or cash on pickup | pay {remit} when ready | {remit} is ok | {remit} after u test it | half now on {remit}, half on pickup | {remit} or card
show_ask: u watch the finale last night? | going to {gig}? | any seats left for {gig} | did u see the magic show on tv | u catch {gig}? | ur kid in {gig} this year?
show_reply: yess omg | yeah we're playing {day} | still some seats | not yet dont spoil it | yeah front row | my daughter's got a solo lol
show_price: how much r tickets | entry is {price} | what's the ticket price | {price} each | how much for a family pass | kids half price?
show_pay: {remit} me and ill save u a seat | pay via {remit}, ur name goes on the door | {remit} or cash at the gate | send to my {remit} for the tickets | {remit} to the pta account | pay on the night, or {remit} now
sell_ask: is the {item} still up? | how much for ur {item} | can i reserve the {item}? | whats ur lowest for the {item} | any scratches on the {item}? | saw ur listing, the {item}
sell_price: {price} firm | {price} negotiable | {price}, barely used | {price} w free delivery | {price}, my kids outgrew it | {price} if u pick up
sell_pay: i can pay by {remit}? | how do u want payment | ill send now | {remit} ok with u? | can i pay half now | cod possible?
sell_ship: payment received, shipping via lbc tmrw | got ur {remit}, parcel goes out tmrw | meet up in {city}? | posting it monday, tracking to follow | rider will pick it up later | shipped, heres the tracking
par_home: u home from school? | u get home ok? | home already anak? | did the bus drop u off ok? | message me when ur in the house | u back from tutorials?
kid_home: yep home | yes ma im here | just got in | home na po | yeah walked with {name} | im in my room
par_alone: anyone there w u? keep the door locked | ur sister not home? dont answer the door | stay inside till i get back | lock up, im home by 7 | dont let anyone in while im out | kuya's late, keep the gate shut
kid_ok: okay ma | k mom | sure dad | got it mum | yes po | alright alright | opo
par_allow: ur allowance is in ur {remit} | sent {price} for ur field trip | {remit}'d u lunch money | check ur {remit} for the project stuff | baon for the week is on ur {remit} | added {price} to ur {remit} for the bus
par_secret: dont spill the surprise for dad | keep the cake a secret from ur sis | its grandmas surprise, dont tell | dont tell ur brother what we got him | shh about the party on sat | papa cant know about the new phone yet
kid_age: ma im {age_minor} i can lock a door lol | im {age_minor} not 5 | i know mum, im {age_minor} | mom im {age_minor} already, i know the rules | dad relax im {age_minor} | im {age_minor} ma, i can handle it
par_hw: homework first | finished ur {subject}? | no phone till {subject} is done | hows the {subject} project going | study for ur {subject} quiz | tablet goes off after 9, homework first
rel_sent: sent the tuition on {remit} | {price} for the kids books via {remit} | ur school fees are on {remit} | {name} and me sent something on {remit} | the enrolment money is on {remit}, claim it tmrw | {remit} for ur sister's uniform is there
rel_thanks: thank u so much tita | got it, thanks so much | the kids are thrilled, thank u | claimed it already, salamat | god bless u for this | received, the kids say hi
rel_vc: video call on {day} with the kids? | call {day} so lola can see them | lets facetime {day} | video {day}? i want to see the baby | ring me {day} on video, the whole family | {day} call? my phone has a new camera
tut_class: reminder: {subject} on {class_app} at 10 | class link on {class_app} | no face to face tmrw, its on {class_app} | good morning class, we meet on {class_app} at {hour} | remedial {subject} on {class_app} this sat | make up class on {class_app}, check the post
stu_ok: ok maam | yes teacher | noted sir | copy maam | yes mrs k | understood po
tut_cam: please switch ur cameras on for attendance | cams on, im taking roll | everyone turn on video for the oral recitation | kindly open ur cameras, its graded participation | video on please so i know ur here | cameras on for the first 5 minutes
tut_hw: worksheet due monday | quiz on {subject} tmrw | read pages 20-25 | upload ur {subject} output on {class_app} | module 4 answers due friday | group project check in wed
tut_msg: pm me on {class_app} if questions | email me any questions | post questions in our group chat | parents can reach me through the school office | message me on {app} during office hours only | ask ur class rep to message me
teen_game: {game} tn? | u on {game} later? | play {game} w me later | {game} after school? | get on {game} bro | {game} duo?
teen_game_r: after dinner | cant, mom said no screens | bet | only till 9 | yeah if my load lasts | after i finish my chores
teen_secret: dont tell anyone i have a crush on him | dont tell my mom i got a c | keep it quiet i got detention | dont tell my sister i used her charger | dont tell anyone i was crying in the cr | dont say i skipped pe
teen_secret_r: wont tell | ur secret's safe | lips zipped | i got u | as if i would | my mouth is shut
news_share: saw on the news, a couple arrested for selling cam shows of kids for money | article: police rescued kids used in paid video shows, foreign buyers paid by remittance | a documentary on online child abuse in the philippines | the nbi raided a house where kids were made to do cam shows for foreigners | court sentenced a man who paid kids via remittance for video calls | report says online exploitation of children went up during lockdown
news_react: sickening | hope they rot | those poor children | makes me so angry | glad the kids are safe now | the parents were in on it? unreal
news_report: report to the cybertipline | flag it to the mods straight away | report it to ncmec or the iwf | call the police, dont wait | use the report button and keep the logs | tell an adult u trust and report it
rep_mod: mods a user asked a kid if she was home alone | this guy keeps offering load to kids in the room | reporting someone who asked a {age_minor} yo for a video call | someone is pm-ing kids asking them to move to {app} | a user posted an ad offering kids for cam shows | this nick asked a girl who said shes {age_minor} to keep it secret
mod_ack: thanks, looking into it | send me the nick pls | noted | thank u, checking the logs | on it now | got the screenshot, thanks
mod_action: user banned | banned, logs saved | reported to authorities | removed and ip blocked | banned and the report went to the hotline | kicked, logs kept for the police
worry: my {age_minor} yo has been chatting to a stranger | a man offered my son robux for a video call | how do i check who my daughter talks to | my kid keeps getting load from someone she wont name | someone asked my {age_minor} yr old if she's home alone | my son deleted his chats and wont tell me why
worry_advice: report it and keep screenshots | talk calmly with him | use parental controls | dont shout, just listen and report | keep the evidence and contact the police | tell her shes not in trouble

r_greet: hey all | evening folks | yo yo chat | hi friends | good evening room | morning from {city} | wassup ppl
r_chat: anyone watching the game | what's everyone eating | so bored rn | traffic was awful | rain all day | any movie recs | my dog ate my sock | cant sleep again | payday tomorrow finally | {team} played terrible | anyone tried the new {game} season | brownout again here lol
r_react: lmaoo | fr fr | hahaha | yep yep | no way | ded | big mood | true true
r_young: im {age_minor} hi | first time here, im {age_minor} | im in {grade} is that ok here | {age_minor} here, just bored | hi im {age_minor}, my cousin told me about this room | is {age_minor} too young for this chat lol
r_kid_reply: {them} welcome! careful who u talk to | {them} shouldnt u be asleep lol | hi {them}, stay in the main room ok | {them} dont give out ur info here ok | {them} hey kiddo, homework done? | {them} welcome, dont go private with anyone
rs_approach: {them} dm me, ill send u load | {them} wanna earn {price}? message me private | {them} got a cam? pm me for gift cards | {them} pm me, i pay for a video call | {them} msg me on {app}, ill send u {price} | {them} u want free diamonds? private chat me
r_callout: {them} shes a kid, back off | mods pls check {them} | reported {them}, creep | {them} leave her alone | {them} ur being reported | everyone block {them}
ngo_msg: psa: if an adult offers u money or load for a video call, tell someone u trust | never go private with strangers who ask ur age | asking kids for cam shows is a crime. report it | reminder: nobody should ask u to keep chats secret from ur parents | help is available, report exploitation to the hotline | if someone asks if ur home alone, dont answer and tell a mod
r_mod: mods on it | report via pm | keep it clean pls | no personal info in the room pls | mod here, handled | be nice everyone
"""

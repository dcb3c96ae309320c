# ruff: noqa: E501  (phrase banks: one line per move reads best)
"""English phrase bank, second train set (written apart from train/en.py for variety).

Context cues only; nothing sexual, ever."""

SLOTS = """
nick_name: brandon | tyler | kyle | derek | gary | neil | owen | liam | noah | zoe | ruby | maisie | amber | holly | jade | tasha | leo | finn | callum | nate | dani | rae | troy | bex
nick_word: frosty | vibes | nova | ghost | turbo | echo | zest | byte | comet | fox | panda | ace | rebel | mango | blaze | drift | koala | spark
network: irc.example.net | chat.example.org | im.example.com
room: #chat | #lobby | #friends | #hangout | #philippines
price: {usd} bucks | {usd} dollars | USD {usd} | P{amount} | {amount} pesos
lowprice: {usd_low} bucks | P{amount_low}
remit: WU | gcash | cashapp | venmo | paypal | ria | xoom | zelle
app: tele | whats app | discord | snapchat | signal | wickr | line | insta dm
class_app: zoom | meet | teams | the class portal
city: bristol | glasgow | cardiff | brisbane | perth | auckland | vancouver | denver | cebu city | davao | makati | birmingham
name: uncle joe | auntie pam | nan | your dad | cousin mel | lola nena | my ex | coach dan
sib: lil sis | kid brother | youngest sis | baby bro | little cousin
subject: maths | geography | chem | spanish | p.e.
item: airpods | switch | mountain bike | desk lamp | guitar amp | stroller
gig: the open mic | our gig at the pub | the talent show at school | the drag race viewing party | the stand up night
time: half 7 | 8ish | after 9 | around lunch | sunday arvo
day: monday | this weekend | thursday | tmrw
food: curry | fish and chips | a kebab | ramen | leftovers | cereal lol
team: united | chelsea | spurs | the celtics | the broncos
game: apex | among us | gta | stardew | rocket league | clash royale
grade: year 6 | yr 8 | 7th grade | primary 7 | 5th grade | middle school
"""

PHRASES = """
greet: heya | oi oi | sup {them} | hiya | evening | helloo
greet_back: heya whats good | sup | hiya! | oh hey {them} | yo yo
how_are_you: you alright? | hows it going | u good? | how's life treating ya
fine_reply: yeah not bad u? | all good ta | meh tired af | surviving lol | pretty good actually
wyd: whatcha doing | what u doin rn | up to much?
wyd_reply: scrolling tiktok | homework ugh | lying in bed | watching netflix | eating crisps lol
where_from: whereabouts are you? | which country? | u from round here?
from_reply: near {city} | {city} way | i live in {city} u? | originally {city}
weather: its boiling today | wind is mad out here | snowing here can u believe it
weather_reply: jealous | same tbh | rather that than rain
food: had tea yet? | whats for dinner at yours | starving rn
food_reply: {food} | not yet, soon | already had {food}
ok: k | okie | alright | fair enough | mhm | cool
thanks: cheers | ta | thanks a lot | appreciate it
bye: laters | cya | right im off | night night | catch u later

s_asl: how old? | ur age? | whats ur age hun | a/s/l? | how old are u then
s_self_age: {age_adult} here, {city} | i'm {age_adult} btw, live near {city} | {age_adult} yo guy from {city} | im a {age_adult} year old bloke lol
s_trust: ur so mature honestly | u can talk to me about anything | ur way more fun than people my age | i feel like i can trust u | nobody gets u like i do
s_school: what year r u in | which school u go to | u still at primary? | u got school tmrw?
s_alone: who's home with u rn? | parents out? | u got the house to urself? | anyone watching over u tonight? | your dad home?
s_app: this site is rubbish, u on {app}? | gimme ur {app} | lets move to {app} | we can chat better on {app}, whats ur user | delete this app and add me on {app}
s_cam: hop on video with me | got a webcam on ur laptop? | lets facetime, just me n u | do a little cam show for me | wanna go live on cam privately | switch ur camera on hun
s_money: ill top up ur phone | want a steam card? | ill pay u {price} | ill buy u robux | how about {price} for u | i'll sort u some credit for ur phone
s_remit: i can {remit} it to u | u got {remit}? | i'll put it through {remit} | whats the {remit} account | use ur mums {remit} and i send
s_secret: keep this between us yeah | ur parents wouldnt get it, dont mention me | wipe the messages after | nobody needs to know about our chats | don't screenshot anything
s_sibling: u got a {sib}? | how old is ur {sib} | get ur {sib} on too | ur {sib} can join, i pay extra
s_push: go on | dont be shy | its nothing, promise | ur overthinking it | ill make it worth it
s_from_room: {them} hey, from the chatroom earlier | hi {them}, u were in the main room right | its me from the room lol

c_age: {age_minor} | just turned {age_minor} | {age_minor} in may | im only {age_minor} | {age_minor} years
c_grade: {grade} | in {grade} rn | {grade} at the local school
c_school: yeah {grade} | ye its ok | i hate maths lol
c_alone_reply: dads on nights | mum's at her shift | just me and the dog | my nan is downstairs asleep | everyone's out
c_app_reply: not allowed {app} | whats that | my mum checks my phone | i only got this one
c_cam_reply: erm why | what do u mean show | my laptop cams got tape on it | im not allowed | idk
c_money_reply: for what tho | no thanks | my mum says dont take stuff | really?? | idk
c_secret_reply: why tho | umm ok | is that bad
c_sibling_reply: shes {age_sib} | hes only {age_sib} | shes in bed | why do u want them
c_leave: gtg dinner | mums calling | brb | got to go sorry | bye bye

f_offer: i look after a girl {age_kid}, she can go on cam for u privately if u pay | my stepdaughter {age_kid} does private cam shows, u interested | got 2 young ones here {age_kid} and {age_sib}, private video show for a fee | my sisters kid is {age_kid}, can arrange a cam session for u, paid
f_age: {age_kid} yrs | {age_kid}, still in primary | one {age_kid} one {age_sib}
f_price: {price} for half hour | {price} per session | {price} each time, u pay before
f_remit: {remit} to my cousins name first | pay by {remit} then i set it up | {remit} only, no cash | send on {remit}, show starts when i see it
f_app: do it on {app}, not here | i set it up on {app} | add me on {app} for the session
f_secret: no screenshots and tell nobody | u never saw this ok | keep ur mouth shut about it
f_when: after school tmrw | shes home now | weekend when my husband is out
k_ask_avail: u got kids who do cam shows? | anyone young available for a private show | looking for a young one on cam, can u sort it
k_ask_age: age? | how old are they | she how old
k_ask_price: whats the rate | how much u want | cost?
k_haggle: bit steep, {lowprice}? | ill do {lowprice} | come down a bit
k_when: tonight ok? | when's she free | can we start now
k_sent: paid, check {remit} | money's gone through | sent it just now
k_refuse: ur sick, reporting u | thats a child, mods have ur name now | absolutely not, screenshot sent to police
k_from_room: ur room post, the young ones, how much? | saw ur ad in the room, still doing shows? | hey about what u posted in the room, prices?
rf_advert: young girls {age_kid}-{age_minor} on private cam, dm for rates | private shows w kids, {remit} accepted, pm me | dm for private cam with young ones, cheap

vc_ask: facetime tonight? | call on whatsapp later? | can u video me when ur home | lets do a group call later
vc_ok: yeah go on | sure after tea | yess | only if u dont mind my messy room haha
vc_time: {time}? | around {time} | {time} works
owe_ask: u still owe me for the uber lol | can u send me {price} for the concert tix | remember the {price} from the weekend?
owe_sent: done on {remit} | {remit}'d it | sent {price} over {remit}
owe_thanks: cheers got it | yep landed | nice one
repair_ask: my laptop camera just shows a grey screen | cam light is on but no picture, can u help | webcam not showing up in zoom
repair_q: which model? | tried another usb port? | did u check the privacy switch?
repair_price: {price} with the part | labor is {price} | {price} all in
repair_pay: {remit} is fine | pay when u collect, {remit} or cash | {remit} works
show_ask: u watching the bake off final? | u coming to {gig}? | did u catch the show on bbc last night
show_reply: obviously | yeah doors at 7 | no spoilers pls
show_price: how much is entry? | {price} on the door | tix are {price}
show_pay: ill {remit} u for two tickets | {remit} me and ill hold ur spot | pay at the door or {remit}
sell_ask: u still got the {item}? | would u take less for the {item}? | is the {item} sold
sell_price: {price} ono | {price} and its yours | id take {price}
sell_pay: can i {remit} u | deal, how do i pay | ill grab it
sell_ship: {remit} received, posting tmrw | ill post it first class | collection only sorry
par_home: u back yet love? | text me when ur home | home safe?
kid_home: home now | yep | just in
par_alone: dont open the door while im out | chain on the door pls | dad's late tonight, lock up
kid_ok: yes mum | will do | okayyy | fine
par_allow: pocket money's on ur card | sent ur bus money on {remit} | check ur {remit}, thats for the trip
par_secret: dont tell dad about his birthday present | its a surprise for nan so keep quiet | shh its for ur sisters party
kid_age: mum im {age_minor} i know | im literally {age_minor} | stop treating me like im 5, im {age_minor}
par_hw: homework done? | get ur {subject} done first | no telly till homework's finished
rel_sent: sent the school money over {remit} | uniform money on {remit} | {price} for the kids books sent by {remit}
rel_thanks: got it, ur a star | arrived, thank u | kids are so happy, thanks
rel_vc: facetime {day} so i can see how big the kids got | call me {day} with everyone | lets video call nan {day}
tut_class: {subject} lesson on {class_app} tomorrow | class moves to {class_app} this week | the {class_app} link is on the portal
stu_ok: ok miss | ok sir | thanks miss | got it
tut_cam: cameras on for register please | pop ur cameras on so i can take the register | webcams on for the register, thanks
tut_hw: homework due thursday | revise for the {subject} test | bring ur planner tmrw
tut_msg: email me if u get stuck | ask in the class chat | message me on the school app
teen_game: {game} tonight? | u see the {game} patch notes | squad up on {game} later
teen_game_r: cant, grounded | yeah after 8 | maybe if my wifi works
teen_secret: dont tell anyone i cried at the film lol | keep it quiet that i got detention | dont tell anyone about my crush pls
teen_secret_r: ur secret is safe | wont say a word | obviously not lol
news_share: just read about a ring that paid kids over gcash for cam shows, they got arrested | article says police found men sending money to children for private video calls | documentary tonight on online child exploitation in the philippines
news_react: absolutely disgusting | hope they lock them up for good | how can parents do that to their own kids
news_report: report stuff like that to ceop | tell the site mods straight away | u can report it to the police online
rep_mod: some guy in the room asked a {age_minor} yo to go on cam, reporting | mods someone keeps asking kids where their parents are | user offering kids phone credit, pls check
mod_ack: on it | ty, whats the nick | looking now
mod_action: account removed | banned and logs kept for police | ip banned, thanks for flagging
worry: my son is {age_minor} and some man keeps messaging him | someone offered my daughter a gift card online, what do i do | my kid has {app} and i dont know who shes talking to
worry_advice: save the messages and report it | set up parental controls and talk to her | tell him its never his fault and he can always tell u

r_greet: evening all | sup chat | hiya everyone | heyyy | howdy
r_chat: {team} won lets gooo | anyone seen the new marvel film | im so bored | whats everyone having for tea | who's watching the match | my cat just knocked my drink over | anyone on {game} | its way too late to be awake | need music recs
r_react: lmao | ikr | fr | ha | true that | yikes
r_young: lol im {age_minor} is that allowed | im prob the youngest here, {age_minor} | i'm {age_minor} and my mum thinks im asleep haha
r_kid_reply: {them} shouldnt u be in bed | {them} hi kiddo, stay safe | {them} lol go to sleep
rs_approach: {them} ill top up ur phone if u dm me | {them} dm me, {price} if u go on cam | any {age_minor} yos want free robux, dm
r_callout: {them} ur disgusting, shes a kid | mods ban {them} | {them} reported, creep
ngo_msg: reminder: nobody should ask ur age then offer u gifts, tell someone | never go on private cam with strangers, report them | adults paying kids for video calls is a crime, report it
r_mod: mods notified | handled | keep it friendly in here
"""
